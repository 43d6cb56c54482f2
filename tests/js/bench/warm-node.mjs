// The warm figures of one build of the package, in Node, for tests/benches/opt-levels.sh:
//   node tests/js/bench/warm-node.mjs PKG_DIR [CALLS]
// Prints one JSON line: the sizes that decide first (the .wasm and the page in ja,
// brotli -q 11, each file compressed on its own as the size budget test does),
// then the median µs of `validate` and of `validateField("contact.phone")` on the
// three forms of bench.mjs (adult, child, errors), CALLS calls each after 1,000.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { performance } from "node:perf_hooks";
import { severalErrors } from "./forms.mjs";

const dir = resolve(process.argv[2]);
const calls = Number(process.argv[3] ?? 5000);
const root = new URL("../../../", import.meta.url).pathname;
const brotli = (file) => {
  const bytes = readFileSync(join(dir, file));
  return brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }).length;
};
const page = ["eid_form_bg.wasm", "eid_form.js", "api.js", "browser.js", "locales/browser.js", "locales/ja.js"];
const eid = await import(join(dir, "node.js"));
const vectors = JSON.parse(readFileSync(join(root, "tests/vectors/public.json"), "utf8"));
const vector = (id) => {
  const c = vectors.find((v) => v.id === id);
  return { form: c.form, options: { today: c.today, locale: "en" } };
};
const forms = { adult: vector("adult-level2-complete"), child: vector("child-10-level2-with-parent"), errors: severalErrors };
const median = (call) => {
  for (let i = 0; i < 1000; i++) call();
  const times = new Float64Array(calls);
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    call();
    times[i] = performance.now() - t0;
  }
  times.sort();
  return Math.round(times[calls >> 1] * 1000 * 10) / 10;
};
const out = { wasmBrotli: brotli("eid_form_bg.wasm"), jaPageBrotli: page.map(brotli).reduce((a, b) => a + b, 0) };
for (const [name, { form, options }] of Object.entries(forms)) {
  out[`validate ${name}`] = median(() => eid.validate(form, options));
  out[`validateField ${name}`] = median(() => eid.validateField("contact.phone", form, options));
}
console.log(JSON.stringify(out));
