// Contact (Decree 69/2024 Art. 11): a phone, required at level 2, whose it is and
// the declaration that the subscription is in the owner's own name; level 1
// needs a phone or an email. The number is judged with libphonenumber-js (max
// metadata: number types), the address with zod. Rules as in rules.mjs: one
// Rule (check.mjs) per judged field.
import * as z from "zod";
import { Metadata, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { foldArabicDigits, nfkc, trimWs } from "./text.mjs";
import { FIELD } from "./wire.mjs";

const CONTACT = FIELD.get("contact");
const PHONE = FIELD.get("contact.phone");
const PHONE_OWNER = FIELD.get("contact.phoneOwner");
const PHONE_CONFIRMED = FIELD.get("contact.phoneOwnershipConfirmed");
const EMAIL = FIELD.get("contact.email");

// ---- Contact ----------------------------------------------------------------------------

/**
 * `required` or `contact-required` at the block and the phone, then the owner's
 * rules: `required`, `phone-owner-must-be-*`, `phone-ownership-unconfirmed`.
 */
export function contact(check) {
  let rule = check.rule(CONTACT);
  const level = rule.level();
  if (!rule.isGiven(CONTACT)) {
    if (level === 1) rule.report("contact-required");
    else if (level !== undefined) rule.report("required");
  } else if (level === 1 && !rule.hasError(CONTACT) && !rule.isGiven(PHONE) && !rule.isGiven(EMAIL)) {
    rule.report("contact-required");
  }

  rule = check.rule(PHONE);
  if (rule.isBlock(CONTACT) && !rule.isGiven(PHONE) && rule.level() === 2) rule.report("required");

  phoneOwner(check.rule(PHONE_OWNER));
  phoneOwnership(check.rule(PHONE_CONFIRMED));
}

/** Whose number it is matters only when a number is given (valid or not). */
const phoneGiven = (rule) => rule.isGiven(PHONE);

function phoneOwner(rule) {
  if (!phoneGiven(rule)) return;
  if (!rule.isGiven(PHONE_OWNER)) {
    rule.report("required");
    return;
  }
  const owner = rule.text(PHONE_OWNER);
  const represented = rule.representativeRequired();
  if (owner === undefined || represented === undefined) return;
  if (represented && owner === "applicant") rule.report("phone-owner-must-be-representative");
  else if (!represented && owner === "representative") rule.report("phone-owner-must-be-applicant");
}

function phoneOwnership(rule) {
  if (!phoneGiven(rule) || rule.hasError(PHONE_CONFIRMED)) return;
  if (rule.flag(PHONE_CONFIRMED) !== true) rule.report("phone-ownership-unconfirmed");
}

// ---- Phone ------------------------------------------------------------------------------

/** `phone-invalid` or `phone-not-vn-mobile`; a Vietnamese mobile number is normalized to E.164. */
export function phone(check) {
  const rule = check.rule(PHONE);
  const text = rule.text(PHONE);
  if (text === undefined) return;
  const verdict = judgePhone(text);
  if (typeof verdict === "string") rule.report(verdict);
  else rule.normalize(verdict.e164);
}

const metadata = new Metadata();
const PHONE_CHARACTERS = /^\+?[0-9 .\-()]*$/;

/**
 * FORM.md, Precise readings (Phone characters). libphonenumber-js parses and types
 * the number; around it, thin code keeps what the spec reads differently from the
 * library's lenient parser: only `+`, digits, space, `.`, `-`, `(`, `)`; a number
 * with another country's calling code is "not a Vietnamese mobile" whatever its
 * length (the library would refuse `+81 12` as too short).
 * Returns `{ e164 }`, `"phone-not-vn-mobile"` or `"phone-invalid"`.
 */
export function judgePhone(input) {
  const folded = trimWs(foldArabicDigits(nfkc(input)));
  if (!PHONE_CHARACTERS.test(folded)) return "phone-invalid";
  const digits = folded.replace(/\D+/g, "");
  const international = folded.startsWith("+") ? digits : digits.startsWith("00") ? digits.slice(2) : null;
  let number;
  if (international !== null) {
    const code = ["1", "2", "3"].map((n) => international.slice(0, +n)).find((c) => c.length && metadata.hasCallingCode(c));
    if (!code) return "phone-invalid";
    if (code !== "84") return "phone-not-vn-mobile";
    number = parsePhoneNumberFromString(`+${international}`);
  } else {
    number = parsePhoneNumberFromString(digits, "VN");
  }
  if (!number || number.countryCallingCode !== "84" || !number.isValid()) return "phone-invalid";
  const type = number.getType();
  return type === "MOBILE" || type === "FIXED_LINE_OR_MOBILE" ? { e164: number.number } : "phone-not-vn-mobile";
}

// An RFC 5322 addr-spec as FORM.md reads it: ASCII; a dot-atom or quoted local
// part; a dot-atom domain of at least two labels, each starting and ending with a
// letter or digit; no display name, comment or domain literal. zod's own email
// patterns are either stricter (its default) or allow domain literals
// (rfc5322Email), so the schema gets this pattern plus RFC 5321's part lengths.
const ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~]";
const LABEL = `[A-Za-z0-9](?:${ATEXT}*[A-Za-z0-9])?`;
const ADDR_SPEC = new RegExp(
  `^(?![^]* <)(?:${ATEXT}+(?:\\.${ATEXT}+)*|"(?:[\\t !#-\\[\\]-~]|\\\\[!-~])+")@${LABEL}(?:\\.${LABEL})+$`,
);
const emailSchema = z.email({ pattern: ADDR_SPEC }).refine((address) => {
  const at = address.lastIndexOf("@");
  const domain = address.slice(at + 1);
  return at <= 64 && domain.length <= 254 && domain.split(".").every((label) => label.length <= 63);
});

export const isValidEmail = (text) => emailSchema.safeParse(text).success;

// ---- Email ------------------------------------------------------------------------------

/** `email-invalid`. */
export function email(check) {
  const rule = check.rule(EMAIL);
  const text = rule.text(EMAIL);
  if (text !== undefined && !isValidEmail(text)) rule.report("email-invalid");
}
