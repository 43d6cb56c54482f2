// A peer of the eid-form package written as a portal team would in JavaScript:
// zod for the wire format, libphonenumber-js (max metadata) for phone numbers, the
// `mrz` package for the machine readable zone, @fluent/bundle for messages. Used
// only in benchmarks and in tests/js/peer.test.mjs; never shipped.
//
// The Fluent texts and data tables come in through `createPeer(sources)`, so the
// same code runs in Node (peer/node.mjs reads the files) and in a browser bundle
// (peer/browser.mjs imports them `?raw`).
import { Check, LEVEL_2_MIN_AGE, REPRESENTED_UNDER } from "./check.mjs";
import { loadTables } from "./data.mjs";
import { Findings } from "./findings.mjs";
import { createMessages } from "./messages.mjs";
import { passportPatternOf } from "./passport-patterns.mjs";
import { runRules } from "./rules.mjs";
import { parseDate, todayInVietnam, ageOn } from "./text.mjs";
import { BLOCK, FIELD, FIELDS, ROOT, checkShape, isObject, isWithin, mayChange, readForm, setHas } from "./wire.mjs";

/** The version of FORM.md these rules follow; every report's first key. */
export const SPEC_VERSION = "1.1";

/** Misuse of the API: an Error whose message says what to do, as the package words it. */
const misuse = (message) => new Error(`eid-form: ${message}`);

/** A string as Rust's `{:?}` writes it, as the package quotes a caller's text. */
function quoted(text) {
  const escapes = { "\t": "\\t", "\r": "\\r", "\n": "\\n", '"': '\\"', "\\": "\\\\", "\0": "\\0" };
  return `"${text.replace(/[\t\r\n"\\\0]|\p{Cc}/gu, (c) => escapes[c] ?? `\\u{${c.codePointAt(0).toString(16)}}`)}"`;
}

/**
 * The options, read as the package reads them (a struct with these four keys;
 * `null` or a missing key for the default, `undefined` as missing); the first
 * key in the object's own order that is unknown or of the wrong type throws.
 */
const OPTION_READERS = {
  today(value, out) {
    if (typeof value !== "string") throw misuse("`today` must be a string written YYYY-MM-DD");
    out.today = parseDate(value);
    if (!out.today) throw misuse(`\`today\` must be a real date written YYYY-MM-DD, not ${quoted(value)}`);
  },
  locale(value, out) {
    if (typeof value !== "string") throw misuse('`locale` must be a string such as "en" or "ja"');
    out.locale = value;
  },
  bilingual(value, out) {
    if (typeof value !== "boolean") throw misuse("`bilingual` and `isolating` must be true or false");
    out.bilingual = value;
  },
  isolating(value, out) {
    if (typeof value !== "boolean") throw misuse("`bilingual` and `isolating` must be true or false");
    out.isolating = value;
  },
};
const OPTION_NAMES = Object.keys(OPTION_READERS);

