// The rules of FORM.md, one family per section below, run in the order the spec
// lists them. Each rule opens a Rule (check.mjs) at the field it judges and
// reads the form only through it, so what it read is known afterwards; a field
// that already carries an error hands out nothing, so one mistake yields one
// issue. The contact rules (contact, phone, email) are in contact.mjs.
import { LEVEL_2_MIN_AGE, MAX_AGE, REPRESENTATIVE_MIN_AGE } from "./check.mjs";
import { contact, email, phone } from "./contact.mjs";
import { dateMatches, nameMatches, readTd3 } from "./mrz.mjs";
import { passportPatternOf } from "./passport-patterns.mjs";
import { ageOn, anniversary, daysBetween, documentNumber, mrzDigits, nfkc, trimWs } from "./text.mjs";
import { FIELD } from "./wire.mjs";

const f = (path) => FIELD.get(path);
const LEVEL = f("level");
const NAME = f("applicant.fullName");
const DOB = f("applicant.dateOfBirth");
const SEX = f("applicant.sex");
const NATIONALITY = f("applicant.nationality");
const PASSPORT_NUMBER = f("applicant.passport.number");
const ISSUING_STATE = f("applicant.passport.issuingState");
const PASSPORT_ISSUED = f("applicant.passport.issueDate");
const PASSPORT_EXPIRES = f("applicant.passport.expiryDate");
const MRZ = f("applicant.passport.mrz");
const CARD_KIND = f("applicant.residenceCard.kind");
const CARD_NUMBER = f("applicant.residenceCard.number");
const CARD_SYMBOL = f("applicant.residenceCard.symbol");
const CARD_ISSUED = f("applicant.residenceCard.issueDate");
const CARD_EXPIRES = f("applicant.residenceCard.expiryDate");
const REPRESENTATIVE = f("representative");
const REP_NAME = f("representative.fullName");
const REP_DOB = f("representative.dateOfBirth");
const REP_SEX = f("representative.sex");
const REP_NATIONALITY = f("representative.nationality");
const REP_ID_KIND = f("representative.idKind");
const REP_ID_NUMBER = f("representative.idNumber");
const REP_LEVEL_2 = f("representative.hasLevel2Account");

const DAYS_BEFORE_PASSPORT_EXPIRY = 30;
const ASCII_SYMBOLS = { LD1: "LĐ1", LD2: "LĐ2", DT1: "ĐT1", DT2: "ĐT2", DT3: "ĐT3" };
const PASSPORT_SHAPE = /^[A-Z0-9]{1,9}$/;
const CARD_NUMBER_SHAPE = /^[A-Z0-9]{6,20}$/;
const PERSONAL_ID_SHAPE = /^[0-9]{12}$/;
const sameState = (a, b) => (a === "D" ? "DEU" : a) === (b === "D" ? "DEU" : b);

/** Every rule family, in the order FORM.md lists the rules. */
const ORDER = [names, eligibility, nationality, passport, documentDates, mrz, residenceCard, contact, phone, email, representative];

export function runRules(check) {
  for (const family of ORDER) family(check);
}

// ---- Names ------------------------------------------------------------------------------

const namePatterns = new WeakMap();
function nameRegexes(tables) {
  let patterns = namePatterns.get(tables);
  if (!patterns) {
    // A letter of the Latin script, as the engine's Unicode knows it.
    const letter = "(?:(?=\\p{Script=Latin})\\p{L})";
    const marks = "[\\u0300-\\u034E\\u0350-\\u036F\\u1AB0-\\u1AFF\\u1DC0-\\u1DFF\\uFE20-\\uFE2F]";
    patterns = {
      shape: new RegExp(`^(?:${letter}${marks}*|[ '\\u2019.\\-])*$`, "u"),
      letter: new RegExp(letter, "u"),
    };
    namePatterns.set(tables, patterns);
  }
  return patterns;
}

/** The name in NFC upper case with runs of spaces as one, or null when it is not a name. */
export function normalizeName(input, tables) {
  const folded = nfkc(input);
  const { shape, letter } = nameRegexes(tables);
  const trimmed = trimWs(folded);
  if (!shape.test(trimmed) || !letter.test(trimmed)) return null;
  return folded.split(" ").filter(Boolean).join(" ").toUpperCase().normalize("NFC");
}

