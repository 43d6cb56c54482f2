// Shared by the portal and the kiosk: renders the TK01 form from
// schema(locale), reads it back into the wire format, and shows a report the
// GOV.UK way (error summary with links, the same words inline, aria-invalid,
// aria-describedby, a visually hidden "Error:" prefix). No rule lives here:
// every verdict comes from the package, in a locale the page loaded first
// (`eid.loadLocale`, portal.js and kiosk.js): a call in another would throw.
import * as eid from "/pkg/browser.js";

export { eid };

export const idOf = (path) => `f-${path.replaceAll(".", "-")}`;

/** Creates an element with attributes and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === undefined || value === null) continue;
    if (name === "text") element.textContent = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

/** The reference date the server judges on, so page and server agree. */
export async function serverToday() {
  const response = await fetch("/api/today", { headers: { accept: "application/json" } });
  return (await response.json()).today;
}

// Chinese is named by its script ("简体中文", "繁體中文"), as readers choose it, not by a region.
const NAMED_BY_SCRIPT = { "zh-CN": "zh-Hans", "zh-TW": "zh-Hant" };

/** A language's own name, in its own script, from the browser's CLDR data. */
export function autonym(tag) {
  const named = NAMED_BY_SCRIPT[tag] ?? tag;
  try {
    const name = new Intl.DisplayNames([named], { type: "language" }).of(named);
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

// Kinds whose values are Latin letters, digits and codes: they read left to
// right on a right-to-left page (a country reads "JPN (Japan)", whose closing
// parenthesis a right-to-left select would draw at its front).
const LEFT_TO_RIGHT = new Set(["name", "document-number", "phone", "email", "mrz", "country"]);

function input(field) {
  const common = {
    id: idOf(field.path), name: field.path, autocomplete: "off", "aria-describedby": null,
    dir: LEFT_TO_RIGHT.has(field.kind) ? "ltr" : field.kind === "text" ? "auto" : null,
  };
  switch (field.kind) {
    case "level":
    case "choice":
    case "country":
    case "residence-symbol":
      return h(
        "select",
        common,
        h("option", { value: "", text: "" }),
        ...field.options.map((option) => h("option", { value: String(option.value), text: option.label })),
      );
    case "flag":
      return h("input", { ...common, type: "checkbox", value: "true" });
    case "mrz":
      return h("textarea", { ...common, rows: 2, cols: 44, maxlength: field.maxLength, spellcheck: "false", class: "mrz" });
    case "email":
      return h("input", { ...common, type: "email", maxlength: field.maxLength, inputmode: "email" });
    case "phone":
      return h("input", { ...common, type: "tel", inputmode: "tel" });
    default:
      return h("input", { ...common, type: "text", maxlength: field.maxLength, spellcheck: "false" });
  }
}

/**
 * A memorable date as three boxes (GOV.UK date input), in the order the locale
 * writes dates (`schema.dateParts`): a fieldset whose legend is the label; the
 * boxes are named `<path>.day`, `.month`, `.year` and read back as YYYY-MM-DD.
 */
function dateGroup(field, schema) {
  const id = idOf(field.path);
  const hint = field.hint ? h("p", { id: `${id}-hint`, class: "hint", text: field.hint }) : null;
  const error = h("p", { id: `${id}-error`, class: "error-message", hidden: true });
  const boxes = h("div", { class: "date-input", id });
  for (const { part, label } of schema.dateParts) {
    boxes.append(h(
      "div",
      { class: `date-item date-${part}` },
      h("label", { for: `${id}-${part}`, class: "date-label", text: label }),
      h("input", {
        id: `${id}-${part}`, name: `${field.path}.${part}`, type: "text", inputmode: "numeric",
        maxlength: part === "year" ? 4 : 2, autocomplete: "off", spellcheck: "false", dir: "ltr",
        class: `date-box date-box-${part}`, "data-part": part,
      }),
    ));
  }
  const fieldset = h(
    "fieldset",
    { class: "date-fieldset", role: "group", "aria-describedby": hint ? hint.id : null },
    h("legend", { class: "label", text: field.label }),
    hint,
    error,
    boxes,
  );
  return h("div", { class: "field field-date", "data-path": field.path, "data-date": "" }, fieldset);
}

/** One field: label, hint, error slot and input, wired for assistive technology. */
function fieldGroup(field, schema) {
  if (field.kind === "date") return dateGroup(field, schema);
  const control = input(field);
  const hintId = `${idOf(field.path)}-hint`;
  const errorId = `${idOf(field.path)}-error`;
  const optional = field.required === false ? ` ${schema.text["ui-optional"]}` : "";
  const label = h("label", { for: idOf(field.path), class: "label", text: field.label + optional });
  const hint = field.hint ? h("p", { id: hintId, class: "hint", text: field.hint }) : null;
  const error = h("p", { id: errorId, class: "error-message", hidden: true });
  control.setAttribute("aria-describedby", [hint ? hintId : null].filter(Boolean).join(" ") || errorId);
  const group = h("div", { class: `field field-${field.kind}`, "data-path": field.path });
  if (field.kind === "flag") group.append(h("div", { class: "check" }, control, label), hint, error);
  else group.append(label, hint, error, control);
  return group;
}

// The schema each form was last rendered from: where an issue is shown depends on it.
const rendered = new WeakMap();

/** Renders every section of the form into `form`. */
export function renderSections(form, schema) {
  rendered.set(form, schema);
  form.replaceChildren();
  const byPath = new Map(schema.fields.map((f) => [f.path, f]));
  for (const section of schema.sections) {
    const fieldset = h(
      "fieldset",
      { class: "section", id: `section-${section.id}`, "data-section": section.id },
      h("legend", { text: section.title }),
    );
    if (section.id === "representative") {
      fieldset.append(h("p", { class: "why", text: schema.text["ui-representative-why"] }));
    }
    if (section.id === "contact") {
      fieldset.append(h("p", { class: "why", id: "phone-owner-explained", "aria-live": "polite" }));
    }
    for (const path of section.fields) fieldset.append(fieldGroup(byPath.get(path), schema));
    form.append(fieldset);
  }
}

function setPath(target, path, value) {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key] ??= {};
  node[keys.at(-1)] = value;
}

/** A date group's boxes by part (`day`, `month`, `year`). */
function dateBoxes(group) {
  return Object.fromEntries([...group.querySelectorAll("input[data-part]")].map((box) => [box.dataset.part, box]));
}

/**
 * The three boxes as the wire writes a date: YYYY-MM-DD, a one-digit day or
 * month padded; nothing typed is no value. What the boxes hold is passed on
 * as typed (full-width digits made ASCII), so the library judges it.
 */
function dateValue(group) {
  const { day, month, year } = dateBoxes(group);
  const [d, m, y] = [day, month, year].map((box) => box.value.normalize("NFKC").trim());
  if (d === "" && m === "" && y === "") return undefined;
  const pad = (digits) => (/^\d$/.test(digits) ? `0${digits}` : digits);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The form's values in the wire format; empty fields and hidden blocks left out. */
export function collect(form, schema) {
  const application = {};
  for (const field of schema.fields) {
    if (field.kind === "block") continue;
    if (field.kind === "date") {
      const group = form.querySelector(`[data-date][data-path="${field.path}"]`);
      const value = group && !group.closest("[hidden]") ? dateValue(group) : undefined;
      if (value !== undefined) setPath(application, field.path, value);
      continue;
    }
    const control = form.elements.namedItem(field.path);
    if (!control || control.closest("[hidden]")) continue;
    let value;
    if (field.kind === "flag") value = control.checked;
    else if (field.kind === "level") value = control.value === "" ? undefined : Number(control.value);
    else value = control.value.trim() === "" ? undefined : control.value;
    if (value !== undefined) setPath(application, field.path, value);
  }
  return application;
}

/** Puts values (in the wire format) back into the form's controls. */
export function fill(form, values, prefix = "") {
  for (const [key, value] of Object.entries(values)) {
    const path = prefix + key;
    const date = form.querySelector(`[data-date][data-path="${CSS.escape(path)}"]`);
    if (value && typeof value === "object") fill(form, value, `${path}.`);
    else if (date) {
      // YYYY-MM-DD (or what the boxes made of a partial date) back into the
      // boxes, as a person writes it: no leading zeros.
      const [, y = "", m = "", d = ""] = /^([^-]*)-([^-]*)-([^-]*)$/.exec(String(value)) ?? [];
      const unpadded = (digits) => (/^\d+$/.test(digits) ? String(Number(digits)) : digits);
      const boxes = dateBoxes(date);
      boxes.year.value = y;
      boxes.month.value = unpadded(m);
      boxes.day.value = unpadded(d);
    } else {
      const control = form.elements.namedItem(path);
      if (!control) continue;
      if (control.type === "checkbox") control.checked = value === true;
      else control.value = String(value);
    }
  }
}

/** Re-judges the form and shows the blocks and words that depend on the verdict. */
export function refreshBlocks(form, schema, options) {
  const report = eid.validate(collect(form, schema), options);
  const needed = updateRepresentative(form, report);
  updatePhoneOwner(form, schema.text, needed);
  return report;
}

/** Clears one field's message and marks (every box of a date). */
export function clearField(group) {
  group.classList.remove("field-error");
  const slot = group.querySelector(".error-message");
  slot.hidden = true;
  slot.textContent = "";
  for (const control of group.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
}

/** Clears every message and mark from the form. */
export function clearIssues(form, summary) {
  for (const error of form.querySelectorAll(".error-message, .warning-message")) {
    error.hidden = true;
    error.textContent = "";
  }
  for (const group of form.querySelectorAll(".field-error")) group.classList.remove("field-error");
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
  if (summary) {
    summary.hidden = true;
    summary.replaceChildren();
  }
}

/**
 * The boxes a date issue is about, when the boxes tell: an empty box, a box
 * that is not digits, a year that is not four digits, a month outside 1-12,
 * else (the library said `invalid-date` of a year and month that are fine)
 * the day. Any other issue of a date (missing, in the future, expired, ...)
 * is about the whole date.
 */
function wrongDateBoxes(group, issue) {
  const boxes = [...group.querySelectorAll("input[data-part]")];
  if (issue.code !== "invalid-date") return boxes;
  const value = (box) => box.value.normalize("NFKC").trim();
  const empty = boxes.filter((box) => value(box) === "");
  if (empty.length > 0) return empty;
  const notDigits = boxes.filter((box) => !/^\d+$/.test(value(box)));
  if (notDigits.length > 0) return notDigits;
  const { day, month, year } = dateBoxes(group);
  if (value(year).length !== 4) return [year];
  const m = Number(value(month));
  if (m < 1 || m > 12) return [month];
  return [day];
}

/**
 * Where an issue is shown: its field's group, the controls marked invalid and
 * the one a link moves focus to. A block's issue goes to its first box
 * (`firstField` in the schema: the box its message names); a date's to the
 * box that is wrong when the boxes tell.
 */
function placeOf(form, schema, issue) {
  const visible = (element) => element && !element.closest("[hidden]");
  const field = schema.fields.find((f) => f.path === issue.path);
  const path = field?.firstField ?? issue.path;
  const date = form.querySelector(`[data-date][data-path="${CSS.escape(path)}"]`);
  if (visible(date)) {
    const wrong = path === issue.path ? wrongDateBoxes(date, issue) : [...date.querySelectorAll("input[data-part]")];
    return { group: date, described: date.querySelector("fieldset"), invalid: wrong, focus: wrong[0] };
  }
  let control = form.elements.namedItem(path);
  if (!visible(control) || !(control instanceof Element)) {
    const prefix = path === "" ? "" : `${path}.`;
    control = [...form.elements].find((c) => c.name && c.name.startsWith(prefix) && visible(c)) ?? null;
  }
  if (!control) return null;
  const group = control.closest(".field");
  if (group?.dataset.date !== undefined) {
    const boxes = [...group.querySelectorAll("input[data-part]")];
    return { group, described: group.querySelector("fieldset"), invalid: boxes, focus: boxes[0] };
  }
  return { group, described: control, invalid: [control], focus: control };
}

/** Shows the issues of some fields inline (errors and warnings). */
export function showInline(form, issues, text, paths = null) {
  const schema = rendered.get(form);
  for (const issue of issues) {
    if (paths && !paths.has(issue.path)) continue;
    const place = placeOf(form, schema, issue);
    if (!place) continue;
    const slot = place.group.querySelector(".error-message");
    const prefix = issue.severity === "error" ? text["ui-error-prefix"] : text["ui-warning-prefix"];
    slot.replaceChildren(h("span", { class: "visually-hidden", text: `${prefix} ` }), issue.message);
    slot.className = issue.severity === "error" ? "error-message" : "error-message warning-message";
    slot.hidden = false;
    if (issue.severity === "error") {
      place.group.classList.add("field-error");
      for (const control of place.invalid) control.setAttribute("aria-invalid", "true");
    }
    const described = new Set((place.described.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    described.add(slot.id);
    place.described.setAttribute("aria-describedby", [...described].join(" "));
  }
}

/** The GOV.UK error summary: a titled list of links that move focus to each field. */
export function showSummary(form, summary, report, text) {
  const schema = rendered.get(form);
  const errors = report.issues.filter((issue) => issue.severity === "error");
  summary.replaceChildren();
  if (errors.length === 0) {
    summary.hidden = true;
    return;
  }
  const list = h("ul", { class: "error-summary-list" });
  for (const issue of errors) {
    const control = placeOf(form, schema, issue)?.focus;
    const link = h("a", { href: control ? `#${control.id}` : "#", text: issue.message });
    link.addEventListener("click", (event) => {
      event.preventDefault();
      control?.focus();
      control?.scrollIntoView({ block: "center" });
    });
    list.append(h("li", {}, link));
  }
  summary.append(h("h2", { class: "error-summary-title", id: "error-summary-title", text: text["ui-error-summary-title"] }), list);
  summary.hidden = false;
  summary.focus();
}

/** Shows the representative block when the applicant needs one. */
export function updateRepresentative(form, report) {
  const block = form.querySelector("#section-representative");
  const ward = form.elements.namedItem("applicant.ward")?.checked;
  const needed = ward || report.derived.representativeRequired === true;
  if (block) block.hidden = !needed;
  return needed;
}

/** Says in plain words whose number is wanted. */
export function updatePhoneOwner(form, text, representativeNeeded) {
  const owner = form.elements.namedItem("contact.phoneOwner");
  const explained = form.querySelector("#phone-owner-explained");
  if (!owner || !explained) return;
  const who = owner.value || (representativeNeeded ? "representative" : "applicant");
  explained.textContent = text[`ui-phone-owner-${who}`];
}
