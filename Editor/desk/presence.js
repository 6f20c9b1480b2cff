// Who else has this article open, over the server's event stream {desk}/presence: a bar above
// the form names them (and is hidden when the editor is alone), and when any of them saves a
// revision newer than the one this form was opened at, the newer-version notice shows at
// once. The stream is closed when the page is left, so the server counts this editor out, and
// opened again if the browser brings the page back from its cache.

import { nameList } from "./format.js";
import { urlencoded } from "./http.js";

function read(event) {
  try {
    return JSON.parse(event.data);
  } catch {
    return null;
  }
}

export function startPresence(desk, { notice }) {
  const { form, page, doc } = desk;
  const Source = globalThis.EventSource;
  if (!Source || !page.article) return null;

  const bar = doc.createElement("p");
  bar.className = "desk-presence";
  bar.setAttribute("role", "status");
  bar.hidden = true;
  form.before(bar);

  let source = null;
  function open() {
    source = new Source(page.desk + "/presence?article=" + encodeURIComponent(page.article));
    source.addEventListener("present", (event) => {
      const data = read(event);
      const editors = data && Array.isArray(data.editors) ? data.editors : [];
      const names = editors.map((editor) => editor && editor.name).filter(Boolean);
      bar.textContent = names.length ? "يعمل على هذا الخبر الآن أيضاً: " + nameList(names) : "";
      bar.hidden = names.length === 0;
    });
    source.addEventListener("saved", (event) => {
      const data = read(event);
      if (!data || desk.submitting || page.revision === null) return;
      const revision = Number(data.revision);
      if (revision > page.revision) notice.show({ revision, by: data.by, at: data.at, time: data.time });
    });
    // The server names this page's connection, so that leaving can be said at once.
    source.addEventListener("joined", (event) => {
      const data = read(event);
      connection = data && Number.isFinite(Number(data.connection)) ? String(data.connection) : null;
    });
  }
  let connection = null;
  open();
  const win = doc.defaultView;
  win.addEventListener("pagehide", () => {
    source.close();
    bar.hidden = true;
    // A closed stream is noticed by the server only at its next keep-alive; the beacon tells it now.
    const nav = globalThis.navigator;
    if (connection && nav && typeof nav.sendBeacon === "function") {
      nav.sendBeacon(page.desk + "/presence/leave", urlencoded([["form_token", page.token], ["connection", connection]]));
    }
    connection = null;
  });
  // Back from the browser's page cache: the stream was closed on the way out.
  win.addEventListener("pageshow", (event) => {
    if (event.persisted) open();
  });
  return { bar, get source() { return source; } };
}
