// FORM.md 1.1, passport-number-pattern: the known ordinary-passport number
// shapes of 21 issuing states (Germany under DEU and ICAO's D), each matched
// against the whole number after normalizing, with the example the message
// shows. A state without an entry gets no warning.
const GERMANY = { pattern: /^[CFGHJK][CFGHJKLMNPRTVWXYZ0-9]{8}$/, example: "C01X00T47" };

export const PASSPORT_PATTERNS = {
  // Hong Kong and Macao SAR passports also carry CHN: [HKM] + 8 is not warned.
  CHN: { pattern: /^(?:[EG][0-9]{8}|E[A-HJ-NP-Z][0-9]{7}|[HKM][A-Z0-9]{8})$/, example: "E12345678" },
  KOR: { pattern: /^[MSROGD](?:[0-9]{8}|[0-9]{3}[A-Z][0-9]{4})$/, example: "M123A4567" },
  JPN: { pattern: /^[A-Z]{2}[0-9]{7}$/, example: "TK1234567" },
  DEU: GERMANY,
  D: GERMANY,
  USA: { pattern: /^(?:[0-9]{9}|[A-Z][0-9]{8})$/, example: "A12345678" },
  TWN: { pattern: /^[0-9]{9}$/, example: "312345678" },
  RUS: { pattern: /^[0-9]{9}$/, example: "751234567" },
  IND: { pattern: /^[A-Z][0-9]{7}$/, example: "J1234567" },
  THA: { pattern: /^[A-Z]{1,2}[0-9]{6,7}$/, example: "AA1234567" },
  FRA: { pattern: /^[0-9]{2}[A-Z]{2}[0-9]{5}$/, example: "18AB12345" },
  GBR: { pattern: /^[0-9]{9}$/, example: "123456789" },
  AUS: { pattern: /^[A-Z]{1,2}[0-9]{7}$/, example: "PA1234567" },
  CAN: { pattern: /^(?:[A-Z][0-9]{6}[A-Z]{2}|[A-Z]{2}[0-9]{6})$/, example: "AB123456" },
  SGP: { pattern: /^[A-Z][0-9]{7}[A-Z]$/, example: "E1234567A" },
  MYS: { pattern: /^[AHK][0-9]{8}$/, example: "A12345678" },
  PHL: { pattern: /^[A-Z][0-9]{7}[A-Z]$/, example: "P1234567A" },
  IDN: { pattern: /^[A-Z][0-9]{7}$/, example: "A1234567" },
  NZL: { pattern: /^[A-Z]{1,2}[0-9]{6}$/, example: "LA123456" },
  ITA: { pattern: /^[A-Z0-9]{2}[0-9]{7}$/, example: "YA1234567" },
  ESP: { pattern: /^[A-Z0-9]{2,3}[0-9]{6}$/, example: "PAA123456" },
  NLD: { pattern: /^[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9]$/, example: "XN1234567" },
};

/** The known pattern of a state (an own key only: `toString` is no state). */
export const passportPatternOf = (state) => (Object.hasOwn(PASSPORT_PATTERNS, state) ? PASSPORT_PATTERNS[state] : undefined);
