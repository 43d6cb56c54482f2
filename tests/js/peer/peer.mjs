// A peer of the eid-form package written as a portal team would in JavaScript:
// zod for the wire format, libphonenumber-js (max metadata) for phone numbers, the
// `mrz` package for the machine readable zone, @fluent/bundle for messages. Used
// only in benchmarks and in tests/js/peer.test.mjs; never shipped.
//
// The Fluent texts and data tables come in through `createPeer(sources)`, so the
// same code runs in Node (peer/node.mjs reads the files) and in a browser bundle
// (peer/browser.mjs imports them `?raw`).
import { loadTables } from "./data.mjs";
import { Findings } from "./findings.mjs";
import { createMessages } from "./messages.mjs";
import { passportPatternOf } from "./passport-patterns.mjs";
import { Check, LEVEL_2_MIN_AGE, REPRESENTED_UNDER, runRules } from "./rules.mjs";
import { parseDate, todayInVietnam, ageOn } from "./text.mjs";
import { BLOCK, FIELD, ROOT, checkShape, isObject, isWithin, readForm } from "./wire.mjs";

/** The version of FORM.md these rules follow; every report's first key. */
export const SPEC_VERSION = "1.1";
const OPTIONS = ["today", "locale", "bilingual", "isolating"];

/** The fields whose issues can change when a field changes (besides itself and what it holds). */
const AFFECTED_BY = {
  level: ["contact", "contact.phone", "representative.hasLevel2Account"],
  "applicant.fullName": ["applicant.passport.mrz"],
  "applicant.sex": ["applicant.passport.mrz"],
  "applicant.nationality": ["applicant.passport.mrz"],
  "applicant.dateOfBirth": [
    "level",
    "applicant.passport.issueDate",
    "applicant.residenceCard.issueDate",
    "applicant.passport.mrz",
    "contact.phoneOwner",
    "representative",
  ],
  "applicant.ward": ["contact.phoneOwner", "representative"],
  "applicant.passport": ["representative"],
  "applicant.passport.number": ["applicant.passport.mrz", "representative.idNumber"],
  "applicant.passport.issuingState": ["applicant.passport.number", "applicant.passport.mrz"],
  "applicant.passport.issueDate": ["applicant.passport.expiryDate"],
  "applicant.passport.expiryDate": ["applicant.passport.issueDate", "applicant.passport.mrz", "applicant.residenceCard.expiryDate"],
  "applicant.passport.mrz": [
    "applicant.fullName",
    "applicant.dateOfBirth",
    "applicant.sex",
    "applicant.nationality",
    "applicant.passport.number",
    "applicant.passport.issuingState",
    "applicant.passport.expiryDate",
    "level",
    "contact.phoneOwner",
    "representative",
  ],
  "applicant.residenceCard.kind": ["applicant.residenceCard.symbol", "applicant.residenceCard.expiryDate"],
  "applicant.residenceCard.symbol": ["applicant.residenceCard.expiryDate"],
  "applicant.residenceCard.issueDate": ["applicant.residenceCard.expiryDate"],
  "applicant.residenceCard.expiryDate": ["applicant.residenceCard.issueDate"],
  "contact.phone": ["contact", "contact.phoneOwner", "contact.phoneOwnershipConfirmed"],
  "contact.email": ["contact"],
  "representative.dateOfBirth": ["representative.idNumber"],
  "representative.sex": ["representative.idNumber"],
  "representative.idKind": ["representative.idNumber"],
};
const affectedBy = new Map(Object.entries(AFFECTED_BY).map(([path, list]) => [FIELD.get(path), new Set(list.map((p) => FIELD.get(p)))]));

function readOptions(options) {
  const out = { today: undefined, locale: "en", bilingual: false, isolating: false };
  if (options === undefined || options === null) return out;
  if (typeof options !== "object" || Array.isArray(options)) throw new TypeError("options must be an object");
  for (const [key, value] of Object.entries(options)) {
    if (!OPTIONS.includes(key)) throw new TypeError(`unknown option "${key}": the options are ${OPTIONS.join(", ")}`);
    if (value === undefined) continue;
    if (key === "today") {
      if (typeof value !== "string") throw new TypeError("`today` must be a string written YYYY-MM-DD");
      out.today = parseDate(value);
      if (!out.today) throw new RangeError(`\`today\` must be a real date written YYYY-MM-DD, not "${value}"`);
    } else if (key === "locale") {
      if (typeof value !== "string") throw new TypeError('`locale` must be a string such as "en" or "ja"');
      out.locale = value;
    } else {
      if (typeof value !== "boolean") throw new TypeError(`\`${key}\` must be true or false`);
      out[key] = value;
    }
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

  function judge(form, options) {
    const opts = readOptions(options);
    const today = opts.today ?? todayInVietnam();
    const findings = new Findings();
    let derived = { age: null, representativeRequired: null, maxLevel: null };
    let normalized = {};
    if (!isObject(form)) findings.add(ROOT, "invalid-type");
    else {
      checkShape(form, findings);
      const read = readForm(form, findings);
      runRules(new Check(read, findings, today, tables));
      derived = derivedOf(read, findings, today);
      normalized = normalizedOf(read, findings);
    }
    const locale = messages.negotiate(opts.locale);
    const issues = findings.sorted().map((issue) => {
      const example = issue.code === "passport-number-pattern" ? passportPatternOf(issue.params.state)?.example : undefined;
      return {
        path: issue.path,
        code: issue.code,
        severity: issue.severity,
        params: issue.params,
        message: messages.issueMessage(locale, opts, issue, example),
        field: issue.field,
        block: issue.block,
      };
    });
    return { today, locale, issues, derived, normalized };
  }

  const plain = ({ path, code, severity, params, message }) => ({ path, code, severity, params, message });

  /** Validates an application; a failed validation is a report, never a throw (only misused options throw). */
  function validate(form, options) {
    const { today, locale, issues, derived, normalized } = judge(form, options);
    return {
      specVersion: SPEC_VERSION,
      valid: !issues.some((i) => i.severity === "error"),
      referenceDate: today.s,
      locale,
      issues: issues.map(plain),
      derived,
      normalized,
    };
  }

  /** The issues of one field and of the fields whose rules read it. */
  function validateField(path, form, options) {
    if (typeof path !== "string") throw new TypeError('the path must be a string such as "contact.phone"');
    const field = FIELD.get(path);
    if (!field || field === ROOT) throw new Error(`the form has no field ${JSON.stringify(path)}`);
    const affected = affectedBy.get(field);
    return judge(form, options)
      .issues.filter((i) => (i.field ? isWithin(i.field, field) || affected?.has(i.field) : isWithin(i.block, field)))
      .map(plain);
  }

  return { validate, validateField, locales: () => [...messages.locales] };
}

