// The peer in Node: the Fluent files and data tables read from the repository.
import { readFileSync, readdirSync } from "node:fs";
import { createPeer } from "./peer.mjs";

const root = new URL("../../../", import.meta.url);
const read = (path) => readFileSync(new URL(path, root), "utf8");

const locales = {};
for (const tag of readdirSync(new URL("locales/", root))) {
  locales[tag] = { "form.ftl": read(`locales/${tag}/form.ftl`), "messages.ftl": read(`locales/${tag}/messages.ftl`) };
}

export const { validate, validateField, locales: availableLocales } = createPeer({
  locales,
  data: {
    nationalities: read("src/data/nationalities.tsv"),
    residenceSymbols: read("src/data/residence-symbols.tsv"),
    provinces: read("src/data/vn-provinces.tsv"),
    transliteration: read("src/data/icao-transliteration.tsv"),
  },
});