/** `name-invalid` for the applicant's and the representative's names. */
function names(check) {
  for (const field of [NAME, REP_NAME]) {
    const rule = check.rule(field);
    const name = rule.text(field);
    if (name === undefined) continue;
    const normalized = normalizeName(name, rule.tables);
    if (normalized === null) rule.report("name-invalid");
    else rule.normalize(normalized);
  }
}

// ---- Ages and eligibility ---------------------------------------------------------------

/** `date-in-future` and `age-implausible` for both dates of birth, then `level-2-needs-age-6`. */
function eligibility(check) {
  for (const field of [DOB, REP_DOB]) {
    const rule = check.rule(field);
    const born = rule.date(field);
    if (!born) continue;
    if (born.s > rule.today.s) rule.report("date-in-future", { date: born.s });
    else if (ageOn(born, rule.today) > MAX_AGE) rule.report("age-implausible", { max: MAX_AGE });
  }
  const rule = check.rule(LEVEL);
  if (rule.level() === 2) {
    const age = rule.applicantAge();
    if (age !== undefined && age < LEVEL_2_MIN_AGE) rule.report("level-2-needs-age-6", { age });
  }
}

// ---- Nationality ------------------------------------------------------------------------

/** `nationality-unknown` for every nationality and issuing state, then `nationality-vietnamese`. */
function nationality(check) {
  for (const field of [NATIONALITY, ISSUING_STATE, REP_NATIONALITY]) {
    const rule = check.rule(field);
    const code = rule.text(field);
    if (code === undefined) continue;
    if (!rule.tables.nationalities.has(code)) rule.report("nationality-unknown");
    else if (field === NATIONALITY && code === "VNM") rule.report("nationality-vietnamese");
  }
}

// ---- Passport ---------------------------------------------------------------------------

/** `passport-number-format`, then the `passport-number-pattern` warning. */
function passport(check) {
  const rule = check.rule(PASSPORT_NUMBER);
  const raw = rule.text(PASSPORT_NUMBER);
  if (raw === undefined) return;
  const number = documentNumber(raw);
  if (!PASSPORT_SHAPE.test(number)) {
    rule.report("passport-number-format");
    return;
  }
  rule.normalize(number);
  const state = rule.text(ISSUING_STATE);
  if (state === undefined) return;
  const known = passportPatternOf(state);
  if (known && !known.pattern.test(number)) rule.report("passport-number-pattern", { state });
}

// ---- Document dates ---------------------------------------------------------------------

const DOCUMENTS = [
  [PASSPORT_ISSUED, PASSPORT_EXPIRES],
  [CARD_ISSUED, CARD_EXPIRES],
];

/** `document-expired`, `issued-in-future`, `issued-before-birth`, `expiry-before-issue`. */
function documentDates(check) {
  for (const [, expiry] of DOCUMENTS) {
    const rule = check.rule(expiry);
    const date = rule.date(expiry);
    if (date && date.s < rule.today.s) rule.report("document-expired", { date: date.s });
  }
  for (const [issue] of DOCUMENTS) {
    const rule = check.rule(issue);
    const date = rule.date(issue);
    if (date && date.s > rule.today.s) rule.report("issued-in-future", { date: date.s });
  }
  for (const [issue] of DOCUMENTS) {
    const rule = check.rule(issue);
    const born = rule.date(DOB);
    const date = rule.date(issue);
    if (born && date && date.s < born.s) rule.report("issued-before-birth");
  }
  for (const [issue, expiry] of DOCUMENTS) {
    const rule = check.rule(expiry);
    const issued = rule.date(issue);
    const expires = rule.date(expiry);
    if (issued && expires && expires.s <= issued.s) rule.report("expiry-before-issue");
  }
}

// ---- MRZ --------------------------------------------------------------------------------

/** The typed fields compared with the MRZ, in the order they are compared. */
const MISMATCH_ORDER = [NAME, PASSPORT_NUMBER, ISSUING_STATE, NATIONALITY, DOB, PASSPORT_EXPIRES, SEX];

