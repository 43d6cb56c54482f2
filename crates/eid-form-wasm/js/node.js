// Node entry: the module is compiled and instantiated on import, synchronously,
// with every locale added, so `await import('eid-form')` is all a back end needs
// before `validate` in any locale (loadLocale resolves at once).
import { readFileSync } from "node:fs";
import * as raw from "./eid_form.js";
import { makeApi } from "./api.js";
import texts from "./locales/node.js";

raw.initSync({ module: readFileSync(new URL("./eid_form_bg.wasm", import.meta.url)) });

const api = makeApi(raw, { texts, load: async (tag) => texts[tag] });
export const {
  validate, validateField, schema, parseMrz, normalizePhone, locales, loadedLocales, loadLocale, text, standardSchema,
} = api;
/** Present only in the panic-recovery test build. */
export const panicForTest = api.panicForTest;
