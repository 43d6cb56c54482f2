// A small page a portal team would build: the package imported by name, bundled by Vite.
import { validate, standardSchema } from "eid-form";

const form = { level: 2, applicant: { fullName: "Sato Hanako" }, contact: { phone: "091 234 5678" } };
const report = validate(form, { today: "2025-07-01", locale: "ja" });
const std = standardSchema({ today: "2025-07-01" })["~standard"].validate(form);
window.eidVite = { report, stdIssues: std.issues.length };
document.getElementById("status").textContent = "done";
