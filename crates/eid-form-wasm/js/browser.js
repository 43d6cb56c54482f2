// Browser and bundler entry: fetches and instantiates the module on import
// (top-level await), so `validate` works as soon as the import resolves, in `en`
// and `vi` (in the module); any other locale after `await loadLocale(tag)`, which
// imports that locale's chunk (locales/<tag>.js: bundlers split each into its
// own file). Needs `script-src 'self' 'wasm-unsafe-eval'` under a
// Content-Security-Policy.
import init, * as raw from "./eid_form.js";
import { makeApi } from "./api.js";
import chunks from "./locales/browser.js";

await init({ module_or_path: new URL("./eid_form_bg.wasm", import.meta.url) });

export const {
  validate, validateField, schema, parseMrz, normalizePhone, locales, loadedLocales, loadLocale, text, standardSchema,
} = makeApi(raw, { load: async (tag) => (await chunks[tag]()).default });
