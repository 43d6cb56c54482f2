// One fresh start in the browser: load and instantiate the module, then the
// first full validate (which builds the phone patterns), then warm calls.
const form = await (await fetch("/bench-form.json")).json();
const t0 = performance.now();
const raw = await import("/pkg/eid_form.js");
await raw.default({ module_or_path: "/pkg/eid_form_bg.wasm" });
const t1 = performance.now();
JSON.parse(raw.validate(form, { today: "2025-07-01", locale: "en" }));
const t2 = performance.now();
const warm = [];
for (let i = 0; i < 2000; i++) {
  const s = performance.now();
  JSON.parse(raw.validate(form, { today: "2025-07-01", locale: "en" }));
  warm.push(performance.now() - s);
}
warm.sort((a, b) => a - b);
window.eidBench = { instantiate: t1 - t0, first: t2 - t1, warmMedian: warm[warm.length >> 1] };
document.getElementById("status").textContent = "done";
