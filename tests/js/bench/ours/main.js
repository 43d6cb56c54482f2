// Page A of the benchmark: the package imported by name (its browser entry), as a
// portal would, bundled by Vite, for one locale (__LOCALE__, set by bench.mjs).
// The import resolves once the wasm is instantiated (top-level await), so `ready`
// is navigation start to a usable module; then the page's locale is loaded (its
// chunk fetched) and the first validate runs in it.
import { loadLocale, validate, validateField } from "eid-form";
import { severalErrors } from "../forms.mjs";

const ready = performance.now();
const locale = await loadLocale(__LOCALE__);
const loaded = performance.now();
const report = validate(severalErrors.form, { ...severalErrors.options, locale });
const verdict = performance.now();
// Instantiation starts when the .wasm is asked for (compiled as it streams in).
const wasm = performance.getEntriesByType("resource").find((entry) => entry.name.endsWith(".wasm"));
window.benchApi = { validate, validateField };
window.benchResult = { ready, locale: loaded - ready, first: verdict - loaded, verdict, fromInstantiate: verdict - wasm.startTime, report };
document.getElementById("status").textContent = "done";
