// The machine readable zone, read with the `mrz` package (TD3 parse, check digits),
// and compared with the typed fields (FORM.md, Precise readings: MRZ).
import { parse } from "mrz";
import { trimWs } from "./text.mjs";

// FORM.md 1.1, "MRZ fields": each field of a TD3 line in its own alphabet.
const TD3_LINE_1 = new RegExp(
  [
    "^P", // document code
    "[A-Z<]", // type
    "[A-Z<]{3}", // issuing state (D<< for Germany)
    "[A-Z<]{39}$", // name
  ].join(""),
);
const TD3_LINE_2 = new RegExp(
  [
    "^[A-Z0-9<]{9}", // document number
    "[0-9]", // its check digit
    "[A-Z<]{3}", // nationality
    "[0-9<]{6}", // date of birth
    "[0-9]", // its check digit
    "[MFX<]", // sex
    "[0-9]{6}", // expiry date
    "[0-9]", // its check digit
    "[A-Z0-9<]{14}", // optional data
    "[0-9<]", // its check digit (< when the data is all fillers)
    "[0-9]$", // composite check digit
  ].join(""),
);
const CHECK_DIGITS = [
  ["documentNumberCheckDigit", "number"],
  ["birthDateCheckDigit", "dateOfBirth"],
  ["expirationDateCheckDigit", "expiryDate"],
  ["personalNumberCheckDigit", "optionalData"],
  ["compositeCheckDigit", "composite"],
];
const withoutFillers = (text) => text.replace(/<+$/, "");

/**
 * Two TD3 lines (CR, LF or CRLF; each line trimmed), or null when a line is not
 * 44 characters or a character is outside its field's alphabet (`mrz-format`,
 * judged before any check digit). The shape is checked here: `mrz` throws on a
 * wrong line count or length but is lenient about characters, and accepts other
 * documents than passports.
 */
export function readTd3(text) {
  const lines = trimWs(text).replace(/\r\n?/g, "\n").split("\n").map(trimWs);
  if (lines.length !== 2 || !TD3_LINE_1.test(lines[0]) || !TD3_LINE_2.test(lines[1])) return null;
  const result = parse(lines);
  const details = new Map(result.details.filter((d) => d.field).map((d) => [d.field, d]));
  const raw = (field) => details.get(field).ranges[0].raw;
  const failedCheck = CHECK_DIGITS.find(([field]) => !details.get(field).valid)?.[1];
  // `mrz` repeats the whole name field as given names when it has no `<<`.
  const nameField = raw("lastName");
  const lastName = details.get("lastName").value ?? "";
  const firstName = nameField.includes("<<") ? (details.get("firstName").value ?? "") : "";
  const sex = raw("sex");
  return {
    lines,
    failedCheck,
    name: `${lastName} ${firstName}`.split(" ").filter(Boolean).join(" "),
    nameTruncated: !nameField.endsWith("<"),
    // Raw fields rather than `mrz`'s values: those are null for a state code or
    // date it does not know, and turn inner fillers into spaces.
    number: withoutFillers(raw("documentNumber")),
    issuingState: withoutFillers(raw("issuingState")),
    nationality: withoutFillers(raw("nationality")),
    dateOfBirth: raw("birthDate"),
    expiryDate: raw("expirationDate"),
    sex: sex === "<" ? "X" : sex,
  };
}

/** Whether a typed date agrees with an MRZ `YYMMDD` (`<` matches any digit). */
export function dateMatches(typedDigits, mrz) {
  for (let i = 0; i < 6; i++) if (mrz[i] !== "<" && mrz[i] !== typedDigits[i]) return false;
  return true;
}

/**
 * Whether a typed name (NFC upper case) reads as the MRZ name, with ICAO's
 * transliteration options; a truncated MRZ name matches the names it begins.
 */
export function nameMatches(typed, mrzName, truncated, transliteration) {
  const units = [];
  for (const c of typed) {
    const spellings = spellingsOf(c, transliteration);
    if (spellings.every((s) => s === "")) continue;
    const isSpace = spellings.length === 1 && spellings[0] === " ";
    const last = units[units.length - 1];
    const lastIsSpace = !last || (last.length === 1 && last[0] === " ");
    if (isSpace && lastIsSpace) continue;
    units.push(spellings);
  }
  const last = units[units.length - 1];
  if (last && last.length === 1 && last[0] === " ") units.pop();
  const n = mrzName.length;
  let reachable = new Array(n + 1).fill(false);
  reachable[0] = true;
  for (const unit of units) {
    const next = new Array(n + 1).fill(false);
    for (let j = 0; j <= n; j++) {
      if (!reachable[j]) continue;
      const rest = mrzName.slice(j);
      for (const spelling of unit) {
        if (rest.startsWith(spelling)) next[j + spelling.length] = true;
        else if (truncated && spelling.startsWith(rest)) return true;
      }
    }
    if (truncated && reachable[n]) return true;
    reachable = next;
  }
  return reachable[n];
}

const MARKS = /\p{M}/gu;

function spellingsOf(c, transliteration) {
  if (c === "-" || c === " ") return [" "];
  if (c === "'" || c === "\u2019" || c === ".") return [""];
  return transliteration.get(c) ?? [c.normalize("NFD").replace(MARKS, "").toUpperCase()];
}
