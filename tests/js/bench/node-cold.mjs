// One fresh Node start for bench.mjs: `node node-cold.mjs ours|peer`. Prints, as
// JSON, the time to import the implementation (for the package: read, compile and
// instantiate the wasm; for the peer: read the Fluent files and tables, build the
// tables) and the time of the first full validate.
import { performance } from "node:perf_hooks";
import { severalErrors } from "./forms.mjs";

const side = process.argv[2];
const t0 = performance.now();
const api = side === "ours" ? await import("eid-form") : await import("../peer/node.mjs");
const t1 = performance.now();
const report = api.validate(severalErrors.form, severalErrors.options);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ boot: t0, ready: t1 - t0, first: t2 - t1, issues: report.issues.length }));
