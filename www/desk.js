// The officer's desk: sign in with the deployment's account (the server sets
// an HttpOnly cookie; this page never sees, types or keeps a token), find an
// application by its reference (typed, or typed by a scanner reading the
// receipt's QR code), by issuing state and passport number, or by the
// passport's MRZ (parsed by the package's parseMrz), then read it in
// Vietnamese with the applicant's language beside it, as the server judged it
// again today; make a pending version current, record it received, print the
// TK01 in Vietnamese (counter.css, one A4 page) and download its JSON.
import { eid, h, autonym } from "/form.js";
import { $, vi, en, words, plain, said, showOfficer, signIn } from "/office.js";

const VI = eid.schema("vi");

const time = new Intl.DateTimeFormat("vi-VN", {
  timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
});
const when = (iso) => (iso ? time.format(new Date(iso)) : "");
const dmy = (date) => (/^\d{4}-\d{2}-\d{2}$/.test(date) ? date.split("-").reverse().join("/") : date);

function staticWords() {
  $("title").replaceChildren(h("span", { text: vi.deskTitle }), h("span", { lang: "en", text: en.deskTitle }));
  said($("find-title"), "find");
  said($("reference-label"), "byReference");
  said($("passport-title"), "byPassport");
  said($("issuing-state-label"), "issuingState");
  said($("passport-number-label"), "passportNumber");
  said($("mrz-label"), "byMrz");
  for (const button of document.querySelectorAll("[data-word]")) button.textContent = plain(button.dataset.word);
}

/** The screens: sign-in, a role that may not use the desk, or the desk itself. */
function show(screen, officer = null) {
  $("sign-in").hidden = screen !== "sign-in";
  $("refused").hidden = screen !== "refused";
  $("find").hidden = screen !== "find";
  showOfficer(officer);
  if (screen !== "find") forget();
  if (screen === "refused") {
    $("refused").replaceChildren(h("p", { text: vi.noDesk }), h("p", { lang: "en", text: en.noDesk }));
  }
  document.body.dataset.screen = screen;
}

/** Takes every applicant's data off the page. */
function forget() {
  $("record").hidden = true;
  $("record").replaceChildren();
  $("tk01").replaceChildren();
  document.body.classList.remove("printing-tk01");
  for (const id of ["reference", "issuing-state", "passport-number", "mrz"]) $(id).value = "";
  $("find-status").textContent = "";
}

function enter(officer) {
  if (officer.role === "stats") show("refused", officer);
  else {
    show("find", officer);
    $("reference").focus();
  }
}

/** An answer about an application: shown, or said why not. */
async function answered(response) {
  const status = $("find-status");
  status.textContent = "";
  if (response?.status === 200) {
    await showRecord(await response.json());
    return;
  }
  if (response?.status === 401) {
    show("sign-in");
    return;
  }
  if (response?.status === 403) {
    show("refused", null);
    return;
  }
  const key = response?.status === 404 ? "notFound" : "unavailable";
  status.replaceChildren(...words(key));
  $("record").hidden = true;
  $("record").replaceChildren();
}

/** The reference as a scanner or an officer types it: spaces and case do not matter. */
const cleanReference = (text) => text.replace(/\s+/g, "").toLowerCase();

async function findByReference(reference) {
  await answered(await fetch(`/api/applications/${encodeURIComponent(reference)}`).catch(() => null));
}

async function findByPassport(issuingState, passportNumber) {
  const response = await fetch("/api/applications/search", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ issuingState, passportNumber }),
  }).catch(() => null);
  await answered(response);
}

$("by-reference").addEventListener("submit", (event) => {
  event.preventDefault();
  const reference = cleanReference($("reference").value);
  if (reference) findByReference(reference);
});

$("by-passport").addEventListener("submit", (event) => {
  event.preventDefault();
  const state = $("issuing-state").value.trim().toUpperCase();
  const number = $("passport-number").value.trim();
  if (state && number) findByPassport(state, number);
});

/** Two TD3 lines from what the scanner typed (one 88-character line is split). */
function mrzLines(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").map((l) => l.trim()).filter(Boolean);
  if (lines.length === 1 && lines[0].length === 88) return `${lines[0].slice(0, 44)}\n${lines[0].slice(44)}`;
  return lines.join("\n");
}

/** The passport in a scanned MRZ, or null when it did not read (a check digit failed). */
function mrzPassport() {
  const mrz = eid.parseMrz(mrzLines($("mrz").value));
  if (!mrz || mrz.checkDigits.some((c) => !c.valid && c.field !== "optionalData")) return null;
  return mrz;
}

