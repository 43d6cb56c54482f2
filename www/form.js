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

/** A language's own name, from the browser's CLDR data. */
export function autonym(tag) {
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag);
    return name.charAt(0).toLocaleUpperCase(tag) + name.slice(1);
  } catch {
    return tag;
  }
}

function input(field) {
  const common = { id: idOf(field.path), name: field.path, autocomplete: "off", "aria-describedby": null };
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
    case "date":
      return h("input", { ...common, type: "date" });
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

/** One field: label, hint, error slot and input, wired for assistive technology. */
function fieldGroup(field, schema) {
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

/** Renders every section of the form into `form`. */
export function renderSections(form, schema) {
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

/** The form's values in the wire format; empty fields and hidden blocks left out. */
export function collect(form, schema) {
  const application = {};
  for (const field of schema.fields) {
    if (field.kind === "block") continue;
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
    if (value && typeof value === "object") fill(form, value, `${path}.`);
    else {
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

/** The control an issue belongs to: the field, else the first control of its block. */
function controlFor(form, path) {
  const direct = form.elements.namedItem(path);
  if (direct && !direct.closest("[hidden]")) return direct;
  const prefix = path === "" ? "" : `${path}.`;
  return [...form.elements].find((c) => c.name && c.name.startsWith(prefix) && !c.closest("[hidden]")) ?? null;
}

/** Shows the issues of some fields inline (errors and warnings). */
export function showInline(form, issues, text, paths = null) {
  for (const issue of issues) {
    if (paths && !paths.has(issue.path)) continue;
    const control = controlFor(form, issue.path);
    if (!control) continue;
    const group = control.closest(".field");
    const slot = group.querySelector(".error-message");
    const prefix = issue.severity === "error" ? text["ui-error-prefix"] : text["ui-warning-prefix"];
    slot.replaceChildren(h("span", { class: "visually-hidden", text: `${prefix} ` }), issue.message);
    slot.className = issue.severity === "error" ? "error-message" : "error-message warning-message";
    slot.hidden = false;
    if (issue.severity === "error") {
      group.classList.add("field-error");
      control.setAttribute("aria-invalid", "true");
    }
    const described = new Set((control.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean));
    described.add(slot.id);
    control.setAttribute("aria-describedby", [...described].join(" "));
  }
}

/** The GOV.UK error summary: a titled list of links that move focus to each field. */
export function showSummary(form, summary, report, text) {
  const errors = report.issues.filter((issue) => issue.severity === "error");
  summary.replaceChildren();
  if (errors.length === 0) {
    summary.hidden = true;
    return;
  }
  const list = h("ul", { class: "error-summary-list" });
  for (const issue of errors) {
    const control = controlFor(form, issue.path);
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
