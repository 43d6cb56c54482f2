// The rules of FORM.md, in the order it lists them. A rule asks the Check for the
// values it needs; a field that already carries an error hands out nothing, so
// one mistake yields one issue.
import { judgePhone, isValidEmail } from "./contact.mjs";
import { passportPatternOf } from "./passport-patterns.mjs";
import { dateMatches, nameMatches, readTd3 } from "./mrz.mjs";
import { ageOn, anniversary, daysBetween, documentNumber, mrzDigits, nfkc, trimWs } from "./text.mjs";
import { FIELD, isStringKind } from "./wire.mjs";

const f = (path) => FIELD.get(path);
const LEVEL = f("level");
const NAME = f("applicant.fullName");
const DOB = f("applicant.dateOfBirth");
const SEX = f("applicant.sex");
const NATIONALITY = f("applicant.nationality");
const WARD = f("applicant.ward");
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
const CONTACT = f("contact");
const PHONE = f("contact.phone");
const PHONE_OWNER = f("contact.phoneOwner");
const PHONE_CONFIRMED = f("contact.phoneOwnershipConfirmed");
const EMAIL = f("contact.email");
const REPRESENTATIVE = f("representative");
const REP_NAME = f("representative.fullName");
const REP_DOB = f("representative.dateOfBirth");
const REP_SEX = f("representative.sex");
const REP_NATIONALITY = f("representative.nationality");
const REP_ID_KIND = f("representative.idKind");
const REP_ID_NUMBER = f("representative.idNumber");
const REP_LEVEL_2 = f("representative.hasLevel2Account");

export const MAX_AGE = 130;
export const LEVEL_2_MIN_AGE = 6;
export const REPRESENTED_UNDER = 14;
const REPRESENTATIVE_MIN_AGE = 18;
const DAYS_BEFORE_PASSPORT_EXPIRY = 30;
const ASCII_SYMBOLS = { LD1: "LĐ1", LD2: "LĐ2", DT1: "ĐT1", DT2: "ĐT2", DT3: "ĐT3" };
const PASSPORT_SHAPE = /^[A-Z0-9]{1,9}$/;
const CARD_NUMBER_SHAPE = /^[A-Z0-9]{6,20}$/;
const PERSONAL_ID_SHAPE = /^[0-9]{12}$/;
const sameState = (a, b) => (a === "D" ? "DEU" : a) === (b === "D" ? "DEU" : b);

export class Check {
  constructor(form, findings, today, tables) {
    Object.assign(this, { form, findings, today, tables });
  }
  add(field, code, params = {}) {
    this.findings.add(field, code, params);
  }
  hasError(field) {
    return this.findings.hasError(field);
  }
  isGiven(field) {
    return this.form.given[field.index] !== undefined;
  }
  /** The value of a field that has no error (text, date, flag or level). */
  value(field) {
    return this.hasError(field) ? undefined : (this.form.read[field.index] ?? undefined);
  }
  text(field) {
    return isStringKind(field.kind) ? this.value(field) : undefined;
  }
  setNormalized(field, value) {
    this.form.normalized[field.index] = value;
  }
  applicantAge() {
    const born = this.value(DOB);
    return born ? ageOn(born, this.today) : undefined;
  }
  /** A ward, or under 14; undefined when that cannot be known. */
  representativeRequired() {
    if (this.value(WARD) === true) return true;
    const age = this.applicantAge();
    return age === undefined ? undefined : age < REPRESENTED_UNDER;
  }
}

export function runRules(check) {
  names(check);
  datesOfBirth(check);
  nationality(check);
  level(check);
  passport(check);
  documentDates(check);
  mrz(check);
  residenceCard(check);
  contact(check);
  representative(check);
}

// ---- Names ------------------------------------------------------------------------------