let lastScan = "";
$("mrz").addEventListener("input", () => {
  // A scanner types both lines at once: search as soon as they read.
  const mrz = mrzPassport();
  if (!mrz) return;
  const key = `${mrz.issuingState}:${mrz.number}`;
  if (key === lastScan) return;
  lastScan = key;
  findByPassport(mrz.issuingState, mrz.number);
});

$("by-mrz").addEventListener("submit", (event) => {
  event.preventDefault();
  const mrz = mrzPassport();
  if (!mrz) {
    $("find-status").replaceChildren(...words("mrzUnreadable"));
    return;
  }
  lastScan = `${mrz.issuingState}:${mrz.number}`;
  findByPassport(mrz.issuingState, mrz.number);
});

/** A field's value as the desk shows it: an option's label, a date as DD/MM/YYYY, a flag as yes or no. */
function valueOf(field, value, schema) {
  if (value === undefined || value === null || value === "") return "";
  if (field.kind === "flag") return value === true ? schema === VI ? vi.yes : "✓" : schema === VI ? vi.no : "✗";
  if (field.kind === "date") return dmy(value);
  const option = field.options?.find((o) => String(o.value) === String(value));
  return option ? option.label : String(value);
}

const at = (object, path) => path.split(".").reduce((node, key) => node?.[key], object);

/** The application's fields in the TK01's order: Vietnamese label, the applicant's beside, the value. */
function fieldsTable(application, own) {
  const ownFields = new Map(own.fields.map((f) => [f.path, f]));
  const body = h("tbody");
  for (const section of VI.sections) {
    const present = section.fields.filter((path) => at(application, path) !== undefined);
    if (present.length === 0) continue;
    const ownSection = own.sections.find((s) => s.id === section.id);
    body.append(h("tr", {}, h("th", { colspan: "2", scope: "colgroup", class: "section" },
      h("span", { text: section.title }),
      own === VI ? null : h("span", { class: "own", lang: own.locale, dir: own.direction, text: ownSection?.title }))));
    for (const path of present) {
      const field = VI.fields.find((f) => f.path === path);
      const ownField = ownFields.get(path);
      const value = at(application, path);
      const shownVi = valueOf(field, value, VI);
      const shownOwn = valueOf(ownField, value, own);
      const same = shownOwn.replace(/[\u2066-\u2069]/g, "") === shownVi;
      body.append(h("tr", { "data-path": path },
        h("th", { scope: "row" }, h("span", { text: field.label }),
          own === VI ? null : h("span", { class: "own", lang: own.locale, dir: own.direction, text: ownField.label })),
        h("td", { class: "value" }, h("span", { text: shownVi }),
          // dir=auto: a value such as "JPN (Japan)" keeps its order in an Arabic cell.
          own === VI || same ? null : h("span", { class: "own", lang: own.locale, dir: "auto", text: shownOwn }))));
    }
  }
  return h("table", { class: "fields" }, body);
}

/** The server's judgement today: valid, or its issues in Vietnamese with the applicant's language beside. */
function recheck(version, own) {
  const mine = version.recheck?.vi;
  const theirs = version.recheck?.[version.locale] ?? mine;
  if (!mine) return null;
  if (mine.valid) return h("p", { class: "recheck-valid" }, ...words("valid"));
  const list = h("ul", { class: "issues" });
  for (const [i, issue] of mine.issues.entries()) {
    const other = theirs.issues[i];
    list.append(h("li", { "data-code": issue.code, class: issue.severity === "error" ? "problem" : "" },
      h("span", { text: issue.message }),
      own === VI || !other ? null : h("span", { class: "own", lang: own.locale, dir: own.direction, text: other.message })));
  }
  return h("div", { class: "recheck-invalid" }, h("p", {}, ...words("invalid")), list);
}

