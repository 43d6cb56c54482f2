// Browser and bundler entry: fetches and instantiates the module on import
// (top-level await), so `validate` works as soon as the import resolves.
// Needs `script-src 'self' 'wasm-unsafe-eval'` under a Content-Security-Policy.
import init, * as raw from "./eid_form.js";
import { makeApi } from "./api.js";

await init({ module_or_path: new URL("./eid_form_bg.wasm", import.meta.url) });

export const { validate, validateField, schema, parseMrz, normalizePhone, locales, text, standardSchema } =
  makeApi(raw);
