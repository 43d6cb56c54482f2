// The wire format of FORM.md: the field table (wire order), its zod schema (built
// once, at module load) and the reading of an input into per-field values.
//
// zod judges the shape: types, enumerations, dates, lengths, required fields and
// unknown keys (strict objects). Every schema's error map answers with the
// report's own code, so a zod issue maps straight onto a report issue.
import * as z from "zod";
import { codePoints, nfkc, parseDate, trimWs } from "./text.mjs";

export const SEXES = ["M", "F", "X"];
export const RELATIONSHIPS = ["parent", "guardian", "legal-representative"];
export const ID_KINDS = ["vn-personal-id", "passport"];
export const RESIDENCE_CARD_KINDS = ["temporary", "permanent"];
export const PHONE_OWNERS = ["applicant", "representative"];
export const NAME_MAX = 100;
export const TEXT_MAX = 100;
export const EMAIL_MAX = 254;

// path, kind, presence, options
const TABLE = [
  ["", "block", "required"],
  ["level", "level", "required"],
  ["applicant", "block", "required"],
  ["applicant.fullName", "name", "required"],
  ["applicant.dateOfBirth", "date", "required"],
  ["applicant.sex", "choice", "required", SEXES],
  ["applicant.nationality", "country", "required"],
  ["applicant.ward", "flag", "optional"],
  ["applicant.passport", "block", "required"],
  ["applicant.passport.number", "document-number", "required"],
  ["applicant.passport.issuingState", "country", "required"],
  ["applicant.passport.issueDate", "date", "required"],
  ["applicant.passport.expiryDate", "date", "required"],
  ["applicant.passport.placeOfIssue", "text", "optional"],
  ["applicant.passport.mrz", "mrz", "optional"],
  ["applicant.residenceCard", "block", "required"],
  ["applicant.residenceCard.kind", "choice", "required", RESIDENCE_CARD_KINDS],
  ["applicant.residenceCard.number", "document-number", "required"],
  ["applicant.residenceCard.symbol", "residence-symbol", "conditional"],
  ["applicant.residenceCard.issueDate", "date", "required"],
  ["applicant.residenceCard.expiryDate", "date", "conditional"],
  ["contact", "block", "conditional"],
  ["contact.phone", "phone", "conditional"],
  ["contact.phoneOwner", "choice", "conditional", PHONE_OWNERS],
  ["contact.phoneOwnershipConfirmed", "flag", "conditional"],
  ["contact.email", "email", "optional"],
  ["representative", "block", "conditional"],
  ["representative.fullName", "name", "required"],
  ["representative.relationship", "choice", "required", RELATIONSHIPS],
  ["representative.dateOfBirth", "date", "required"],
  ["representative.sex", "choice", "required", SEXES],
  ["representative.nationality", "country", "required"],
  ["representative.idKind", "choice", "required", ID_KINDS],
  ["representative.idNumber", "document-number", "required"],
  ["representative.hasLevel2Account", "flag", "conditional"],
];

/** Every field in wire order: `{ index, path, key, parent, kind, presence, options, children }`. */
export const FIELDS = TABLE.map(([path, kind, presence, options], index) => ({
  index,
  path,
  key: path.slice(path.lastIndexOf(".") + 1),
  parent: null,
  kind,
  presence,
  options,
  children: [],
}));
export const FIELD = new Map(FIELDS.map((f) => [f.path, f]));
for (const field of FIELDS.slice(1)) {
  const dot = field.path.lastIndexOf(".");
  field.parent = FIELD.get(dot < 0 ? "" : field.path.slice(0, dot));
  field.parent.children.push(field);
}
export const ROOT = FIELDS[0];

/** Whether `field` is `block` or lies inside it. */
export function isWithin(field, block) {
  for (let f = field; ; f = f.parent) {
    if (f === block) return true;
    if (f === ROOT) return false;
  }
}

/** The position after the last field of a block: where its unknown keys sort. */
for (const block of FIELDS) {
  let last = block.index;
  for (const f of FIELDS) if (isWithin(f, block)) last = f.index;
  block.endOfBlock = last + 1;
}

