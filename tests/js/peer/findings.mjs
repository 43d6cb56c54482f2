// The collector of issues: at most one per field (the first error in rule order,
// else the first warning), sorted by wire position at the end.
import { isWithin } from "./wire.mjs";

const WARNINGS = new Set(["passport-number-pattern", "residence-outlasts-passport", "personal-id-province-unknown"]);
export const severityOf = (code) => (WARNINGS.has(code) ? "warning" : "error");

export class Findings {
  constructor() {
    this.issues = [];
    this.byField = new Map();
    /** Every key the wire format does not have, in input order per block (kept when a block's issues are cleared). */
    this.unknownKeys = [];
  }

  add(field, code, params = {}) {
    const severity = severityOf(code);
    const at = this.byField.get(field);
    if (at === undefined) {
      const issue = { field, path: field.path, code, severity, params, key: [field.index, 0] };
      this.byField.set(field, issue);
      this.issues.push(issue);
    } else if (at.severity === "warning" && severity === "error") {
      Object.assign(at, { code, severity, params });
    }
  }

  addUnknown(block, key, order) {
    const path = block.path === "" ? key : `${block.path}.${key}`;
    const issue = { block, unknownKey: key, path, code: "unknown-field", severity: "error", params: {}, key: [block.endOfBlock, order + 1] };
    this.issues.push(issue);
    this.unknownKeys.push(issue);
  }

  hasError(field) {
    return this.byField.get(field)?.severity === "error";
  }

  /** Forgets every issue inside `block` (not the block's own). */
  clearWithin(block) {
    this.issues = this.issues.filter((i) => (i.field ? i.field === block || !isWithin(i.field, block) : !isWithin(i.block, block)));
    for (const field of [...this.byField.keys()]) if (field !== block && isWithin(field, block)) this.byField.delete(field);
  }

  sorted() {
    return this.issues.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  }
}
