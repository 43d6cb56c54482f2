// Phone (libphonenumber-js, max metadata: number types) and email (zod).
import * as z from "zod";
import { Metadata, parsePhoneNumberFromString } from "libphonenumber-js/max";
import { foldArabicDigits, nfkc, trimWs } from "./text.mjs";

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
