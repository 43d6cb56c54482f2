// The kiosk in an immigration office: language first, one section per screen,
// large targets, the officers' bilingual mode, a passport scanner that types
// the MRZ, and a privacy wipe after a period without input. Nothing is stored
// in the browser and nothing is sent anywhere but this server. A language is
// loaded when it is chosen (its own chunk, unless en or vi).
import {
  eid, h, serverToday, autonym, renderSections, collect, fill as fillForm, clearIssues, showInline,
  showSummary, refreshBlocks as refresh,
} from "/form.js";
import { showReceipt, clearReceipt } from "/receipt.js";

const params = new URLSearchParams(location.search);
const IDLE_SECONDS = Number(params.get("idle") ?? 120);
const COUNTDOWN_SECONDS = Number(params.get("countdown") ?? 20);
const $ = (id) => document.getElementById(id);
const form = $("application");
const summary = $("error-summary");
const today = await serverToday();
let locale = "en";
let bilingual = false;
let schema = eid.schema("en");
let step = 0;

// Right-to-left pages wrap placeables in isolation marks, so codes and numbers keep their order.
const options = () => ({ today, locale, bilingual, isolating: schema.direction === "rtl" });
const sections = () => [...form.querySelectorAll("fieldset.section")];

function words() {
  document.documentElement.lang = schema.locale;
  document.documentElement.dir = schema.direction;
  document.body.dataset.locale = schema.locale;
  $("title").textContent = schema.text["ui-title"];
  $("subtitle").textContent = schema.text["ui-subtitle"];
  $("choose-language-title").textContent = schema.text["ui-language"];
  $("scan-title").textContent = schema.text["ui-mrz-scan"];
  $("scan-hint").textContent = schema.text["ui-mrz-scan-hint"];
  $("mrz-label").textContent = schema.fields.find((f) => f.path === "applicant.passport.mrz").label;
  $("back").textContent = schema.text["ui-back"];
  $("next").textContent = schema.text["ui-next"];
  $("submit").textContent = schema.text["ui-submit"];
  $("bilingual-label").textContent = schema.text["ui-bilingual"];
  $("idle-continue").textContent = schema.text["ui-idle-continue"];
  document.title = schema.text["ui-title"];
}

// Counts the choices of a language (and the wipes): a language whose chunk
// arrives after a later choice or a wipe is not shown.
let choice = 0;

async function chooseLanguage(tag) {
  const mine = ++choice;
  let loaded;
  try {
    loaded = await eid.loadLocale(tag);
  } catch {
    return; // Not reachable: the language screen stays, another choice works.
  }
  if (mine !== choice) return;
  locale = loaded;
  showForm();
}

/** The form in the chosen language (loaded) and mode, from its first section. */
function showForm() {
  schema = eid.schema(locale, { bilingual, isolating: eid.schema(locale).direction === "rtl" });
  words();
  renderSections(form, schema);
  for (const id of ["scan", "steps", "bilingual-row"]) $(id).hidden = false;
  form.hidden = false;
  $("choose-language").hidden = true;
  showStep(0);
}

const refreshBlocks = () => refresh(form, schema, options());

function showStep(index) {
  refreshBlocks();
  const all = sections();
  const representative = all.find((s) => s.dataset.section === "representative");
  const needed = representative && !representative.hidden;
  const steps = all.filter((s) => s !== representative || needed);
  step = Math.max(0, Math.min(index, steps.length - 1));
  for (const section of all) section.classList.toggle("off-step", section !== steps[step]);
  $("back").hidden = step === 0;
  $("next").hidden = step === steps.length - 1;
  $("submit").hidden = step !== steps.length - 1;
  steps[step].querySelector("input, select, textarea")?.focus();
}

// Languages first, as large buttons, each named in its own language and
// script: those most applicants at the counters read come first, then the
// rest in the library's order. The order is fixed: nothing of an earlier
// applicant's choice is kept.
const FIRST_LANGUAGES = ["ja", "ko", "zh-CN", "zh-TW", "en", "vi"];
const languageOrder = [
  ...FIRST_LANGUAGES.filter((tag) => eid.locales().includes(tag)),
  ...eid.locales().filter((tag) => !FIRST_LANGUAGES.includes(tag)),
];
for (const tag of languageOrder) {
  const button = h("button", { type: "button", class: "button", lang: tag, dir: "auto", text: autonym(tag) });
  button.addEventListener("click", () => chooseLanguage(tag));
  $("languages").append(h("li", {}, button));
}
words();

$("next").addEventListener("click", () => showStep(step + 1));
$("back").addEventListener("click", () => showStep(step - 1));
$("bilingual").addEventListener("change", (event) => {
  bilingual = event.target.checked;
  const values = collect(form, schema);
  showForm();
  fill(values);
});

// A scanner ends each line with Enter: Enter must never submit the form.
form.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && event.target.tagName !== "TEXTAREA" && event.target.type !== "submit") {
    event.preventDefault();
  }
});

