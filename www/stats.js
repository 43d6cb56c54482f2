// The campaign view, for accounts with the stats role and above (admin, and
// desk, which includes it): stored applications per day, level 1 and level 2,
// by language, and the most frequent issue codes of refused submissions,
// overall and by language. The server draws each chart as SVG from the store's
// cells (plotters), counts under 5 reading "<5" as in /api/stats; this page
// only places them and says what they show. Nothing personal is in any of it.
import { h, autonym } from "/form.js";
import { OFFICE, fillIn } from "/counter-text.js";

const vi = OFFICE.vi;
const en = OFFICE.en;
const $ = (id) => document.getElementById(id);
const words = (key) => [h("span", { text: vi[key] }), h("span", { lang: "en", text: en[key] })];
const plain = (key) => `${vi[key]} · ${en[key]}`;

function staticWords() {
  $("title").replaceChildren(h("span", { text: vi.statsTitle }), h("span", { lang: "en", text: en.statsTitle }));
  $("sign-in-title").replaceChildren(...words("signIn"));
  $("name-label").replaceChildren(...words("name"));
  $("password-label").replaceChildren(...words("password"));
  $("sign-in-submit").textContent = plain("signIn");
  $("sign-out").textContent = plain("signOut");
  $("figures-title").textContent = plain("statsTitle");
  $("csv").textContent = plain("csv");
  $("small").replaceChildren(...words("small"));
}

function show(screen, officer = null) {
  $("sign-in").hidden = screen !== "sign-in";
  $("refused").hidden = screen !== "refused";
  $("figures").hidden = screen !== "figures";
  $("who").hidden = officer === null;
  if (officer) $("who-name").textContent = `${vi.signedInAs} ${officer.name} (${officer.role})`;
  if (screen !== "figures") $("charts").replaceChildren();
  if (screen === "refused") $("refused").replaceChildren(h("p", { text: vi.noStats }), h("p", { lang: "en", text: en.noStats }));
  document.body.dataset.screen = screen;
}

/** One chart: its title in Vietnamese and English, the server's SVG, a text alternative. */
function chart(name, key, query = "", caption = null) {
  const title = caption ?? `${vi[key]} · ${en[key]}`;
  return h("figure", { class: "chart", "data-chart": name + query },
    h("figcaption", { text: title }),
    h("img", { src: `/api/stats/chart/${name}.svg${query}`, alt: fillIn(vi.chartAlt, { title }), width: "760" }));
}

async function figures() {
  const response = await fetch("/api/stats").catch(() => null);
  if (response?.status === 401) return show("sign-in");
  if (response?.status === 403) return show("refused", null);
  if (response?.status !== 200) {
    $("totals").replaceChildren(...words("unavailable"));
    return;
  }
  const stats = await response.json();
  const totals = { stored: stats.stored.total, refused: stats.refused.total };
  $("totals").replaceChildren(h("span", { text: fillIn(vi.totals, totals) }), " ",
    h("span", { lang: "en", class: "meta", text: fillIn(en.totals, totals) }), " ",
    h("span", { class: "meta", text: `(${vi.generatedAt} ${stats.generatedAt})` }));
  const locales = [...new Set(stats.refused.cells.map((c) => c.locale))].sort();
  $("charts").replaceChildren(
    chart("stored-per-day", "storedPerDay"),
    chart("levels", "levels"),
    chart("locales", "locales"),
    chart("refused-codes", "refusedCodes"),
    locales.length ? h("h2", {}, ...words("refusedByLocale")) : null,
    h("div", { class: "charts-by-locale" }, ...locales.map((tag) =>
      chart("refused-codes", null, `?locale=${encodeURIComponent(tag)}`, `${autonym(tag)} (${tag})`))));
  document.body.dataset.charts = String(document.querySelectorAll("#charts img").length);
}

async function enter(officer) {
  show("figures", officer);
  await figures();
}

$("sign-in-form").addEventListener("submit", async (event) => {
  event.preventDefault();
  $("sign-in-problem").textContent = "";
  const response = await fetch("/api/session", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: $("name").value.trim(), password: $("password").value }),
  }).catch(() => null);
  $("password").value = "";
  if (response?.status === 200) return enter(await response.json());
  const key = response?.status === 401 ? "wrongPassword" : response?.status === 429 ? "tooMany" : "unavailable";
  $("sign-in-problem").replaceChildren(...words(key));
});

$("sign-out").addEventListener("click", async () => {
  await fetch("/api/session", { method: "DELETE" }).catch(() => null);
  show("sign-in");
});

staticWords();
const response = await fetch("/api/session/state").catch(() => null);
const session = response?.status === 200 ? await response.json() : null;
if (session?.signedIn) await enter(session);
else show("sign-in");
document.body.dataset.ready = "true";
