// The campaign view, for accounts with the stats role and above (admin, and
// desk, which includes it): stored applications per day, level 1 and level 2,
// by language, and the most frequent issue codes of refused submissions,
// overall and by language. The server draws each chart as SVG from the store's
// cells (plotters), counts under 5 reading "<5" as in /api/stats; this page
// only places them and says what they show. Nothing personal is in any of it.
import { h, autonym } from "/form.js";
import { fillIn } from "/counter-text.js";
import { $, vi, en, words, plain, showOfficer, signIn } from "/office.js";

function staticWords() {
  $("title").replaceChildren(h("span", { text: vi.statsTitle }), h("span", { lang: "en", text: en.statsTitle }));
  $("figures-title").textContent = plain("statsTitle");
  $("csv").textContent = plain("csv");
  $("small").replaceChildren(...words("small"));
}

function show(screen, officer = null) {
  $("sign-in").hidden = screen !== "sign-in";
  $("refused").hidden = screen !== "refused";
  $("figures").hidden = screen !== "figures";
  showOfficer(officer);
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

staticWords();
await signIn({ show, enter });
document.body.dataset.ready = "true";