const fill = (values) => fillForm(form, values);

/** Two TD3 lines from whatever the scanner typed: one 88-character line is split in two. */
function mrzLines(text) {
  const compact = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  if (compact.length === 1 && compact[0].length === 88) return `${compact[0].slice(0, 44)}\n${compact[0].slice(44)}`;
  return compact.join("\n");
}

/** YYMMDD as a date: birth dates in the past century when needed, expiry dates ahead. */
function mrzDate(yymmdd, future) {
  if (!/^\d{6}$/.test(yymmdd)) return "";
  const yy = Number(yymmdd.slice(0, 2));
  const nowYY = Number(today.slice(2, 4));
  const century = future ? (yy < nowYY - 50 ? 2100 : 2000) : yy > nowYY ? 1900 : 2000;
  return `${century + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

$("mrz-scan").addEventListener("input", (event) => {
  const lines = mrzLines(event.target.value);
  const status = $("mrz-status");
  const mrz = eid.parseMrz(lines);
  if (!mrz) {
    status.textContent = "";
    return;
  }
  event.target.value = lines;
  fill({
    applicant: {
      fullName: mrz.name,
      nationality: mrz.nationality,
      sex: mrz.sex,
      dateOfBirth: mrzDate(mrz.dateOfBirth, false),
      passport: { number: mrz.number, issuingState: mrz.issuingState, expiryDate: mrzDate(mrz.expiryDate, true), mrz: lines },
    },
  });
  const failed = mrz.checkDigits.filter((c) => !c.valid);
  if (failed.length > 0) {
    const report = eid.validate({ applicant: { passport: { mrz: lines } } }, options());
    const issue = report.issues.find((i) => i.path === "applicant.passport.mrz");
    status.textContent = `${schema.text["ui-mrz-check-failed"]} ${issue ? issue.message : ""}`;
    status.className = "mrz-status problem";
  } else {
    status.textContent = schema.text["ui-mrz-filled"];
    status.className = "mrz-status";
  }
  refreshBlocks();
});

form.addEventListener("change", () => refreshBlocks());

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const application = collect(form, schema);
  const report = eid.validate(application, options());
  clearIssues(form, summary);
  showInline(form, report.issues, schema.text);
  if (!report.valid) {
    for (const section of sections()) section.classList.remove("off-step");
    showSummary(form, summary, report, schema.text);
    return;
  }
  const response = await fetch(`/api/applications?locale=${encodeURIComponent(locale)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(application),
  }).catch(() => null);
  const outcome = $("outcome");
  outcome.hidden = false;
  outcome.replaceChildren(h("p", {
    text: response?.status === 201 ? schema.text["ui-success-body"] : schema.text["ui-server-disagrees"],
  }));
  outcome.focus();
  // The receipt (receipt.js) takes the form's place until the idle wipe or "Finish".
  const stored = response?.status === 201 ? await response.json().catch(() => null) : null;
  if (stored?.id) {
    for (const id of ["scan", "steps", "bilingual-row", "application"]) $(id).hidden = true;
    showReceipt($("main"), { reference: stored.id, pending: stored.pending, locale: schema.locale, direction: schema.direction, onDone: wipe });
  }
});

// Privacy: after IDLE_SECONDS without input, a countdown, then everything is wiped.
let idleTimer;
let countdownTimer;
function wipe() {
  choice += 1;
  clearInterval(countdownTimer);
  $("idle").hidden = true;
  form.reset();
  form.replaceChildren();
  form.hidden = true;
  clearIssues(form, summary);
  $("mrz-scan").value = "";
  $("mrz-status").textContent = "";
  $("outcome").hidden = true;
  $("outcome").replaceChildren();
  clearReceipt();
  for (const id of ["scan", "steps", "bilingual-row"]) $(id).hidden = true;
  $("bilingual").checked = false;
  bilingual = false;
  locale = "en";
  schema = eid.schema("en");
  words();
  $("choose-language").hidden = false;
  document.body.dataset.wiped = String(Number(document.body.dataset.wiped ?? 0) + 1);
  armIdle();
}
function countdown() {
  let left = COUNTDOWN_SECONDS;
  const show = () => {
    const style = { bilingual, isolating: schema.direction === "rtl" };
    $("idle-text").textContent = eid.text(locale, "ui-idle-warning", { seconds: left }, style);
  };
  $("idle").hidden = false;
  show();
  countdownTimer = setInterval(() => {
    left -= 1;
    if (left <= 0) wipe();
    else show();
  }, 1000);
}
function armIdle() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(countdown, IDLE_SECONDS * 1000);
}
for (const kind of ["pointerdown", "keydown", "input", "touchstart"]) {
  document.addEventListener(kind, () => {
    if (!$("idle").hidden) {
      clearInterval(countdownTimer);
      $("idle").hidden = true;
    }
    armIdle();
  }, { capture: true, passive: true });
}
$("idle-continue").addEventListener("click", () => armIdle());
armIdle();
document.body.dataset.ready = "true";
