// The public API over the raw WebAssembly exports: the same functions, plus the
// Standard Schema v1 adapter. Kept thin: every rule runs in Rust.

/** @param {object} raw the wasm-bindgen exports, initialised */
export function makeApi(raw) {
  // The report crosses the boundary as JSON text (see README, Size and speed).
  const validate = (form, options) => JSON.parse(raw.validate(form, options));

  function standardSchema(options = {}) {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      throw new TypeError("standardSchema options must be an object");
    }
    for (const key of Object.keys(options)) {
      if (key !== "today" && key !== "locale") {
        throw new TypeError(`unknown option "${key}": the options are today, locale`);
      }
    }
    // Misuse (an impossible `today`, a locale that is not a string) throws now, not on submit.
    raw.validate({}, options);
    return {
      "~standard": {
        version: 1,
        vendor: "eid-form",
        validate(value) {
          const report = validate(value, options);
          const errors = report.issues.filter((issue) => issue.severity === "error");
          if (errors.length === 0) return { value: report.normalized };
          return {
            issues: errors.map((issue) => ({
              message: issue.message,
              path: issue.path === "" ? undefined : issue.path.split("."),
              code: issue.code,
              severity: issue.severity,
            })),
          };
        },
      },
    };
  }

  return {
    validate,
    validateField: (path, form, options) => JSON.parse(raw.validateField(path, form, options)),
    schema: (locale, options) => raw.schema(locale, options),
    parseMrz: (text) => raw.parseMrz(text),
    normalizePhone: (text) => raw.normalizePhone(text),
    locales: () => raw.locales(),
    text: (locale, id, args) => raw.text(locale, id, args),
    standardSchema,
  };
}
