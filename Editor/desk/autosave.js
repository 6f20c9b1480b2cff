// Autosave for an article that exists: after a change to any field or to the body, the whole
// form goes to {desk}/autosave, at most once every five seconds, and once more by beacon when
// the tab is hidden or the page is left. The status line by the save button says when the
// last draft was kept, or why it was not (quietly: the next change, or a later try, sends it
// again). An answer whose revision_now is past the revision this form was opened at means
// someone else saved meanwhile, and the notice says so.

import { formEntries } from "./page.js";
import { postFields, urlencoded } from "./http.js";
import { clockTime } from "./format.js";

export function startAutosave(desk, { notice, interval = 5000, retry = 30000 } = {}) {
  const { form, page, doc } = desk;
  const url = page.desk + "/autosave";
  const status = doc.createElement("p");
  status.className = "desk-autosave hint";
  status.setAttribute("role", "status");
  (form.querySelector(".editor-actions") || form).append(status);

  let dirty = false;
  let busy = false;
  let timer = null;
  let last = -Infinity;
  let wait = interval;

  const fields = () => [
    ["form_token", page.token],
    ["article", page.article],
    ["revision", page.revision === null ? "" : String(page.revision)],
    ...formEntries(form).filter(([name]) => name !== "form_token" && name !== "article" && name !== "revision"),
  ];

  function say(text) {
    if (status.textContent !== text) status.textContent = text;
  }

  function schedule() {
    if (timer !== null || busy || desk.submitting) return;
    timer = setTimeout(send, Math.max(0, last + wait - Date.now()));
  }

  async function send() {
    timer = null;
    if (!dirty || busy || desk.submitting) return;
    dirty = false;
    busy = true;
    last = Date.now();
    try {
      const answer = await postFields(url, urlencoded(fields()));
      wait = interval;
      // The server's `time` is on the site's clock, in its digits, as the page's offer shows it.
      const time = typeof answer.time === "string" && answer.time ? answer.time : clockTime(answer.saved_at || new Date().toISOString());
      say("حُفظت مسودة تلقائياً الساعة " + time);
      const now = Number(answer.revision_now);
      if (page.revision !== null && Number.isFinite(now) && now > page.revision) notice.show({ revision: now });
    } catch (error) {
      dirty = true;
      wait = retry;
      say("لم تُحفظ المسودة التلقائية: " + error.message);
    } finally {
      busy = false;
      if (dirty) schedule();
    }
  }

  function changed() {
    dirty = true;
    schedule();
  }

  /**
   * The last changes, by beacon: the page may be gone before a fetch would be answered. The
   * beacon carries the same urlencoded fields as every autosave (token included): a FormData
   * would go as multipart, which the autosave address does not read.
   */
  function beacon() {
    if (!dirty || desk.submitting) return;
    const nav = globalThis.navigator;
    if (!nav || typeof nav.sendBeacon !== "function") return;
    if (!nav.sendBeacon(url, urlencoded(fields()))) return;
    dirty = false;
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  doc.addEventListener("visibilitychange", () => {
    if (doc.visibilityState === "hidden") beacon();
  });
  doc.defaultView.addEventListener("pagehide", beacon);
  return { status, send, beacon, isDirty: () => dirty };
}