function readOptions(options) {
  const out = { today: undefined, locale: "en", bilingual: false, isolating: false };
  if (options === undefined || options === null) return out;
  if (typeof options !== "object" || Array.isArray(options)) throw misuse("options must be an object");
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (!Object.hasOwn(OPTION_READERS, key)) {
      throw misuse(`unknown field \`${key}\`, expected one of ${OPTION_NAMES.map((name) => `\`${name}\``).join(", ")}`);
    }
    if (value !== null) OPTION_READERS[key](value, out);
  }
  return out;
}

/** The normalized application: known fields in wire order; a field with an error keeps its trimmed input. */
function normalizedOf(form, findings) {
  const build = (block, asGiven) => {
    const out = {};
    for (const field of block.children) {
      const given = form.given[field.index];
      if (given === undefined) continue;
      const keep = asGiven || findings.hasError(field);
      if (given === BLOCK) out[field.key] = build(field, keep);
      else out[field.key] = keep ? given : (form.normalized[field.index] ?? given);
    }
    return out;
  };
  return build(ROOT, false);
}

/** `derived` (FORM.md, Precise readings). */
function derivedOf(form, findings, today) {
  const dob = FIELD.get("applicant.dateOfBirth");
  const ward = FIELD.get("applicant.ward");
  const born = form.read[dob.index];
  const age = born && born.s <= today.s ? ageOn(born, today) : null;
  const usable = age !== null && !findings.hasError(dob);
  const isWard = form.read[ward.index] === true && !findings.hasError(ward);
  return {
    age,
    representativeRequired: usable ? isWard || age < REPRESENTED_UNDER : null,
    maxLevel: usable ? (age >= LEVEL_2_MIN_AGE ? 2 : 1) : null,
  };
}

export function createPeer(sources) {
  const tables = loadTables(sources.data);
  const messages = createMessages(sources.locales);

  /** Reads the form and runs the rules in their order: the findings (no messages yet) and the check the rules ran in. */
  function judge(form, today) {
    const findings = new Findings();
    if (!isObject(form)) {
      findings.add(ROOT, "invalid-type");
      return { findings, check: null };
    }
    checkShape(form, findings);
    const check = new Check(readForm(form, findings), findings, today, tables);
    runRules(check);
    return { findings, check };
  }

  /** The issues as the report gives them, with their messages in `locale` written as `opts` ask. */
  function withMessages(issues, locale, opts) {
    return issues.map((issue) => {
      const example = issue.code === "passport-number-pattern" ? passportPatternOf(issue.params.state)?.example : undefined;
      const { path, code, severity, params } = issue;
      return { path, code, severity, params, message: messages.issueMessage(locale, opts, issue, example) };
    });
  }

  /** Validates an application; a failed validation is a report, never a throw (only misused options throw). */
  function validate(form, options) {
    const opts = readOptions(options);
    const today = opts.today ?? todayInVietnam();
    const { findings, check } = judge(form, today);
    const locale = messages.negotiate(opts.locale);
    const issues = withMessages(findings.sorted(), locale, opts);
    return {
      specVersion: SPEC_VERSION,
      valid: !issues.some((i) => i.severity === "error"),
      referenceDate: today.s,
      locale,
      issues,
      derived: check ? derivedOf(check.form, findings, today) : { age: null, representativeRequired: null, maxLevel: null },
      normalized: check ? normalizedOf(check.form, findings) : {},
    };
  }

  /**
   * FORM.md 1.1, "Checking one field": `{ fields, issues }`. `fields` is the
   * field, what lies inside it, every field judged by a rule that read what the
   * field's value can change (from what the rules recorded while they ran), and
   * the blocks above it, in wire order with the field's own unknown keys;
   * `issues` the full report's issues at those paths.
   */
  function validateField(path, form, options) {
    if (typeof path !== "string") throw misuse('the path (such as "contact.phone") must be a string');
    const opts = readOptions(options);
    const field = FIELD.get(path);
    if (!field || field === ROOT) throw misuse(`the form has no field ${quoted(path)}`);
    const today = opts.today ?? todayInVietnam();
    const { findings, check } = judge(form, today);
    const changed = mayChange(form, field);
    let [lo, hi] = check ? check.judgedWhen(changed) : changed;
    // Every block above the field is judged too (a page clears its message).
    for (let block = field.parent; block !== ROOT; block = block.parent) {
      lo |= block.lo;
      hi |= block.hi;
    }
    const judged = FIELDS.filter((f) => setHas(lo, hi, f)).map((f) => ({ path: f.path, key: [f.index, 0] }));
    const unknownKeys = findings.unknownKeys.filter((u) => isWithin(u.block, field));
    const fields = [...judged, ...unknownKeys]
      .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1])
      .map((f) => f.path);
    const issues = findings
      .sorted()
      .filter((issue) => (issue.field ? setHas(lo, hi, issue.field) : isWithin(issue.block, field)));
    return { fields, issues: withMessages(issues, messages.negotiate(opts.locale), opts) };
  }

  return { validate, validateField, locales: () => [...messages.locales] };
}
