// Rollup: `rollup -c rollup/rollup.config.mjs`. Resolves the package by name
// (its browser entry) with @rollup/plugin-node-resolve, emits the .wasm that
// `new URL(..., import.meta.url)` names with @web/rollup-plugin-import-meta-assets,
// and splits each locale's `import()` into a chunk of its own.
import { copyFileSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { importMetaAssets } from "@web/rollup-plugin-import-meta-assets";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  input: here("../app/main.js"),
  output: { dir: here("dist"), format: "es" },
  plugins: [
    nodeResolve({ browser: true }),
    importMetaAssets(),
    {
      name: "page",
      writeBundle() {
        mkdirSync(here("dist"), { recursive: true });
        copyFileSync(here("../app/index.html"), here("dist/index.html"));
      },
    },
  ],
};
