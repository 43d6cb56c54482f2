// Node entry: the module is compiled and instantiated on import, synchronously,
// so `await import('eid-form')` is all a back end needs before `validate`.
import { readFileSync } from "node:fs";
import * as raw from "./eid_form.js";
import { makeApi } from "./api.js";

raw.initSync({ module: readFileSync(new URL("./eid_form_bg.wasm", import.meta.url)) });

const api = makeApi(raw);
export const { validate, validateField, schema, parseMrz, normalizePhone, locales, text, standardSchema } = api;
/** Present only in the panic-recovery test build. */
export const panicForTest = api.panicForTest;