async function showRecord(application) {
  const schemas = new Map([["vi", VI]]);
  for (const version of application.versions) {
    if (schemas.has(version.locale)) continue;
    try {
      const tag = await eid.loadLocale(version.locale);
      schemas.set(version.locale, eid.schema(tag, { isolating: eid.schema(tag).direction === "rtl" }));
    } catch {
      schemas.set(version.locale, VI);
    }
  }
  const current = application.versions.find((v) => v.state === "current") ?? application.versions.at(-1);
  const section = $("record");
  const received = application.receivedAt
    ? h("p", { id: "received", class: "notice" }, h("span", { text: `${vi.received}: ${when(application.receivedAt)} ${vi.receivedBy} ${application.receivedBy}` }),
      h("span", { lang: "en", text: `${en.received}: ${when(application.receivedAt)} ${en.receivedBy} ${application.receivedBy}` }))
    : h("p", { id: "received" }, ...words("notReceived"));
  const markReceived = application.receivedAt ? null : h("button", { type: "button", class: "button", id: "mark-received", text: plain("markReceived") });
  markReceived?.addEventListener("click", () => change(current.reference, "received"));
  const print = h("button", { type: "button", class: "button secondary", id: "print", text: plain("print") });
  print.addEventListener("click", () => window.print());
  const download = h("a", {
    class: "button secondary",
    id: "download",
    href: `/api/applications/${encodeURIComponent(current.reference)}/export`,
    download: `TK01-${current.reference}.json`,
    text: plain("download"),
  });
  const versions = [...application.versions].reverse().map((version) => {
    const own = schemas.get(version.locale) ?? VI;
    const stateWords = h("span", { class: `state state-${version.state}` }, `${vi[version.state]} · ${en[version.state]}`);
    const makeCurrent = version.state === "pending"
      ? h("button", { type: "button", class: "button", "data-make-current": version.reference, text: plain("makeCurrent") })
      : null;
    makeCurrent?.addEventListener("click", () => change(version.reference, "current"));
    const article = h("article", { class: "version", "data-state": version.state, "data-reference": version.reference, "aria-label": `${vi.version} ${version.reference}` },
      h("h3", {}, h("span", { text: `${vi.version} ` }), h("span", { class: "reference-inline", dir: "ltr", translate: "no", text: version.reference }), " ", stateWords),
      h("p", { class: "meta", text: `${vi.submittedAt} / ${en.submittedAt}: ${when(version.submittedAt)} · ${vi.locale} / ${en.locale}: ${autonym(version.locale)} (${version.locale})` }),
      version.madeCurrentAt ? h("p", { class: "meta", text: `${vi.current}: ${when(version.madeCurrentAt)} ${vi.receivedBy} ${version.madeCurrentBy}` }) : null,
      recheck(version, own),
      fieldsTable(version.application, own),
      makeCurrent ? h("p", { class: "actions" }, makeCurrent) : null);
    if (version.state === "earlier") {
      return h("details", { class: "earlier" }, h("summary", { text: `${vi.version} ${version.reference} · ${vi.earlier} / ${en.earlier}` }), article);
    }
    return article;
  });
  section.replaceChildren(
    h("div", { class: "record-head" },
      h("h2", { id: "record-title" }, h("span", { text: `${vi.application} ` }),
        h("span", { lang: "en", text: en.application }), " ",
        h("span", { dir: "ltr", translate: "no", text: `${application.passport.issuingState} ${application.passport.number}` })),
      h("p", { class: "meta", text: `${vi.checkedOn} / ${en.checkedOn}: ${dmy(application.checkedOn)}` })),
    received,
    h("p", { class: "actions" }, markReceived, print, download),
    h("p", { id: "change-status", class: "problem", role: "status" }),
    h("h3", {}, ...words("versions")),
    ...versions);
  section.hidden = false;
  section.dataset.id = application.id;
  renderTk01(current, application);
  document.body.classList.add("printing-tk01");
  section.focus();
}

/** Makes a version current, or records the application received; shows the answer. */
async function change(reference, action) {
  const response = await fetch(`/api/applications/${encodeURIComponent(reference)}/${action}`, { method: "POST" }).catch(() => null);
  if (response?.status === 200) {
    await showRecord(await response.json());
    return;
  }
  if (response?.status === 401) {
    show("sign-in");
    return;
  }
  const body = await response?.json().catch(() => ({}));
  const key = body?.code === "phone-already-used" ? "phoneTaken" : body?.code === "not-pending" ? "notPending" : "unavailable";
  $("change-status").replaceChildren(...words(key));
}

/** The filled TK01 in Vietnamese, in the form's order, for print only. */
function renderTk01(version, application) {
  const data = version.application;
  const sections = VI.sections
    .filter((s) => s.id !== "representative" || data.representative)
    .map((section) => h("div", {},
      h("h2", { text: section.title }),
      h("table", {}, h("tbody", {}, ...section.fields.map((path) => {
        const field = VI.fields.find((f) => f.path === path);
        return h("tr", {}, h("th", { text: field.label }), h("td", { text: valueOf(field, at(data, path), VI) }));
      })))));
  $("tk01").replaceChildren(
    h("h1", { text: vi.printTitle }),
    h("p", { class: "tk01-for", text: vi.printFor }),
    h("p", { text: `${vi.reference}: ${version.reference} · ${vi.submittedAt}: ${when(version.submittedAt)}` }),
    ...sections,
    application.receivedAt ? h("p", { text: `${vi.received}: ${when(application.receivedAt)} ${vi.receivedBy} ${application.receivedBy}` }) : null,
    h("div", { class: "tk01-sign" }, h("p", { text: vi.printSigned }), h("p", { text: vi.printOfficer })));
}

staticWords();
await signIn({ show, enter });
document.body.dataset.ready = "true";
