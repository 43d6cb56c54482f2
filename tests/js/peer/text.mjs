// Text and date helpers shared by the peer's modules (FORM.md, Precise readings: Values).

// Rust's str::trim trims the Unicode White_Space characters; String.prototype.trim
// differs (it trims U+FEFF and keeps U+0085), so the peer trims with the property.
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;
const SPACE = /\p{White_Space}/gu;

export function trimWs(text) {
  return text.replace(EDGE_SPACE, "");
}

export const nfkc = (text) => text.normalize("NFKC");

/** Arabic-Indic (U+0660..) and Eastern Arabic-Indic (U+06F0..) digits as ASCII. */
export function foldArabicDigits(text) {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String.fromCharCode(48 + (c.charCodeAt(0) & 0xf)));
}

/**
 * A passport, card or ID number as the rules compare it: NFKC, Arabic-Indic
 * digits as ASCII, whitespace and hyphens (`-` after NFKC, so `75-1234567` is
 * `751234567`; other dashes stay) removed, ASCII letters upper-cased.
 */
export function documentNumber(text) {
  return foldArabicDigits(nfkc(text))
    .replace(SPACE, "")
    .replaceAll("-", "")
    .replace(/[a-z]+/g, (s) => s.toUpperCase());
}

/** Length in Unicode code points. */
export function codePoints(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 === text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

// ---- Dates (YYYY-MM-DD, proleptic Gregorian) -------------------------------------

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y, m) => (m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
const pad = (n, w) => String(n).padStart(w, "0");

/** A real day: `{ y, m, d, s }` where `s` is its YYYY-MM-DD text (compares as a string). */
function day(y, m, d) {
  return { y, m, d, s: `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}` };
}

export function parseDate(text) {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const y = +match[1];
  const m = +match[2];
  const d = +match[3];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return day(y, m, d);
}

/** The `years`-th anniversary; 29 February lands on 1 March in common years. */
export function anniversary(date, years) {
  const y = date.y + years;
  return date.d <= daysInMonth(y, date.m) ? day(y, date.m, date.d) : day(y, 3, 1);
}

/** Completed years on `on` for a person born on `born`. */
export function ageOn(born, on) {
  let years = on.y - born.y;
  if (anniversary(born, years).s > on.s) years--;
  return years;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
function epochDays({ y, m, d }) {
  const yy = y - (m <= 2 ? 1 : 0);
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = m > 2 ? m - 3 : m + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export const daysBetween = (from, to) => epochDays(to) - epochDays(from);

/** Today in Vietnam (UTC+7, no daylight saving). */
export function todayInVietnam() {
  return parseDate(new Date(Date.now() + 7 * 3600 * 1000).toISOString().slice(0, 10));
}

/** `YYMMDD`, as an MRZ writes dates. */
export const mrzDigits = (date) => date.s.slice(2, 4) + date.s.slice(5, 7) + date.s.slice(8, 10);
