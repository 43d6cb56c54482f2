// Validates one application with errors, in the locale loaded, and puts the
// verdict on the page (and, for the test, the report and Standard Schema's first
// message on window.eidApp).
export const form = {
  level: 2,
  applicant: { fullName: "Sato Hanako" },
  contact: { phone: "091 234 5678" },
};

export function show({ validate, standardSchema }, locale) {
  const report = validate(form, { today: "2025-07-01", locale });
  const first = report.issues[0];
  document.getElementById("verdict").textContent =
    report.valid ? "valid" : `invalid: ${report.issues.length} issues; ${first.path}: ${first.message}`;
  const std = standardSchema({ today: "2025-07-01", locale })["~standard"].validate(form);
  window.eidApp = { report: JSON.stringify(report), stdMessage: std.issues[0].message };
  document.getElementById("status").textContent = "done";
}
