// webpack 5: `node webpack/build.mjs`. No loader or plugin: webpack 5 emits the
// .wasm that `new URL(..., import.meta.url)` names as an asset, runs the entry's
// top-level await, and splits each locale's `import()` into a chunk of its own.
import { fileURLToPath } from "node:url";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

export default {
  mode: "production",
  context: here("../app"),
  entry: "./main.js",
  output: { path: here("dist"), filename: "main.js", publicPath: "auto", clean: true },
  performance: { hints: false },
};
