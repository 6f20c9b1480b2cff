// The notice that someone else saved a newer version of the article while this page was open,
// above the form. Autosave learns it from its answer (revision_now) and presence from the
// `saved` event, whichever comes first; the notice keeps the newest revision heard of and is
// an alert, since what the editor does next (save, and see the difference) depends on it.

import { clockTime, number } from "./format.js";

export function newerVersionNotice(form) {
  const doc = form.ownerDocument;
  let element = null;
  let shown = { revision: 0, by: "" };

  function text({ revision, by, at, time: shown }) {
    // The server's `time` is the site's clock in its digits; `at` is read here otherwise.
    const time = typeof shown === "string" && shown ? shown : clockTime(at);
    const who = by
      ? "حفظ " + by + " نسخة جديدة من الخبر (المراجعة " + number(revision) + ")" + (time ? " الساعة " + time : "")
      : "حُفظت نسخة أحدث من الخبر (المراجعة " + number(revision) + ") بعد أن فتحتَه";
    return who + ". ما تكتبه الآن لم يضع؛ احفظ لترى الفرق بين النسختين.";
  }

  return {
    /** Shows (or updates) the notice for `{revision, by, at}`; an older or already shown revision changes nothing. */
    show(saved) {
      const revision = Number(saved.revision);
      if (!Number.isFinite(revision)) return;
      if (revision < shown.revision || (revision === shown.revision && (shown.by || !saved.by))) return;
      shown = { revision, by: saved.by || "" };
      if (!element) {
        element = doc.createElement("p");
        element.className = "form-notice form-notice-problem desk-newer";
        element.setAttribute("role", "alert");
        form.before(element);
      }
      element.textContent = text(saved);
    },
    get element() {
      return element;
    },
  };
}
