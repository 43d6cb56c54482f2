// Page B of the benchmark: the JavaScript peer (zod, libphonenumber-js/max, mrz,
// @fluent/bundle) with its Fluent files and tables imported `?raw`, bundled by
// Vite. `ready` is navigation start to the peer's module evaluated.
import { validate, validateField } from "../../peer/browser.mjs";
import { severalErrors } from "../forms.mjs";

const ready = performance.now();
const report = validate(severalErrors.form, severalErrors.options);
const first = performance.now() - ready;
window.benchApi = { validate, validateField };
window.benchResult = { ready, first, report };
document.getElementById("status").textContent = "done";