/** `mrz-format` and `mrz-check-digit` at the MRZ, then `mrz-mismatch` at each typed field it disagrees with. */
function mrz(check) {
  const td3 = checkLines(check.rule(MRZ));
  // Every comparison is opened as a rule even without a usable MRZ, so each
  // records that its field's issues depend on the MRZ.
  for (const field of MISMATCH_ORDER) {
    const rule = check.rule(field);
    if (rule.text(MRZ) === undefined || !td3) continue;
    const compared = compare(rule, field, td3);
    if (compared && !compared.agrees) rule.report("mrz-mismatch", { mrz: compared.mrz });
  }
}

/** `mrz-format` and `mrz-check-digit`; the MRZ when both pass. */
function checkLines(rule) {
  const text = rule.text(MRZ);
  if (text === undefined) return null;
  const td3 = readTd3(text);
  if (!td3) {
    rule.report("mrz-format");
    return null;
  }
  rule.normalize(td3.lines.join("\n"));
  if (td3.failedCheck) {
    rule.report("mrz-check-digit", { field: td3.failedCheck });
    return null;
  }
  return td3;
}

/** Whether a typed field agrees with the MRZ, and the MRZ's own text for it; null when the field is missing or has an error. */
function compare(rule, field, td3) {
  switch (field) {
    case NAME: {
      const name = rule.text(field);
      if (name === undefined) return null;
      const typed = normalizeName(name, rule.tables) ?? name;
      return { agrees: nameMatches(typed, td3.name, td3.nameTruncated, rule.tables.transliteration), mrz: td3.name };
    }
    case PASSPORT_NUMBER: {
      const number = rule.text(field);
      if (number === undefined) return null;
      return { agrees: documentNumber(number) === td3.number, mrz: td3.number };
    }
    case ISSUING_STATE:
    case NATIONALITY: {
      const code = rule.text(field);
      if (code === undefined) return null;
      const mrzCode = field === ISSUING_STATE ? td3.issuingState : td3.nationality;
      return { agrees: sameState(code, mrzCode), mrz: mrzCode };
    }
    case DOB:
    case PASSPORT_EXPIRES: {
      const date = rule.date(field);
      if (!date) return null;
      const digits = field === DOB ? td3.dateOfBirth : td3.expiryDate;
      return { agrees: dateMatches(mrzDigits(date), digits), mrz: digits };
    }
    case SEX: {
      const sex = rule.text(field);
      if (sex === undefined) return null;
      return { agrees: sex === td3.sex, mrz: td3.sex };
    }
    default:
      return null;
  }
}

// ---- Residence card ---------------------------------------------------------------------

/** The symbol as the law writes it: only LD1 LD2 DT1 DT2 DT3 map to their Đ forms. */
const symbolOf = (text, tables) => tables.residenceSymbols.get(ASCII_SYMBOLS[text] ?? text);

/** `residence-card-number-format`; a temporary card's symbol and expiry date; no symbol on a permanent card. */
function residenceCard(check) {
  const rule = check.rule(CARD_NUMBER);
  const raw = rule.text(CARD_NUMBER);
  if (raw !== undefined) {
    const number = documentNumber(raw);
    if (CARD_NUMBER_SHAPE.test(number)) rule.normalize(number);
    else rule.report("residence-card-number-format");
  }
  cardSymbol(check.rule(CARD_SYMBOL));
  cardExpiry(check.rule(CARD_EXPIRES));
}

function cardSymbol(rule) {
  const kind = rule.text(CARD_KIND);
  if (kind === "temporary") {
    if (!rule.isGiven(CARD_SYMBOL)) rule.report("required");
    else {
      const text = rule.text(CARD_SYMBOL);
      if (text === undefined) return;
      const symbol = symbolOf(text, rule.tables);
      if (symbol) rule.normalize(symbol.symbol);
      else rule.report("residence-symbol-unknown");
    }
  } else if (kind === "permanent" && rule.isGiven(CARD_SYMBOL)) {
    rule.report("invalid-value");
  }
}

