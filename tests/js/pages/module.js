// Runs every golden vector through the package in the browser, with a plain
// <script type="module"> and no bundler; the test reads window.eidResults.
import { validate, locales } from "/pkg/browser.js";

const cases = await (await fetch("/vectors.json")).json();
window.eidResults = cases.map((c) => ({
  id: c.id,
  report: JSON.stringify(validate(c.form, { today: c.today, locale: "en" })),
}));
window.eidLocales = locales();
document.getElementById("status").textContent = "done";
