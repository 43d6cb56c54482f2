// The package's TypeScript declarations compile under `--strict` against real
// usage (tests/js/types-check.ts), and contain no `any`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

const here = new URL("./", import.meta.url).pathname;

test("index.d.ts compiles strictly against real usage and has no any", () => {
  const tsc = `${here}node_modules/typescript/bin/tsc`;
  execFileSync(process.execPath, [tsc, "--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext",
    "--target", "es2022", "--skipLibCheck", "false", `${here}types-check.ts`], { stdio: "pipe" });
  const declarations = readFileSync(`${here}node_modules/eid-form/index.d.ts`, "utf8");
  assert.doesNotMatch(declarations, /\bany\b/);
});