// ---- Sets of fields -------------------------------------------------------------------
//
// The form has 35 fields, so a set of them is two 32-bit masks, `lo` for fields
// 0-31 and `hi` for the rest: the rules record what they read in such sets on
// every call, so they must cost nothing to build. Each field carries its own
// bit (`lo`, `hi`) and the set of itself and everything inside it (`withinLo`,
// `withinHi`).
for (const field of FIELDS) {
  field.lo = field.index < 32 ? 1 << field.index : 0;
  field.hi = field.index < 32 ? 0 : 1 << (field.index - 32);
  field.withinLo = 0;
  field.withinHi = 0;
}
for (const field of FIELDS) {
  for (let block = field; ; block = block.parent) {
    block.withinLo |= field.lo;
    block.withinHi |= field.hi;
    if (block === ROOT) break;
  }
}

/** Whether the set (`lo`, `hi`) holds `field`. */
export const setHas = (lo, hi, field) => ((lo & field.lo) | (hi & field.hi)) !== 0;

const STRING_KINDS = new Set(["name", "text", "date", "choice", "country", "document-number", "residence-symbol", "phone", "email", "mrz"]);
export const isStringKind = (kind) => STRING_KINDS.has(kind);
export const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const has = (map, key) => Object.hasOwn(map, key) && map[key] !== undefined;

/**
 * A block counts as missing when nothing in it is given: no unknown key, and
 * every known field null, blank text or a blank block.
 */
export function isBlankBlock(block, map, apart = undefined) {
  for (const key of Object.keys(map)) {
    if (key === apart) continue;
    const value = map[key];
    if (value === undefined) continue; // JSON has no undefined: the key is absent
    const field = block.children.find((f) => f.key === key);
    if (!field) return false;
    if (value === null) continue;
    if (typeof value === "string") {
      if (trimWs(value) === "") continue;
      return false;
    }
    if (field.kind === "block" && isObject(value) && isBlankBlock(field, value)) continue;
    return false;
  }
  return true;
}

/** The input's value at a field's path, if every block on the way is an object. */
function valueAt(input, field) {
  if (field === ROOT) return input;
  const map = valueAt(input, field.parent);
  return isObject(map) && Object.hasOwn(map, field.key) ? map[field.key] : undefined;
}

/**
 * The fields whose given values can change when the value at `field` changes,
 * in `input` as it is (FORM.md 1.1, "Checking one field"), as a set (`[lo, hi]`):
 * the field and what lies inside it, and every field of a block above it that
 * holds nothing else, since the field then decides whether that block is given
 * at all (the top level too: a form holding nothing but the field may have been
 * no object before it).
 */
export function mayChange(input, field) {
  let lo = field.withinLo;
  let hi = field.withinHi;
  for (let child = field; ; child = child.parent) {
    const block = child.parent;
    const map = valueAt(input, block);
    if (!isObject(map) || isBlankBlock(block, map, child.key)) {
      lo |= block.withinLo;
      hi |= block.withinHi;
    }
    if (block === ROOT) return [lo, hi];
  }
}

// ---- The zod schema -----------------------------------------------------------------

const missing = (iss) => iss.input === undefined;
const typeError = (iss) => (missing(iss) ? "required" : "invalid-type");
const dateError = (iss) => (missing(iss) ? "required" : iss.code === "invalid_type" ? "invalid-type" : "invalid-date");
const choiceError = (iss) => (missing(iss) ? "required" : typeof iss.input === "string" ? "invalid-value" : "invalid-type");

const tooLong = (max, counted = (s) => s) =>
  z.superRefine((value, ctx) => {
    if (codePoints(counted(value)) > max) ctx.addIssue({ code: "custom", message: "too-long", params: { max } });
  });

/** Null, undefined and blank text are missing; text is trimmed. */
const blankText = (v) => {
  if (typeof v !== "string") return v ?? undefined;
  const trimmed = trimWs(v);
  return trimmed === "" ? undefined : trimmed;
};

