// esbuild: bundles with code splitting (each locale's `import()` a chunk of its
// own). esbuild leaves `new URL("./eid_form_bg.wasm", import.meta.url)` as it is,
// so the .wasm is copied beside the entry, as its documentation has it for assets
// named that way.
import { copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { build } from "esbuild";

const out = new URL("dist/", import.meta.url);
rmSync(out, { recursive: true, force: true });
await build({
  entryPoints: [new URL("../app/main.js", import.meta.url).pathname],
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  minify: true,
  outdir: out.pathname,
  logLevel: "warning",
});
const wasm = createRequire(import.meta.url).resolve("eid-form/eid_form_bg.wasm");
copyFileSync(wasm, new URL("eid_form_bg.wasm", out));
copyFileSync(new URL("../app/index.html", import.meta.url), new URL("index.html", out));
