// The app every bundler builds (tests/bundlers/<tool>/): the package imported by
// name, the page's locale loaded before first use (a chunk of its own, fetched
// when asked), and the verdict shown. The plain module page (plain/main.js) is
// the same app with the package's path in place of its name.
import { loadLocale, standardSchema, validate } from "eid-form";
import { show } from "./show.js";

show({ validate, standardSchema }, await loadLocale("ja-JP"));
