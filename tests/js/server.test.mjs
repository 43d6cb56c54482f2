// Parity at the server: for every golden vector, the report from
// POST /api/check equals, byte for byte, the package's in Node and the native
// `eid-form check` line, for the same reference date and locale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { tmpdir } from "node:os";

const root = new URL("../../", import.meta.url).pathname;
const eid = await import("eid-form");
const cases = readdirSync(join(root, "tests/vectors"))
  .filter((f) => f.endsWith(".json"))
  .flatMap((f) => JSON.parse(readFileSync(join(root, "tests/vectors", f), "utf8")));

async function startServer(today) {
  const dir = mkdtempSync(join(tmpdir(), "eid-form-parity-"));
  const child = spawn(join(root, "target/release/eid-form-server"), ["--addr", "127.0.0.1:0"], {
    env: { ...process.env, EID_FORM_DB: join(dir, "store.db"), EID_FORM_TODAY: today, EID_FORM_METRICS_ADDR: "off" },
    stdio: ["ignore", "pipe", "ignore"],
  });
  const line = await new Promise((resolve) => createInterface({ input: child.stdout }).once("line", resolve));
  return { child, base: line.slice(line.indexOf("http://")) };
}

function cliLines(today, locale, group) {
  const input = group.map((c) => JSON.stringify(c.form)).join("\n") + "\n";
  let output;
  try {
    output = execFileSync(join(root, "target/release/eid-form"), ["check", "--today", today, "--locale", locale], { input });
  } catch (error) {
    output = error.stdout;
  }
  return output.toString("utf8").trimEnd().split("\n");
}

test("server, package and batch checker give the same bytes on every vector", async () => {
  const days = [...new Set(cases.map((c) => c.today))];
  let compared = 0;
  for (const today of days) {
    const group = cases.filter((c) => c.today === today);
    const { child, base } = await startServer(today);
    try {
      for (const locale of ["en", "vi", "zh-TW", "ar"]) {
        const lines = cliLines(today, locale, group);
        for (const [i, c] of group.entries()) {
          const response = await fetch(`${base}/api/check?locale=${locale}`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify(c.form),
          });
          const server = await response.text();
          const node = JSON.stringify(eid.validate(c.form, { today, locale }));
          assert.equal(server, node, `${c.id} ${locale}: server vs package`);
          assert.equal(server, lines[i], `${c.id} ${locale}: server vs eid-form check`);
          compared++;
        }
      }
    } finally {
      child.kill();
    }
  }
  assert.equal(compared, cases.length * 4);
});
