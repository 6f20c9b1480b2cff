// A new article's unsaved draft, kept in this browser: the server has nothing to autosave it
// into until the article is first saved. Every change writes the whole form (and the body)
// into localStorage, at most once a second. When the new-article page opens and a draft with
// words in it is there, and differs from what the form holds, the page offers to bring it
// back or to set it aside; until then the stored draft is left alone, so nothing typed
// before is overwritten without the editor choosing. The draft is cleared once the form has
// been sent and the next page is the saved article (`?done=saved`).

import { formEntries } from "./page.js";
import { clockTime, gregorianDate } from "./format.js";

export const draftKey = "sahifa-draft-new";
const sentKey = "sahifa-draft-new-sent";
// A send flag older than this belongs to some other visit (the answer never came).
const sentLifetime = 10 * 60 * 1000;
const skipped = new Set(["form_token", "revision", "action"]);

function store(win, name) {
  try {
    const storage = win[name];
    return storage && typeof storage.getItem === "function" ? storage : null;
  } catch {
    return null; // storage switched off
  }
}

function read(storage, key) {
  try {
    return storage ? storage.getItem(key) : null;
  } catch {
    return null;
  }
}

function write(storage, key, value) {
  try {
    if (!storage) return;
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
  } catch {
    // Full, or refused: the draft simply is not kept.
  }
}

/** The form as the draft keeps it: `[[name, value]]`, without the token and buttons. */
export function draftEntries(form) {
  return formEntries(form).filter(([name]) => !skipped.has(name));
}

/** Whether `entries` hold any words (in a text field or the body), not just a section or a box ticked. */
export function hasWords(form, entries) {
  return entries.some(([name, value]) => {
    const element = form.elements.namedItem(name);
    const field = element && element.length !== undefined && !element.tagName ? element[0] : element;
    const wordy = field && (field.tagName === "TEXTAREA" || (field.tagName === "INPUT" && ["text", "search", ""].includes(field.type)));
    return wordy && value.trim() !== "";
  });
}

/** Whether two drafts hold the same: the same values by name, an empty field the same as none. */
function same(a, b) {
  const values = (entries) => {
    const map = new Map();
    for (const [name, value] of entries) if (value.trim()) map.set(name, (map.get(name) || []).concat(value.trim()));
    return JSON.stringify([...map].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
  };
  return values(a) === values(b);
}

/** Puts `entries` back into `form`; the body goes through `setBody(markdown)`. Fields the draft lacks are emptied. */
export function fillForm(form, entries, setBody) {
  const win = form.ownerDocument.defaultView;
  const values = new Map();
  for (const [name, value] of entries) values.set(name, (values.get(name) || []).concat(value));
  for (const element of Array.from(form.elements)) {
    const { name, type } = element;
    if (!name || skipped.has(name) || ["hidden", "submit", "button", "reset", "file"].includes(type)) continue;
    const given = values.get(name) || [];
    if (name === "body" && setBody) {
      setBody(given[0] || "");
      continue;
    }
    if (type === "checkbox" || type === "radio") {
      element.checked = given.includes(element.value);
    } else if (element.tagName === "SELECT") {
      const value = given[0] || "";
      if (value && !Array.from(element.options).some((option) => option.value === value)) {
        const option = form.ownerDocument.createElement("option");
        option.value = value;
        option.textContent = value;
        element.append(option);
      }
      element.value = value;
    } else {
      element.value = given[0] || "";
    }
    element.dispatchEvent(new win.Event("input", { bubbles: true }));
    element.dispatchEvent(new win.Event("change", { bubbles: true }));
  }
}

function when(iso) {
  const time = clockTime(iso);
  const day = new Date(iso);
  const today = new Date();
  const sameDay = day.toDateString() === today.toDateString();
  return sameDay || !gregorianDate(iso) ? "الساعة " + time : gregorianDate(iso) + " الساعة " + time;
}

/** On the saved article's page: forget the new-article draft if this browser has just sent it. */
export function forgetSentDraft(win) {
  const session = store(win, "sessionStorage");
  const sent = Number(read(session, sentKey));
  if (!sent) return false;
  write(session, sentKey, null);
  const saved = new URLSearchParams(win.location.search).get("done") === "saved";
  if (!saved || Date.now() - sent > sentLifetime) return false;
  write(store(win, "localStorage"), draftKey, null);
  return true;
}

/** Keeps the new-article form's draft, and offers back an earlier one. */
export function startDraft(desk, { setBody, pause = 1000 } = {}) {
  const { form, doc } = desk;
  const win = doc.defaultView;
  const local = store(win, "localStorage");
  const session = store(win, "sessionStorage");
  write(session, sentKey, null); // this page is not the saved article: an earlier send did not land

  let offer = null;
  let timer = null;

  function save() {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (offer) return; // the stored draft waits for the editor's choice
    const entries = draftEntries(form);
    if (!hasWords(form, entries)) write(local, draftKey, null);
    else write(local, draftKey, JSON.stringify({ saved: new Date().toISOString(), entries }));
  }

  function changed() {
    if (timer === null) timer = setTimeout(save, pause);
  }

  function stored() {
    try {
      const draft = JSON.parse(read(local, draftKey) || "null");
      return draft && Array.isArray(draft.entries) ? draft : null;
    } catch {
      return null;
    }
  }

  function settle(restore, draft) {
    offer.remove();
    offer = null;
    if (restore) fillForm(form, draft.entries, setBody);
    else write(local, draftKey, null);
    save();
    const first = form.querySelector("#headline");
    if (first) first.focus();
  }

  const draft = stored();
  if (draft && hasWords(form, draft.entries) && !same(draft.entries, draftEntries(form))) {
    offer = doc.createElement("div");
    offer.className = "form-notice desk-offer";
    offer.setAttribute("role", "status");
    const words = doc.createElement("p");
    words.textContent = "في هذا المتصفح مسودة خبر جديد لم تُحفظ. استعادتها تضع ما فيها مكان ما في النموذج الآن.";
    const restore = doc.createElement("button");
    restore.type = "button";
    restore.textContent = "استعادة المسودة غير المحفوظة (" + when(draft.saved) + ")";
    const dismiss = doc.createElement("button");
    dismiss.type = "button";
    dismiss.className = "secondary";
    dismiss.textContent = "تجاهلها";
    restore.addEventListener("click", () => settle(true, draft));
    dismiss.addEventListener("click", () => settle(false, draft));
    offer.append(words, restore, dismiss);
    form.before(offer);
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", () => {
    save();
    // With the offer still open the stored draft is an earlier one, not what is being sent:
    // it stays, to be offered again.
    if (!offer) write(session, sentKey, String(Date.now()));
  });
  win.addEventListener("pagehide", save);
  return { save, get offer() { return offer; } };
}
