// What the officers' pages (the desk and the campaign view) share: their words,
// Vietnamese with English beside, and the sign-in. The server keeps the sign-in
// in an HttpOnly cookie; these pages never see, type or keep a token. A page
// gives `signIn` its own `show(screen, officer)` and `enter(officer)`; the
// sign-in form, the sign-out button and the first probe of the session are
// wired here once.
import { h } from "/form.js";
import { OFFICE } from "/counter-text.js";

export const vi = OFFICE.vi;
export const en = OFFICE.en;
export const $ = (id) => document.getElementById(id);

/** Vietnamese, with English beside it, as elements. */
export const words = (key) => [h("span", { text: vi[key] }), h("span", { lang: "en", text: en[key] })];
/** The same as one line of text, for buttons. */
export const plain = (key) => `${vi[key]} · ${en[key]}`;
export const said = (element, key) => element.replaceChildren(...words(key));

/** The sign-in form's words and the sign-out button's. */
function signInWords() {
  said($("sign-in-title"), "signIn");
  said($("name-label"), "name");
  said($("password-label"), "password");
  $("sign-in-submit").textContent = plain("signIn");
  $("sign-out").textContent = plain("signOut");
}

/** The officer named in the header, or nobody. */
export function showOfficer(officer) {
  $("who").hidden = officer === null;
  if (officer) $("who-name").replaceChildren(h("span", { text: `${vi.signedInAs} ${officer.name} (${officer.role})` }));
}

/**
 * Wires the sign-in and the sign-out, then enters with the session the
 * browser already has, or shows the sign-in. Resolves once the page is ready.
 */
export async function signIn({ show, enter }) {
  signInWords();
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const problem = $("sign-in-problem");
    problem.textContent = "";
    const response = await fetch("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: $("name").value.trim(), password: $("password").value }),
    }).catch(() => null);
    $("password").value = "";
    if (response?.status === 200) return enter(await response.json());
    const key = response?.status === 401 ? "wrongPassword" : response?.status === 429 ? "tooMany" : "unavailable";
    problem.replaceChildren(...words(key));
  });
  $("sign-out").addEventListener("click", async () => {
    await fetch("/api/session", { method: "DELETE" }).catch(() => null);
    show("sign-in");
  });
  const response = await fetch("/api/session/state").catch(() => null);
  const session = response?.status === 200 ? await response.json() : null;
  if (session?.signedIn) await enter(session);
  else show("sign-in");
}
