// The context the rules judge an application in. A rule reads the form only
// through a Rule opened at the field it judges, and every read is recorded
// whether or not the rule reports, so validateField knows which fields' issues
// depend on a field (FORM.md 1.1, "Checking one field") from what the rules
// actually read, not from a list kept beside them.
import { ageOn } from "./text.mjs";
import { BLOCK, FIELD } from "./wire.mjs";

export const MAX_AGE = 130;
export const LEVEL_2_MIN_AGE = 6;
export const REPRESENTED_UNDER = 14;
export const REPRESENTATIVE_MIN_AGE = 18;

const LEVEL = FIELD.get("level");
const DOB = FIELD.get("applicant.dateOfBirth");
const WARD = FIELD.get("applicant.ward");

/** Whether an applicant needs a representative (a ward, or under 14); undefined when that cannot be known. */
export function representativeRequired(ward, age) {
  if (ward === true) return true;
  return age === undefined ? undefined : age < REPRESENTED_UNDER;
}

/** What the rules share while they judge one application, and every rule that ran. */
export class Check {
  constructor(form, findings, today, tables) {
    this.form = form;
    this.findings = findings;
    this.today = today;
    this.tables = tables;
    /** Every rule opened, with what it judges and what it read. */
    this.rules = [];
  }

  /** Opens a rule that judges `field`: it may report there, and only there. */
  rule(field) {
    const rule = new Rule(this, field, field.lo, field.hi);
    this.rules.push(rule);
    return rule;
  }

  /**
   * Opens a rule that judges `block` and everything inside it: it may report at
   * the block and remove every issue inside it (a block found not applicable).
   */
  ruleOver(block) {
    const rule = new Rule(this, block, block.withinLo, block.withinHi);
    this.rules.push(rule);
    return rule;
  }

  /**
   * Every field whose issues can change when the given values of the set
   * `changed` change: those fields themselves, and, again and again until
   * nothing is added, the fields judged by a rule that read one of those values
   * or one of the reached fields' issues. Sets are `[lo, hi]` (see wire.mjs).
   */
  judgedWhen([changedLo, changedHi]) {
    let lo = changedLo;
    let hi = changedHi;
    for (;;) {
      const before = [lo, hi];
      for (const rule of this.rules) {
        const readChanged = ((rule.valuesLo & changedLo) | (rule.valuesHi & changedHi)) !== 0;
        if (readChanged || ((rule.issuesLo & lo) | (rule.issuesHi & hi)) !== 0) {
          lo |= rule.judgedLo;
          hi |= rule.judgedHi;
        }
      }
      if (lo === before[0] && hi === before[1]) return [lo, hi];
    }
  }
}

/** One rule while it runs: the field it judges, and what it has read so far. */
class Rule {
  constructor(check, at, judgedLo, judgedHi) {
    this.check = check;
    this.at = at;
    this.judgedLo = judgedLo;
    this.judgedHi = judgedHi;
    // The fields whose values it read, and those whose issues it read.
    this.valuesLo = 0;
    this.valuesHi = 0;
    this.issuesLo = 0;
    this.issuesHi = 0;
  }

  get today() {
    return this.check.today;
  }

  get tables() {
    return this.check.tables;
  }

  readValue(field) {
    this.valuesLo |= field.lo;
    this.valuesHi |= field.hi;
  }

  /** Whether the field was given at all (with or without an error). */
  isGiven(field) {
    this.readValue(field);
    return this.check.form.given[field.index] !== undefined;
  }

  /** Whether a block was given as an object (its fields can then be given). */
  isBlock(block) {
    this.readValue(block);
    return this.check.form.read[block.index] === BLOCK;
  }

  /** Whether the field carries an error so far. */
  hasError(field) {
    this.issuesLo |= field.lo;
    this.issuesHi |= field.hi;
    return this.check.findings.hasError(field);
  }

  /** The value of a field that has no error (a rule never judges with a field that has one). */
  usable(field) {
    if (this.hasError(field)) return undefined;
    this.readValue(field);
    return this.check.form.read[field.index];
  }

  /** The trimmed text of a field that has no error. */
  text(field) {
    const value = this.usable(field);
    return typeof value === "string" ? value : undefined;
  }

  /** The date (`{ y, m, d, s }`) of a field that has no error. */
  date(field) {
    const value = this.usable(field);
    return typeof value === "object" && value !== null ? value : undefined;
  }

  /** The flag of a field that has no error. */
  flag(field) {
    const value = this.usable(field);
    return typeof value === "boolean" ? value : undefined;
  }

  /** The account level, when it has no error. */
  level() {
    const value = this.usable(LEVEL);
    return typeof value === "number" ? value : undefined;
  }

  /** The applicant's completed years, from a date of birth with no error. */
  applicantAge() {
    const born = this.date(DOB);
    return born ? ageOn(born, this.today) : undefined;
  }

  /** Whether the applicant needs a representative; undefined when that cannot be known. */
  representativeRequired() {
    const ward = this.flag(WARD);
    const age = this.applicantAge();
    return representativeRequired(ward, age);
  }

  /** Records an issue at the field this rule judges (one issue per field). */
  report(code, params = {}) {
    this.check.findings.add(this.at, code, params);
  }

  /** What the rules made of the judged field's value, for the normalized application. */
  normalize(value) {
    this.check.form.normalized[this.at.index] = value;
  }

  /** Forgets every issue inside the judged block (not the block's own); only for `ruleOver`. */
  clearInside() {
    this.check.findings.clearWithin(this.at);
  }
}
