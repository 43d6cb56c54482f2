// The public API over the raw WebAssembly exports: the same functions, plus the
// Standard Schema v1 adapter and loadLocale. Kept thin: every rule runs in Rust.

/**
 * Should the Rust code ever panic (a bug), WebAssembly traps and the instance
 * is unusable. Every call is guarded: the trap is reported plainly, with the
 * panic's message, and a fresh instance (`restart`: wasm-bindgen's reset-state
 * function, then the loaded locales added again) serves the next call, so a
 * kiosk keeps working without a reload.
 */
function guarded(restart, call) {
  return (...args) => {
    try {
      return call(...args);
    } catch (error) {
      if (!(error instanceof WebAssembly.RuntimeError)) throw error;
      const detail = globalThis.__eidFormPanic ?? error.message;
      delete globalThis.__eidFormPanic;
      restart();
      const crash = new Error(
        `eid-form: internal error (${detail}); the module was restarted and the next call will work. Please report the input that caused it.`,
        { cause: error },
      );
      crash.name = "EidFormInternalError";
      console.error(crash.message);
      throw crash;
    }
  };
}

/** Thrown inside `JSON.stringify` when a value's text would not mean what the wasm side reads. */
const WALK = Symbol("walk the object instead");
const REFUSED = [];

/**
 * A `JSON.stringify` replacer that keeps the text faithful to how the wasm side
 * reads a JavaScript object (crates/eid-form-wasm/src/input.rs, `write`): NaN, Infinity, BigInt,
 * symbols and functions become `[]`, which every field refuses as
 * `invalid-type` (JSON would write `null` or drop them, or throw). Anything JSON
 * would rewrite (a `toJSON`, a boxed primitive, a Date, a class instance), and
 * numbers other than safe integers (whose decimal text may not read back to the
 * same double everywhere), stop the text, and the object is walked instead.
 */
function faithful(key, value) {
  // A value `toJSON` (or a getter) changed, whatever its type, is not what the walk reads.
  if (!Object.is(value, this[key])) throw WALK;
  switch (typeof value) {
    case "number":
      if (Number.isSafeInteger(value)) return value;
      if (Number.isNaN(value) || !Number.isFinite(value)) return REFUSED;
      throw WALK;
    case "bigint":
    case "symbol":
    case "function":
      return REFUSED;
    case "object":
      if (value !== null && !Array.isArray(value)) {
        const prototype = Object.getPrototypeOf(value);
        if (prototype !== Object.prototype && prototype !== null) throw WALK;
      }
      return value;
    default:
      return value;
  }
}

/** Nesting the quick check below looks into; deeper (or a cycle) takes the replacer's path. */
const PLAIN_DEPTH = 32;

/**
 * Whether `JSON.stringify` without a replacer writes `value` as `faithful` would
 * let it through unchanged: strings, booleans, `null`, `undefined`, safe
 * integers, arrays and plain objects (prototype `Object.prototype` or `null`)
 * of those, with no `toJSON`. Returns on the first value that needs the
 * replacer. The plain `JSON.stringify` then stays on V8's fast path.
 */
function plain(value, depth) {
  if (value === null) return true;
  switch (typeof value) {
    case "string":
    case "boolean":
    case "undefined":
      return true;
    case "number":
      return Number.isSafeInteger(value);
    case "object": {
      if (depth > PLAIN_DEPTH || typeof value.toJSON === "function") return false;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!plain(value[i], depth + 1)) return false;
        return true;
      }
      const prototype = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      for (const key in value) if (!plain(value[key], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** A form as JSON text, or `undefined` when only the object walk reads it faithfully. */
function formText(form) {
  if (form === undefined) return "null";
  if (plain(form, 0)) return JSON.stringify(form);
  try {
    return JSON.stringify(form, faithful);
  } catch {
    // WALK, a cycle, or nesting deeper than the engine's stack.
    return undefined;
  }
}

/**
 * @param {object} raw the wasm-bindgen exports, initialised
 * @param {object} locales `texts`: locales to add now, by tag (Node's entry:
 *   all of them); `load(tag)`: a promise of a locale's text (the browser
 *   entry: its chunk under locales/)
 */
export function makeApi(raw, { texts = {}, load }) {
  // Every locale added, to add again to a fresh instance after a panic.
  const added = new Map();
  const add = (tag, text) => {
    raw.addLocale(tag, text);
    added.set(tag, text);
  };
  const restart = () => {
    raw.__wbg_reset_state();
    for (const [tag, text] of added) raw.addLocale(tag, text);
  };
  const guard = (call) => guarded(restart, call);
  for (const [tag, text] of Object.entries(texts)) guard(add)(tag, text);

  const negotiate = guard((requested) => raw.negotiateLocale(requested));
  const loadedLocales = guard(() => raw.loadedLocales());
  const loading = new Map();
  /**
   * Loads the messages of the locale `requested` negotiates to (`ja-JP`: `ja`)
   * and resolves to its tag; at once when they are here already (`en` and `vi`
   * always are). Misuse (a tag that is not a string) rejects; so does a chunk
   * that cannot be fetched, and the next call tries again.
   */
  async function loadLocale(requested) {
    const tag = negotiate(requested);
    if (added.has(tag) || loadedLocales().includes(tag)) return tag;
    let pending = loading.get(tag);
    if (!pending) {
      pending = (async () => {
        let text;
        try {
          text = await load(tag);
        } catch (error) {
          throw new Error(`eid-form: could not load locale "${tag}" (${error?.message ?? error})`, { cause: error });
        }
        if (!added.has(tag)) guard(add)(tag, text);
        return tag;
      })();
      loading.set(tag, pending);
      pending.then(
        () => loading.delete(tag),
        () => loading.delete(tag),
      );
    }
    return pending;
  }

  // The form and the options cross the boundary as JSON text when that text is
  // faithful (else the binding walks the object and writes the text itself),
  // the answer always as JSON text (README, Size and speed); the options' text
  // is read straight into the core's own struct.
  const validate = guard((form, options) =>
    JSON.parse(raw.validate(form, formText(form), options, formText(options))),
  );
  const validateField = guard((path, form, options) =>
    JSON.parse(raw.validateField(path, form, formText(form), options, formText(options))),
  );

  function standardSchema(options = {}) {
    if (options === null || typeof options !== "object" || Array.isArray(options)) {
      throw new TypeError("standardSchema options must be an object");
    }
    for (const key of Object.keys(options)) {
      if (key !== "today" && key !== "locale") {
        throw new TypeError(`unknown option "${key}": the options are today, locale`);
      }
    }
    // Misuse (an impossible `today`, a locale that is not a string or not
    // loaded) throws now, not on submit.
    guard(() => raw.validate({}, "{}", options, formText(options)))();
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
    validateField,
    schema: guard((locale, options) => raw.schema(locale, options)),
    parseMrz: guard((text) => raw.parseMrz(text)),
    normalizePhone: guard((text) => raw.normalizePhone(text)),
    locales: guard(() => raw.locales()),
    loadedLocales,
    loadLocale,
    text: guard((locale, id, args, options) => raw.text(locale, id, args, options)),
    standardSchema,
    // Only in the test build that proves recovery (cargo feature `panic-test`).
    ...(raw.panicForTest ? { panicForTest: guard(() => raw.panicForTest()) } : {}),
  };
}
