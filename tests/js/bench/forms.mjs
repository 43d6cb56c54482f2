// The form (tests/benches/several-errors.json, shared with the criterion benchmark) the benchmark pages and the Node cold-start script validate first: an
// adult application with several errors (a name with a digit, an expired
// passport, a bad MRZ check digit, an unknown residence symbol, a landline, a
// broken e-mail, an unknown key), so the first call formats messages on both sides
// and parses a phone number. bench.mjs checks that the package and the peer agree
// on it before timing. The valid adult and child forms come from tests/vectors.
import severalErrors from "../../benches/several-errors.json" with { type: "json" };

export { severalErrors };
