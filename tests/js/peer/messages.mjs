// Messages through @fluent/bundle, from the project's own Fluent files
// (locales/<tag>/form.ftl and messages.ftl). A locale's bundle is built on first
// use and cached. Lookup falls back along the locale, en, vi.
import { FluentBundle, FluentResource } from "@fluent/bundle";
import bidiFactory from "bidi-js";
import { parseDate, trimWs } from "./text.mjs";

export const DEFAULT_LOCALE = "en";
const OFFICIAL_LOCALE = "vi";
const RIGHT_TO_LEFT = ["ar"];
const bidi = bidiFactory();

/**
 * FORM.md 1.1, Text direction: every left-to-right run (from a character of bidi
 * class L or EN to the last one before a character of class R or AL) wrapped in
 * FSI … PDI; a run already wrapped just so is left as it is.
 */
export function isolateLtrRuns(text) {
  let out = "";
  let copied = 0;
  let start = -1;
  let end = -1;
  const close = () => {
    if (!(text[start - 1] === "\u2068" && text[end] === "\u2069")) {
      out += `${text.slice(copied, start)}\u2068${text.slice(start, end)}\u2069`;
      copied = end;
    }
    start = -1;
  };
  let at = 0;
  for (const char of text) {
    const type = bidi.getBidiCharTypeName(char);
    if (type === "L" || type === "EN") {
      if (start < 0) start = at;
      end = at + char.length;
    } else if ((type === "R" || type === "AL") && start >= 0) close();
    at += char.length;
  }
  if (start >= 0) close();
  return out + text.slice(copied);
}

/** The box a person fills first: the field, or a block's first field that is not optional (inside blocks too). */
function firstBox(field) {
  if (field.kind !== "block") return field;
  const first = field.children.find((child) => child.presence !== "optional");
  return first ? firstBox(first) : field;
}

/** @param {Record<string, Record<string, string>>} sources tag → file name → Fluent text */
export function createMessages(sources) {
  const tags = Object.keys(sources).sort();
  const byLower = new Map(tags.map((t) => [t.toLowerCase(), t]));
  const available = (tag) => byLower.get(tag.toLowerCase());
  const bundles = new Map();

  function bundle(tag) {
    let built = bundles.get(tag);
    if (built === undefined && sources[tag]) {
      // Plain text, as the package by default: no isolation marks around placeables.
      built = new FluentBundle(tag, { useIsolating: false });
      for (const file of Object.keys(sources[tag]).sort()) built.addResource(new FluentResource(sources[tag][file]));
      bundles.set(tag, built);
    }
    return built;
  }

  function format(tag, id, args) {
    for (const t of [tag, DEFAULT_LOCALE, OFFICIAL_LOCALE]) {
      const b = bundle(t);
      const message = b?.getMessage(id);
      if (message?.value) return b.formatPattern(message.value, args, []);
    }
    return null;
  }

  /** The available locale closest to a BCP 47 request (FORM.md, Locales); never fails. */
  function negotiate(requested) {
    const tag = trimWs(requested).replaceAll("_", "-");
    const exact = available(tag);
    if (exact) return exact;
    let locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      return DEFAULT_LOCALE;
    }
    const { language, script, region } = locale;
    if (language === "zh") {
      const traditional = script === "Hant" || (!script && ["TW", "HK", "MO"].includes(region));
      const chinese = available(traditional ? "zh-TW" : "zh-CN");
      if (chinese) return chinese;
    }
    return (region && available(`${language}-${region}`)) || available(language) || DEFAULT_LOCALE;
  }

  const label = (tag, path) => format(tag, path === "" ? "field-application" : `field-${path.replaceAll(".", "-")}`) ?? path;

  function formatDate(tag, date) {
    const args = {
      year: String(date.y),
      month: String(date.m),
      day: String(date.d),
      mm: String(date.m).padStart(2, "0"),
      dd: String(date.d).padStart(2, "0"),
      monthName: format(tag, `month-${date.m}`) ?? "",
    };
    return format(tag, "date-format", args) ?? date.s;
  }

  /** The text of an issue in one locale: its code's message, the field's label as `label`, dates the locale's way. */
  function issueText(tag, isolating, issue, example) {
    const wrap = isolating ? (s) => `\u2068${s}\u2069` : (s) => s;
    const args = { label: wrap(issue.field ? label(tag, issue.path) : issue.unknownKey) };
    for (const [name, value] of Object.entries(issue.params)) {
      if (typeof value === "number") args[name] = value;
      else {
        const date = name === "date" ? parseDate(value) : null;
        args[name] = wrap(date ? formatDate(tag, date) : value);
      }
    }
    if (example !== undefined) args.example = wrap(example);
    // A missing field's own words; a block's are its first box's.
    const own = issue.code === "required" && issue.field ? format(tag, `required-${firstBox(issue.field).path.replaceAll(".", "-")}`, args) : null;
    return own ?? format(tag, issue.code, args) ?? issue.code;
  }

  /**
   * The message of an issue; officers' bilingual mode puts Vietnamese first.
   * `isolating` wraps every left-to-right run of the whole text in a
   * right-to-left locale, the placeables in the others.
   */
  function issueMessage(tag, { bilingual = false, isolating = false }, issue, example) {
    const runs = isolating && RIGHT_TO_LEFT.includes(tag);
    const placeables = isolating && !runs;
    const chosen = issueText(tag, placeables, issue, example);
    const text =
      !bilingual || tag === OFFICIAL_LOCALE ? chosen : `${issueText(OFFICIAL_LOCALE, placeables, issue, example)} / ${chosen}`;
    return runs ? isolateLtrRuns(text) : text;
  }

  return { negotiate, issueMessage, locales: tags };
}
