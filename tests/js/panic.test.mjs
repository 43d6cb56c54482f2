// Panic safety: a build with a deliberate panic (cargo feature `panic-test`,
// built by `crates/eid-form-wasm/build.sh --panic-test` into target/pkg-panic-test) proves
// that a panic is reported plainly and a fresh module instance serves the
// next call.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";

const root = new URL("../../", import.meta.url);
const build = new URL("target/pkg-panic-test/node.js", root);

test("after a panic, the error is plain and the next call works", async () => {
  assert.ok(existsSync(build), "build it first: bash crates/eid-form-wasm/build.sh --panic-test");
  const eid = await import(build);
  const cases = JSON.parse(readFileSync(new URL("tests/vectors/public.json", root), "utf8"));
  const form = cases.find((c) => c.id === "adult-level2-complete").form;
  const before = JSON.stringify(eid.validate(form, { today: "2025-07-01" }));
  const errors = [];
  const original = console.error;
  console.error = (message) => errors.push(String(message));
  try {
    assert.throws(() => eid.panicForTest(), (error) => {
      assert.equal(error.name, "EidFormInternalError");
      assert.match(error.message, /deliberate panic for the recovery test/);
      assert.match(error.message, /restarted/);
      assert.ok(error.cause instanceof WebAssembly.RuntimeError);
      return true;
    });
  } finally {
    console.error = original;
  }
  assert.equal(errors.length, 1);
  // A fresh instance answers, with the same verdict as before.
  assert.equal(JSON.stringify(eid.validate(form, { today: "2025-07-01" })), before);
  // The locales added at import are added again to the fresh instance.
  assert.deepEqual(eid.loadedLocales(), eid.locales());
  assert.equal(eid.schema("ja").locale, "ja");
  // And it survives more than one panic.
  assert.throws(() => eid.panicForTest(), /deliberate panic/);
  assert.equal(JSON.stringify(eid.validate(form, { today: "2025-07-01" })), before);
});
