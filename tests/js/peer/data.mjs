// The project's data tables (src/data/*.tsv), kept as data:
// given as texts (read with fs in Node, imported `?raw` in a browser bundle).

const rows = (text) =>
  text
    .split("\n")
    .filter((line) => !line.startsWith("#") && line.trim() !== "")
    .map((line) => line.replace(/\r$/, "").split("\t"));

export function loadTables(data) {
  const nationalities = new Set(rows(data.nationalities).map(([code]) => code));
  const residenceSymbols = new Map(rows(data.residenceSymbols).map(([symbol, years]) => [symbol, { symbol, maxYears: Number(years) }]));
  const provinces = new Set(rows(data.provinces).map(([code]) => code));
  const transliteration = new Map(rows(data.transliteration).map(([letter, spellings]) => [letter, spellings.split("|")]));
  return { nationalities, residenceSymbols, provinces, transliteration };
}
