// Vite: `vite build --config vite/vite.config.mjs`. No plugin: Vite copies the
// .wasm that `new URL(..., import.meta.url)` names and splits each locale's
// `import()` into a chunk of its own.
import { fileURLToPath } from "node:url";

export default {
  root: fileURLToPath(new URL("../app", import.meta.url)),
  base: "./",
  logLevel: "warn",
  build: { outDir: fileURLToPath(new URL("dist", import.meta.url)), emptyOutDir: true, target: "es2022" },
};
