// Page B of the benchmark: the JavaScript peer (zod, libphonenumber-js/max, mrz,
// @fluent/bundle) with the Fluent files of en, vi and the page's locale
// (__LOCALE__) and its tables imported `?raw`, bundled by Vite. `ready` is
// navigation start to the peer's module evaluated; its locale is in the bundle.
import { validate, validateField } from "../../peer/browser.mjs";
import { severalErrors } from "../forms.mjs";

const ready = performance.now();
const report = validate(severalErrors.form, { ...severalErrors.options, locale: __LOCALE__ });
const verdict = performance.now();
window.benchApi = { validate, validateField };
window.benchResult = { ready, locale: 0, first: verdict - ready, verdict, fromInstantiate: null, report };
document.getElementById("status").textContent = "done";
