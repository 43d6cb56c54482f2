// The peer in a browser bundle (Vite), built for the locales a page ships: the
// data tables imported `?raw`, the Fluent files from `virtual:peer-locales`, a
// module bench.mjs generates for each page (en and vi, the fallbacks, plus the
// page's locale, each file imported `?raw`), as a JS team shipping one locale
// would.
import { createPeer } from "./peer.mjs";
import locales from "virtual:peer-locales";
import nationalities from "../../../src/data/nationalities.tsv?raw";
import residenceSymbols from "../../../src/data/residence-symbols.tsv?raw";
import provinces from "../../../src/data/vn-provinces.tsv?raw";
import transliteration from "../../../src/data/icao-transliteration.tsv?raw";

export const { validate, validateField, locales: availableLocales } = createPeer({
  locales,
  data: { nationalities, residenceSymbols, provinces, transliteration },
});
