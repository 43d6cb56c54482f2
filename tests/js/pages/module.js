// Runs every golden vector through the package in the browser, with a plain
// <script type="module"> and no bundler; the test reads window.eidResults. In
// en first (in the module), then in ja and ar, each loaded on demand.
import { validate, locales, loadedLocales, loadLocale } from "/pkg/browser.js";

const cases = await (await fetch("/vectors.json")).json();
const run = (locale) =>
  cases.map((c) => ({
    id: c.id,
    report: JSON.stringify(validate(c.form, { today: c.today, locale, isolating: locale === "ar" })),
  }));
window.eidResults = run("en");
window.eidLocales = locales();
window.eidLoadedAtStart = loadedLocales();
try {
  validate({}, { locale: "ja-JP" });
} catch (error) {
  window.eidNotLoaded = error.message;
}
window.eidLoaded = [await loadLocale("ja-JP"), await loadLocale("ar")];
window.eidByLocale = { ja: run("ja"), ar: run("ar") };
document.getElementById("status").textContent = "done";
