// The applicant's receipt, shown by the portal and the kiosk after the server
// stored the application (its 201): the reference of this very version, its
// QR code (drawn by this server as SVG, encoding the reference and nothing
// else), what to bring to the counter, and, for a pending version, that the
// officer will confirm the change. In the applicant's language with Vietnamese
// beside it; printed alone on one A4 page (counter.css).
import { h } from "/form.js";
import { RECEIPT } from "/counter-text.js";

/** Loads the counter's stylesheet once (the pages' heads stay as they are). */
function counterStyles() {
  if (document.querySelector('link[href="/counter.css"]')) return;
  const link = document.createElement("link");
  link.rel = "stylesheet";
  link.href = "/counter.css";
  document.head.append(link);
}

/** A line in the applicant's language, and the Vietnamese beside it unless that is the language. */
function both(tag, words, vi, key, attributes = {}) {
  const own = h(tag, { ...attributes, text: words[key] });
  if (words === vi) return [own];
  return [own, h(tag, { ...attributes, class: `${attributes.class ?? ""} receipt-vi`.trim(), lang: "vi", dir: "ltr", text: vi[key] })];
}

/** The reference in groups of four, easier to read aloud; the QR code holds it whole. */
export const grouped = (reference) => reference.replace(/(.{4})(?=.)/g, "$1 ");

/**
 * Shows the receipt at the end of `container`, hides nothing else (the caller
 * does), and focuses its title. `locale` is a tag of eid.locales().
 */
export function showReceipt(container, { reference, pending, locale, direction = "ltr", onDone = null }) {
  counterStyles();
  clearReceipt();
  const words = RECEIPT[locale] ?? RECEIPT.en;
  const vi = RECEIPT.vi;
  const title = h("h2", { id: "receipt-title", tabindex: "-1" }, h("span", { text: words.title }),
    words === vi ? null : h("span", { class: "receipt-vi", lang: "vi", dir: "ltr", text: vi.title }));
  const qr = h("img", {
    id: "receipt-qr",
    src: `/api/receipt-qr/${encodeURIComponent(reference)}`,
    alt: words.qr,
    width: "200",
    height: "200",
  });
  const reference_ = h("div", { class: "receipt-reference" },
    ...both("p", words, vi, "reference", { class: "label" }),
    h("p", { id: "receipt-reference", class: "reference", dir: "ltr", translate: "no", "data-reference": reference, text: grouped(reference) }));
  const bring = h("ul", { class: "receipt-bring" },
    ...["passport", "card", "phone"].map((key) => h("li", {},
      h("span", { text: words[key] }),
      words === vi ? null : h("span", { class: "receipt-vi", lang: "vi", dir: "ltr", text: vi[key] }))));
  const pendingNote = pending
    ? h("div", { id: "receipt-pending", class: "receipt-pending" }, ...both("p", words, vi, "pending"))
    : null;
  const print = h("button", { type: "button", class: "button", id: "receipt-print" },
    words.print + (words === vi ? "" : ` · ${vi.print}`));
  print.addEventListener("click", () => window.print());
  const done = onDone ? h("button", { type: "button", class: "button secondary", id: "receipt-done" },
    words.done + (words === vi ? "" : ` · ${vi.done}`)) : null;
  done?.addEventListener("click", () => onDone());
  const receipt = h("section", {
    id: "receipt", class: "receipt", lang: locale, dir: direction, "aria-labelledby": "receipt-title",
    "data-pending": String(Boolean(pending)),
  },
  title,
  ...both("p", words, vi, "stored"),
  h("div", { class: "receipt-code" }, qr, reference_),
  pendingNote,
  h("h3", {}, h("span", { text: words.bring }),
    words === vi ? null : h("span", { class: "receipt-vi", lang: "vi", dir: "ltr", text: vi.bring })),
  bring,
  ...both("p", words, vi, "show"),
  h("p", { class: "actions receipt-actions" }, print, done));
  container.append(receipt);
  document.body.classList.add("receipt-shown");
  title.focus();
  return receipt;
}

/** Removes the receipt, its reference and its code from the page. */
export function clearReceipt() {
  document.getElementById("receipt")?.remove();
  document.body.classList.remove("receipt-shown");
}
