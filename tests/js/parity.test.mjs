// Parity at scale: random applications from `eid-form generate` (valid and
// invalid, every rule hit), each judged by the package in Node and by the
// native `eid-form check`; the report JSON must be identical for every one.
// PARITY_COUNT sets the sample (CI: 5,000; README records a 100,000 run).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;
const checker = join(root, "target/release/eid-form");
const count = Number(process.env.PARITY_COUNT ?? 5000);
const eid = await import("eid-form");

function run(args, input) {
  try {
    return execFileSync(checker, args, { input, maxBuffer: 1 << 30 }).toString("utf8");
  } catch (error) {
    if (error.status === 1) return error.stdout.toString("utf8");
    throw error;
  }
}

test(`${count} generated applications: package and native reports identical`, () => {
  const lines = run(["generate", "--count", String(count), "--seed", "2025"]).trimEnd().split("\n");
  assert.equal(lines.length, count);
  const seen = new Set();
  let differences = 0;
  let first;
  for (const locale of ["en", "ar"]) {
    const sample = locale === "en" ? lines : lines.slice(0, Math.ceil(count / 10));
    const native = run(["check", "--today", "2025-07-01", "--locale", locale], sample.join("\n") + "\n").trimEnd().split("\n");
    assert.equal(native.length, sample.length);
    sample.forEach((line, i) => {
      const report = eid.validate(JSON.parse(line), { today: "2025-07-01", locale });
      for (const issue of report.issues) seen.add(issue.code);
      if (JSON.stringify(report) !== native[i]) {
        differences++;
        first ??= `${line}\nnode:   ${JSON.stringify(report)}\nnative: ${native[i]}`;
      }
    });
  }
  assert.equal(differences, 0, first);
  const libraryCodes = readCodes().filter((c) => c !== "invalid-json" && c !== "phone-already-used");
  const missing = libraryCodes.filter((c) => !seen.has(c));
  assert.deepEqual(missing, [], "the generator reaches every rule");
  console.log(`# parity: ${count} applications (en) + ${Math.ceil(count / 10)} (ar), 0 differences, ${seen.size} codes seen`);
});

function readCodes() {
  const text = execFileSync("grep", ["-o", '"[a-z0-9-]*"', join(root, "crates/eid-form-wasm/js/index.d.ts")]).toString();
  const start = text.indexOf('"required"');
  const codes = [];
  for (const match of text.slice(start).matchAll(/"([a-z0-9-]+)"/g)) {
    if (match[1] === "level") break;
    codes.push(match[1]);
  }
  return codes;
}
