// Node 20, the package by name: its Node entry (every locale loaded at import).
// Prints the report of the app's form in ja.
import { validate } from "eid-form";
import { form } from "../app/show.js";

process.stdout.write(JSON.stringify(validate(form, { today: "2025-07-01", locale: "ja" })));
