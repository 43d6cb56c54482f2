// Page A of the benchmark: the package imported by name (its browser entry), as a
// portal would, bundled by Vite. The import resolves once the wasm is instantiated
// (top-level await), so `ready` is navigation start to a usable module.
import { validate, validateField } from "eid-form";
import { severalErrors } from "../forms.mjs";

const ready = performance.now();
const report = validate(severalErrors.form, severalErrors.options);
const first = performance.now() - ready;
window.benchApi = { validate, validateField };
window.benchResult = { ready, first, report };
document.getElementById("status").textContent = "done";