const namePatterns = new WeakMap();
function nameRegexes(tables) {
  let patterns = namePatterns.get(tables);
  if (!patterns) {
    const letter = `[${tables.latinClass}]`;
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

function names(check) {
  for (const field of [NAME, REP_NAME]) {
    const name = check.text(field);
    if (name === undefined) continue;
    const normalized = normalizeName(name, check.tables);
    if (normalized === null) check.add(field, "name-invalid");
    else check.setNormalized(field, normalized);
  }
}

// ---- Ages and eligibility ---------------------------------------------------------------

function datesOfBirth(check) {
  for (const field of [DOB, REP_DOB]) {
    const born = check.value(field);
    if (!born) continue;
    if (born.s > check.today.s) check.add(field, "date-in-future", { date: born.s });
    else if (ageOn(born, check.today) > MAX_AGE) check.add(field, "age-implausible", { max: MAX_AGE });
  }
}

function level(check) {
  if (check.value(LEVEL) !== 2) return;
  const age = check.applicantAge();
  if (age !== undefined && age < LEVEL_2_MIN_AGE) check.add(LEVEL, "level-2-needs-age-6", { age });
}

// ---- Nationality ------------------------------------------------------------------------

function nationality(check) {
  for (const field of [NATIONALITY, ISSUING_STATE, REP_NATIONALITY]) {
    const code = check.text(field);
    if (code !== undefined && !check.tables.nationalities.has(code)) check.add(field, "nationality-unknown");
  }
  if (check.text(NATIONALITY) === "VNM") check.add(NATIONALITY, "nationality-vietnamese");
}

// ---- Passport ---------------------------------------------------------------------------

function passport(check) {
  const raw = check.text(PASSPORT_NUMBER);
  if (raw !== undefined) {
    const number = documentNumber(raw);
    if (!PASSPORT_SHAPE.test(number)) check.add(PASSPORT_NUMBER, "passport-number-format");
    else {
      check.setNormalized(PASSPORT_NUMBER, number);
      const state = check.text(ISSUING_STATE);
      const known = state !== undefined && passportPatternOf(state);
      if (known && !known.pattern.test(number)) check.add(PASSPORT_NUMBER, "passport-number-pattern", { state });
    }
  }
  if (check.text(REP_ID_KIND) === "passport") {
    const rawId = check.text(REP_ID_NUMBER);
    if (rawId !== undefined) {
      const number = documentNumber(rawId);
      if (PASSPORT_SHAPE.test(number)) check.setNormalized(REP_ID_NUMBER, number);
      else check.add(REP_ID_NUMBER, "passport-number-format");
    }
  }
}

const DOCUMENTS = [
  [PASSPORT_ISSUED, PASSPORT_EXPIRES],
  [CARD_ISSUED, CARD_EXPIRES],
];

function documentDates(check) {
  const today = check.today.s;
  for (const [, expiry] of DOCUMENTS) {
    const date = check.value(expiry);
    if (date && date.s < today) check.add(expiry, "document-expired", { date: date.s });
  }
  for (const [issue] of DOCUMENTS) {
    const date = check.value(issue);
    if (date && date.s > today) check.add(issue, "issued-in-future", { date: date.s });
  }
  const born = check.value(DOB);
  if (born) {
    for (const [issue] of DOCUMENTS) {
      const date = check.value(issue);
      if (date && date.s < born.s) check.add(issue, "issued-before-birth");
    }
  }
  for (const [issue, expiry] of DOCUMENTS) {
    const issued = check.value(issue);
    const expires = check.value(expiry);
    if (issued && expires && expires.s <= issued.s) check.add(expiry, "expiry-before-issue");
  }
}

// ---- MRZ --------------------------------------------------------------------------------

function mrz(check) {
  const text = check.text(MRZ);
  if (text === undefined) return;
  const td3 = readTd3(text);
  if (!td3) {
    check.add(MRZ, "mrz-format");
    return;
  }
  check.setNormalized(MRZ, td3.lines.join("\n"));
  if (td3.failedCheck) {
    check.add(MRZ, "mrz-check-digit", { field: td3.failedCheck });
    return;
  }
  const mismatch = (field, agrees, value) => {
    if (!agrees) check.add(field, "mrz-mismatch", { mrz: value });
  };
  const name = check.text(NAME);
  if (name !== undefined) {
    const typed = normalizeName(name, check.tables) ?? name;
    mismatch(NAME, nameMatches(typed, td3.name, td3.nameTruncated, check.tables.transliteration), td3.name);
  }
  const number = check.text(PASSPORT_NUMBER);
  if (number !== undefined) mismatch(PASSPORT_NUMBER, documentNumber(number) === td3.number, td3.number);
  for (const [field, code] of [
    [ISSUING_STATE, td3.issuingState],
    [NATIONALITY, td3.nationality],
  ]) {
    const typed = check.text(field);
    if (typed !== undefined) mismatch(field, sameState(typed, code), code);
  }
  for (const [field, digits] of [
    [DOB, td3.dateOfBirth],
    [PASSPORT_EXPIRES, td3.expiryDate],
  ]) {
    const date = check.value(field);
    if (date) mismatch(field, dateMatches(mrzDigits(date), digits), digits);
  }
  const sex = check.text(SEX);
  if (sex !== undefined) mismatch(SEX, sex === td3.sex, td3.sex);
}

// ---- Residence card ---------------------------------------------------------------------

function residenceCard(check) {
  const raw = check.text(CARD_NUMBER);
  if (raw !== undefined) {
    const number = documentNumber(raw);
    if (CARD_NUMBER_SHAPE.test(number)) check.setNormalized(CARD_NUMBER, number);
    else check.add(CARD_NUMBER, "residence-card-number-format");
  }
  const kind = check.text(CARD_KIND);
  if (kind === "temporary") temporaryCard(check);
  else if (kind === "permanent" && check.isGiven(CARD_SYMBOL)) check.add(CARD_SYMBOL, "invalid-value");
}

function temporaryCard(check) {
  for (const field of [CARD_SYMBOL, CARD_EXPIRES]) if (!check.isGiven(field)) check.add(field, "required");
  const text = check.text(CARD_SYMBOL);
  let symbol;
  if (text !== undefined) {
    symbol = check.tables.residenceSymbols.get(ASCII_SYMBOLS[text] ?? text);
    if (!symbol) check.add(CARD_SYMBOL, "residence-symbol-unknown");
  }
  if (symbol) {
    check.setNormalized(CARD_SYMBOL, symbol.symbol);
    const issued = check.value(CARD_ISSUED);
    const expires = check.value(CARD_EXPIRES);
    if (issued && expires && expires.s > anniversary(issued, symbol.maxYears).s) {
      check.add(CARD_EXPIRES, "residence-validity-too-long", { symbol: symbol.symbol, years: symbol.maxYears });
    }
  }
  const card = check.value(CARD_EXPIRES);
  const passportExpires = check.value(PASSPORT_EXPIRES);
  if (card && passportExpires && daysBetween(card, passportExpires) < DAYS_BEFORE_PASSPORT_EXPIRY) {
    check.add(CARD_EXPIRES, "residence-outlasts-passport", { days: DAYS_BEFORE_PASSPORT_EXPIRY });
  }
}

// ---- Contact ----------------------------------------------------------------------------

function contact(check) {
  const level = check.value(LEVEL);
  if (!check.isGiven(CONTACT)) {
    if (level === 1) check.add(CONTACT, "contact-required");
    else if (level !== undefined) check.add(CONTACT, "required");
    return;
  }
  if (check.hasError(CONTACT)) return;
  const phoneGiven = check.isGiven(PHONE);
  if (!phoneGiven) {
    if (level === 2) check.add(PHONE, "required");
    else if (level === 1 && !check.isGiven(EMAIL)) check.add(CONTACT, "contact-required");
  }
  const phone = check.text(PHONE);
  if (phone !== undefined) {
    const verdict = judgePhone(phone);
    if (typeof verdict === "string") check.add(PHONE, verdict);
    else check.setNormalized(PHONE, verdict.e164);
  }
  if (phoneGiven) phoneOwner(check);
  const email = check.text(EMAIL);
  if (email !== undefined && !isValidEmail(email)) check.add(EMAIL, "email-invalid");
}

function phoneOwner(check) {
  if (!check.isGiven(PHONE_OWNER)) check.add(PHONE_OWNER, "required");
  const owner = check.text(PHONE_OWNER);
  const represented = check.representativeRequired();
  if (owner !== undefined && represented !== undefined) {
    if (represented && owner === "applicant") check.add(PHONE_OWNER, "phone-owner-must-be-representative");
    else if (!represented && owner === "representative") check.add(PHONE_OWNER, "phone-owner-must-be-applicant");
  }
  if (!check.hasError(PHONE_CONFIRMED) && check.value(PHONE_CONFIRMED) !== true) {
    check.add(PHONE_CONFIRMED, "phone-ownership-unconfirmed");
  }
}

// ---- Representative ---------------------------------------------------------------------

function representative(check) {
  const required = check.representativeRequired();
  const given = check.isGiven(REPRESENTATIVE);
  if (required === true && !given) {
    check.add(REPRESENTATIVE, "representative-required");
    return;
  }
  if (required === false && given) {
    // Reported once; the block's own fields are not judged.
    check.findings.clearWithin(REPRESENTATIVE);
    check.add(REPRESENTATIVE, "representative-not-applicable");
    return;
  }
  if (!given || check.hasError(REPRESENTATIVE)) return;
  const born = check.value(REP_DOB);
  if (born) {
    const age = ageOn(born, check.today);
    if (age < REPRESENTATIVE_MIN_AGE) check.add(REP_DOB, "representative-too-young", { age, min: REPRESENTATIVE_MIN_AGE });
  }
  if (check.value(LEVEL) === 1 && required === true) {
    const hasLevel2 = check.value(REP_LEVEL_2);
    if (hasLevel2 === false) check.add(REP_LEVEL_2, "representative-needs-level-2");
    else if (hasLevel2 === undefined && !check.isGiven(REP_LEVEL_2)) check.add(REP_LEVEL_2, "required");
  }
  idNumber(check);
}

function idNumber(check) {
  const raw = check.text(REP_ID_NUMBER);
  if (raw === undefined) return;
  const number = documentNumber(raw);
  if (check.text(REP_ID_KIND) === "vn-personal-id") {
    if (!PERSONAL_ID_SHAPE.test(number)) {
      check.add(REP_ID_NUMBER, "personal-id-format");
      return;
    }
    check.setNormalized(REP_ID_NUMBER, number);
    const part = personalIdDisagreement(number, check.text(REP_SEX), check.value(REP_DOB));
    if (part) check.add(REP_ID_NUMBER, "personal-id-mismatch", { part });
    else if (!check.tables.provinces.has(number.slice(0, 3))) {
      check.add(REP_ID_NUMBER, "personal-id-province-unknown", { province: number.slice(0, 3) });
    }
  }
  const passportNumber = check.text(PASSPORT_NUMBER);
  if (passportNumber !== undefined && documentNumber(passportNumber) === number) {
    check.add(REP_ID_NUMBER, "representative-is-applicant");
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
