// validateField through the package, against the property that defines it
// (FORM.md 1.1, "Checking one field"), as tests/validate_field.rs checks it
// natively: for every vector A, every field F and every value x that F takes
// in the vectors and the generated applications (and F absent), each issue of
// validate(A with F = x) missing from validate(A) lies at a path that
// validateField(F, A with F = x) judged, and is among its issues.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";

const eid = await import("eid-form");
const root = new URL("../../", import.meta.url);
const cases = readdirSync(new URL("tests/vectors/", root))
  .filter((f) => f.endsWith(".json"))
  .flatMap((file) => JSON.parse(readFileSync(new URL(`tests/vectors/${file}`, root), "utf8")));
const generated = readFileSync(new URL("tests/vectors/generated.jsonl", root), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line));
const paths = eid.schema("en").fields.map((f) => f.path);

const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const get = (form, path) =>
  path.split(".").reduce((at, key) => (isObject(at) && Object.hasOwn(at, key) ? at[key] : undefined), form);

/** `form` with `value` at `path` (undefined: the key taken away); blocks on the way become objects. */
function withValue(form, path, value) {
  const copy = isObject(form) ? structuredClone(form) : {};
  const keys = path.split(".");
  let at = copy;
  for (const key of keys.slice(0, -1)) {
    if (!isObject(at[key])) at[key] = {};
    at = at[key];
  }
  const last = keys.at(-1);
  if (value === undefined) delete at[last];
  else at[last] = value;
  return copy;
}

const key = (issue) => `${issue.path}|${issue.code}|${issue.severity}|${JSON.stringify(issue.params)}`;

test("validateField judges every issue a field's value changes (the package)", () => {
  const forms = [...cases.map((c) => c.form), ...generated];
  const values = new Map(
    paths.map((path) => {
      const seen = new Map();
      for (const form of forms) {
        const value = get(form, path);
        if (value !== undefined) seen.set(JSON.stringify(value), value);
      }
      return [path, [undefined, ...seen.values()]];
    }),
  );
  let checked = 0;
  const misses = new Set();
  for (const c of cases) {
    const options = { today: c.today, locale: "en" };
    const before = new Set(eid.validate(c.form, options).issues.map(key));
    for (const path of paths) {
      for (const value of values.get(path)) {
        const changed = withValue(c.form, path, value);
        const after = eid.validate(changed, options);
        const answer = eid.validateField(path, changed, options);
        checked += 1;
        const judged = new Set(answer.fields);
        const answered = new Set(answer.issues.map((i) => `${key(i)}|${i.message}`));
        for (const issue of after.issues) {
          if (before.has(key(issue))) continue;
          if (!judged.has(issue.path) || !answered.has(`${key(issue)}|${issue.message}`)) {
            misses.add(`${path} -> ${issue.path} ${issue.code} (vector ${c.id})`);
          }
        }
      }
    }
  }
  assert.ok(checked > 50_000, `only ${checked} cases`);
  assert.deepEqual([...misses].slice(0, 20), [], `${misses.size} misses in ${checked} cases`);
});
