// The web portal: the TK01 form rendered from schema(locale), checked as the
// applicant goes (validateField on leaving a field), checked in full on submit,
// then sent to the server, whose verdict must equal the browser's. The page's
// language is loaded before first use (its own chunk, unless en or vi), and so
// is each language chosen later.
import {
  eid, h, serverToday, autonym, renderSections, collect, fill, clearIssues, clearField, showInline, showSummary,
  refreshBlocks as refresh,
} from "/form.js";
import { showReceipt } from "/receipt.js";

const form = document.getElementById("application");
const summary = document.getElementById("error-summary");
const outcome = document.getElementById("outcome");
const language = document.getElementById("language");
const today = await serverToday();
let schema;
let locale = await eid.loadLocale(new URLSearchParams(location.search).get("lang") ?? navigator.language);

// Right-to-left pages isolate every left-to-right run (FORM.md 1.1, Text direction),
// so codes, numbers and the decree number keep their order.
const options = () => ({ today, locale, isolating: schema?.direction === "rtl" });

function render() {
  const values = schema ? collect(form, schema) : {};
  schema = eid.schema(locale, { isolating: eid.schema(locale).direction === "rtl" });
  document.documentElement.lang = schema.locale;
  document.documentElement.dir = schema.direction;
  document.body.dataset.locale = schema.locale;
  document.getElementById("title").textContent = schema.text["ui-title"];
  document.getElementById("subtitle").textContent = schema.text["ui-subtitle"];
  document.getElementById("language-label").textContent = schema.text["ui-language"];
  document.getElementById("submit").textContent = schema.text["ui-submit"];
  document.title = schema.text["ui-title"];
  renderSections(form, schema);
  fill(form, values);
  clearIssues(form, summary);
  refreshBlocks();
}

const refreshBlocks = () => refresh(form, schema, options());

for (const tag of eid.locales()) language.append(h("option", { value: tag, lang: tag, dir: "auto", text: autonym(tag) }));
language.value = locale;
language.addEventListener("change", async () => {
  const chosen = language.value;
  try {
    const loaded = await eid.loadLocale(chosen);
    // Another language may have been chosen while this one loaded.
    if (language.value !== chosen) return;
    locale = loaded;
    render();
  } catch {
    // Not reachable (offline): the page stays in its language.
    language.value = locale;
  }
});

// As-you-type: when a field loses focus, validateField judges it and every
// field whose issues it can change, and names them all (`fields`): their old
// messages are cleared, so none goes stale, and the new ones are shown for the
// fields the applicant has already visited, so nothing jumps ahead of them.
const touched = new Set();
form.addEventListener("focusout", (event) => {
  // A date's three boxes are one field: judged when focus leaves the last of them.
  const group = event.target.closest("[data-path]");
  if (!event.target.name || !group || group.contains(event.relatedTarget)) return;
  const path = group.dataset.path;
  touched.add(path);
  refreshBlocks();
  const { fields, issues } = eid.validateField(path, collect(form, schema), options());
  for (const p of fields) {
    const other = form.querySelector(`[data-path="${CSS.escape(p)}"]`);
    if (other) clearField(other);
  }
  showInline(form, issues.filter((issue) => touched.has(issue.path)), schema.text);
});
form.addEventListener("change", () => refreshBlocks());

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  outcome.hidden = true;
  const application = collect(form, schema);
  const report = eid.validate(application, options());
  clearIssues(form, summary);
  showInline(form, report.issues, schema.text);
  if (!report.valid) {
    document.title = `${schema.text["ui-title-error-prefix"]} ${schema.text["ui-title"]}`;
    showSummary(form, summary, report, schema.text);
    return;
  }
  document.title = schema.text["ui-title"];
  let response;
  try {
    response = await fetch(`/api/applications?locale=${encodeURIComponent(locale)}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(application),
    });
  } catch {
    showOutcome(schema.text["ui-server-unreachable"], "outcome-problem");
    return;
  }
  const body = await response.json().catch(() => ({}));
  const serverReport = body.report ?? body;
  if (response.status === 201) {
    showOutcome(schema.text["ui-success-body"], "outcome-success", schema.text["ui-success-title"]);
    form.dataset.submitted = body.id;
    // The receipt (receipt.js) takes the form's place.
    form.hidden = true;
    document.getElementById("submit").hidden = true;
    showReceipt(document.getElementById("main"), { reference: body.id, pending: body.pending, locale: schema.locale, direction: schema.direction });
    return;
  }
  // The server judged differently (a number already used, another day): show its words.
  if (serverReport.issues) {
    showInline(form, serverReport.issues, schema.text);
    showSummary(form, summary, serverReport, schema.text);
  }
  showOutcome(schema.text["ui-server-disagrees"], "outcome-problem");
});

function showOutcome(message, kind, title) {
  outcome.replaceChildren(...(title ? [h("h2", { text: title })] : []), h("p", { text: message }));
  outcome.className = `outcome ${kind}`;
  outcome.hidden = false;
  outcome.focus();
}

render();
document.body.dataset.ready = "true";