function cardExpiry(rule) {
  if (rule.text(CARD_KIND) !== "temporary") return;
  if (!rule.isGiven(CARD_EXPIRES)) rule.report("required");
  const text = rule.text(CARD_SYMBOL);
  const symbol = text === undefined ? undefined : symbolOf(text, rule.tables);
  if (symbol) {
    const issued = rule.date(CARD_ISSUED);
    const expires = rule.date(CARD_EXPIRES);
    if (issued && expires && expires.s > anniversary(issued, symbol.maxYears).s) {
      rule.report("residence-validity-too-long", { symbol: symbol.symbol, years: symbol.maxYears });
    }
  }
  const card = rule.date(CARD_EXPIRES);
  const passportExpires = rule.date(PASSPORT_EXPIRES);
  if (card && passportExpires && daysBetween(card, passportExpires) < DAYS_BEFORE_PASSPORT_EXPIRY) {
    rule.report("residence-outlasts-passport", { days: DAYS_BEFORE_PASSPORT_EXPIRY });
  }
}

// ---- Representative ---------------------------------------------------------------------

/**
 * In FORM.md's order: `representative-required` or `representative-not-applicable`
 * at the block, `representative-too-young`, `representative-needs-level-2` (or
 * `required`), then the ID number.
 */
function representative(check) {
  representativePresence(check.ruleOver(REPRESENTATIVE));
  representativeAge(check.rule(REP_DOB));
  representativeLevel2(check.rule(REP_LEVEL_2));
  representativeIdNumber(check.rule(REP_ID_NUMBER));
}

function representativePresence(rule) {
  const required = rule.representativeRequired();
  const given = rule.isGiven(REPRESENTATIVE);
  if (required === true && !given) rule.report("representative-required");
  else if (required === false && given) {
    // Reported once; the block's own fields are not judged.
    rule.clearInside();
    rule.report("representative-not-applicable");
  }
}

/** Whether the block's fields are judged: it is given and has no error of its own. */
const judged = (rule) => rule.isGiven(REPRESENTATIVE) && !rule.hasError(REPRESENTATIVE);

function representativeAge(rule) {
  if (!judged(rule)) return;
  const born = rule.date(REP_DOB);
  if (!born) return;
  const age = ageOn(born, rule.today);
  if (age < REPRESENTATIVE_MIN_AGE) rule.report("representative-too-young", { age, min: REPRESENTATIVE_MIN_AGE });
}

function representativeLevel2(rule) {
  if (!judged(rule) || rule.level() !== 1 || rule.representativeRequired() !== true) return;
  const hasLevel2 = rule.flag(REP_LEVEL_2);
  if (hasLevel2 === false) rule.report("representative-needs-level-2");
  else if (hasLevel2 === undefined && !rule.isGiven(REP_LEVEL_2)) rule.report("required");
}

function representativeIdNumber(rule) {
  if (!judged(rule)) return;
  const raw = rule.text(REP_ID_NUMBER);
  if (raw === undefined) return;
  const number = documentNumber(raw);
  const kind = rule.text(REP_ID_KIND);
  if (kind === "passport") {
    if (!PASSPORT_SHAPE.test(number)) {
      rule.report("passport-number-format");
      return;
    }
    rule.normalize(number);
  } else if (kind === "vn-personal-id") {
    if (!PERSONAL_ID_SHAPE.test(number)) {
      rule.report("personal-id-format");
      return;
    }
    rule.normalize(number);
    const sex = rule.text(REP_SEX);
    const born = rule.date(REP_DOB);
    const part = personalIdDisagreement(number, sex, born);
    if (part) rule.report("personal-id-mismatch", { part });
    else if (!rule.tables.provinces.has(number.slice(0, 3))) {
      rule.report("personal-id-province-unknown", { province: number.slice(0, 3) });
    }
  }
  const passportNumber = rule.text(PASSPORT_NUMBER);
  if (passportNumber !== undefined && documentNumber(passportNumber) === number) {
    rule.report("representative-is-applicant");
  }
}

/** The first of sex, century, year that disagrees with the holder (G: 0/1 1900s, 2/3 2000s, ...). */
function personalIdDisagreement(number, sex, born) {
  const g = number.charCodeAt(3) - 48;
  const yy = +number.slice(4, 6);
  const female = g % 2 === 1;
  if ((sex === "M" && female) || (sex === "F" && !female)) return "sex";
  if (!born) return undefined;
  if (1900 + Math.floor(g / 2) * 100 !== born.y - (born.y % 100)) return "century";
  return yy !== born.y % 100 ? "year" : undefined;
}
