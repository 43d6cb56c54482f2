// Builds the app with webpack's Node API (what webpack-cli calls), then adds the page.
import { copyFileSync } from "node:fs";
import webpack from "webpack";
import config from "./webpack.config.mjs";

const stats = await new Promise((resolve, reject) => webpack(config, (error, stats) => (error ? reject(error) : resolve(stats))));
if (stats.hasErrors() || stats.hasWarnings()) {
  console.error(stats.toString({ all: false, errors: true, warnings: true }));
  process.exit(1);
}
copyFileSync(new URL("../app/index.html", import.meta.url), new URL("dist/index.html", import.meta.url));
