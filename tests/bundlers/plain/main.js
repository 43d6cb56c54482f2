// The app with no bundler: a `<script type="module">` page importing the
// package's browser entry by path (the strict CSP forbids the inline import map
// that would let it use the name).
import { loadLocale, standardSchema, validate } from "../node_modules/eid-form/browser.js";
import { show } from "../app/show.js";

show({ validate, standardSchema }, await loadLocale("ja-JP"));
