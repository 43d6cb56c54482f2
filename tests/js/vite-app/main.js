// A small page a portal team would build: the package imported by name, bundled
// by Vite, the page's locale loaded before first use (its own chunk).
import { validate, standardSchema, loadLocale } from "eid-form";

const locale = await loadLocale("ja-JP");
const form = { level: 2, applicant: { fullName: "Sato Hanako" }, contact: { phone: "091 234 5678" } };
const report = validate(form, { today: "2025-07-01", locale });
const std = standardSchema({ today: "2025-07-01", locale })["~standard"].validate(form);
window.eidVite = { report, stdIssues: std.issues.length, stdMessage: std.issues[0].message };
document.getElementById("status").textContent = "done";