function schemaOf(field) {
  let schema;
  let missingValue = (v) => v ?? undefined;
  switch (field.kind) {
    case "block":
      schema = z.strictObject(Object.fromEntries(field.children.map((c) => [c.key, schemaOf(c)])), { error: typeError });
      missingValue = (v) => (v == null || (isObject(v) && isBlankBlock(field, v)) ? undefined : v);
      break;
    case "level":
      schema = z.number({ error: typeError }).refine((n) => n === 1 || n === 2, { error: "invalid-value" });
      break;
    case "flag":
      schema = z.boolean({ error: typeError });
      break;
    case "date":
      schema = z.iso.date({ error: dateError });
      break;
    case "choice":
      schema = z.enum(field.options, { error: choiceError });
      break;
    case "name":
      schema = z.string({ error: typeError }).check(tooLong(NAME_MAX, (s) => trimWs(nfkc(s))));
      break;
    case "text":
      schema = z.string({ error: typeError }).check(tooLong(TEXT_MAX));
      break;
    case "email":
      schema = z.string({ error: typeError }).check(tooLong(EMAIL_MAX));
      break;
    default:
      schema = z.string({ error: typeError });
  }
  if (field.presence !== "required") schema = schema.optional();
  // Whitespace alone is missing for every field (FORM.md, Values); a block's
  // missing value is also an object with nothing given.
  if (field.kind === "block") {
    const blockMissing = missingValue;
    missingValue = (v) => blockMissing(blankText(v));
  } else missingValue = blankText;
  return z.preprocess(missingValue, schema);
}

/** The application's schema: the root block, as FORM.md's wire format. */
export const applicationSchema = z.strictObject(
  Object.fromEntries(ROOT.children.map((c) => [c.key, schemaOf(c)])),
  { error: typeError },
);

// ---- Reading --------------------------------------------------------------------------

/** The input as the report echoes it: NaN, Infinity, BigInt, functions as `[]`, nesting cut at 16. */
export function canonical(value, depth = 0) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return value;
    case "number":
      return Number.isFinite(value) ? value : [];
    case "object":
      if (value === null) return null;
      if (Array.isArray(value)) return depth < 16 ? value.map((v) => (v === undefined ? null : canonical(v, depth + 1))) : [];
      if (depth >= 16) return {};
      {
        const out = {};
        for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = canonical(v, depth + 1);
        return out;
      }
    default:
      return value === undefined ? null : [];
  }
}

export const BLOCK = Symbol("block");

/**
 * Reads the input into slots (one per field): `given` (the trimmed input, or the
 * echo of a wrongly typed value) and `read` (the value, for fields zod found no
 * fault with: trimmed text, a parsed date, a flag, a level).
 */
export function readForm(input, findings) {
  const given = new Array(FIELDS.length);
  const read = new Array(FIELDS.length);
  given[0] = BLOCK;
  read[0] = BLOCK;
  const readBlock = (block, map) => {
    for (const field of block.children) {
      if (!has(map, field.key)) continue;
      const value = map[field.key];
      if (value === null) continue;
      if (typeof value === "string" && trimWs(value) === "") continue;
      const i = field.index;
      switch (field.kind) {
        case "block":
          if (isObject(value)) {
            if (isBlankBlock(field, value)) continue;
            given[i] = BLOCK;
            read[i] = BLOCK;
            readBlock(field, value);
          } else given[i] = typeof value === "string" ? trimWs(value) : canonical(value);
          continue;
        case "level":
        case "flag":
          given[i] = typeof value === "string" ? trimWs(value) : canonical(value);
          break;
        default:
          if (typeof value !== "string") {
            given[i] = canonical(value);
            continue;
          }
          {
            const trimmed = trimWs(value);
            if (trimmed === "") continue;
            given[i] = trimmed;
          }
      }
      if (!findings.hasError(field)) read[i] = field.kind === "date" ? parseDate(given[i]) : given[i];
    }
  };
  readBlock(ROOT, input);
  return { given, read, normalized: new Array(FIELDS.length) };
}

/** Runs the schema; its issues become findings (unknown keys one by one, in input order). */
export function checkShape(input, findings) {
  const result = applicationSchema.safeParse(input);
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    if (issue.code === "unrecognized_keys") {
      const block = FIELD.get(path);
      let map = input;
      for (const key of issue.path) map = map[key];
      let order = 0;
      for (const key of issue.keys) if (map[key] !== undefined) findings.addUnknown(block, key, order++);
    } else {
      findings.add(FIELD.get(path), issue.message, issue.params ?? {});
    }
  }
}
