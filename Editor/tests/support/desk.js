// Shared by the writing desk's tests: an article editor page as EditorPage.swift renders it
// with the desk's hooks, in jsdom, and stand-ins for the network: `fetch` answered from a
// table of routes, XMLHttpRequest uploads the test answers itself, EventSource streams the
// test feeds, and sendBeacon recorded. Nothing leaves the process.

import { JSDOM } from "jsdom";

export const picture = (hash, more = {}) => ({
  hash,
  alt: "وصف " + hash,
  caption: "تعليق " + hash,
  credit: "مصدر " + hash,
  width: 1200,
  height: 800,
  thumbnail: "/media/" + hash + "/thumb.jpg",
  ...more,
});

/** The editor page's HTML. `article` null makes it the new-article page. */
export function pageHTML({ article = "41", revision = "3", body = "فقرة أولى.", pictures = [], headline = "عنوان الخبر" } = {}) {
  const action = article ? "/newsroom/articles/" + article : "/newsroom/articles/new";
  const hooks = article ? ` data-article="${article}" data-revision="${revision}"` : "";
  const options = pictures.map((p) => `<option value="${p.hash}">${p.alt}</option>`).join("");
  return `<!doctype html><html lang="ar" dir="rtl"><body class="newsroom"><main id="main">
<h1>محرر الخبر</h1>
<form method="post" class="editor" action="${action}" data-desk="/newsroom/desk"${hooks}>
<input type="hidden" name="form_token" value="tok-123">${article ? `<input type="hidden" name="revision" value="${revision}">` : ""}
<div class="field"><label for="kicker">العنوان الفرعي العلوي</label><input type="text" dir="auto" id="kicker" name="kicker" value=""></div>
<div class="field"><label for="headline">العنوان</label><input type="text" dir="auto" id="headline" name="headline" value="${headline}" required data-limit="200" data-advice="70"></div>
<div class="field"><label for="summary">الموجز</label><textarea dir="auto" id="summary" name="summary" rows="3" data-limit="600"></textarea></div>
<div class="field"><label for="section">القسم</label><select id="section" name="section" required><option value="">اختر القسم</option><option value="politics" selected>سياسة</option><option value="sport">رياضة</option></select></div>
<fieldset class="field"><legend>الكتّاب</legend><label class="choice"><input type="checkbox" name="authors" value="huda" checked> هدى</label><label class="choice"><input type="checkbox" name="authors" value="omar"> عمر</label></fieldset>
<div class="field"><label for="tags">الوسوم</label><input type="text" dir="auto" id="tags" name="tags" value=""></div>
<div class="field"><label for="hero">الصورة الرئيسية</label><select id="hero" name="hero"><option value="">بلا صورة</option>${options}</select></div>
<div class="field"><label for="body">النص</label><textarea dir="auto" id="body" name="body" rows="18">${body}</textarea></div>
<div class="field"><label for="embargo">حظر النشر</label><input type="datetime-local" id="embargo" name="embargo" value=""></div>
<div class="field"><label for="correction">ملاحظة تصحيح</label><textarea dir="auto" id="correction" name="correction" rows="2"></textarea></div>
<details class="seo"><summary>الرابط ومحركات البحث</summary>
<div class="field"><label for="slug">الرابط المختصر</label><input type="text" dir="auto" id="slug" name="slug" value=""></div>
<div class="field"><label for="seo_title">عنوان محركات البحث</label><input type="text" dir="auto" id="seo_title" name="seo_title" value="" data-limit="200" data-advice="70"></div>
<div class="field"><label for="seo_description">وصف محركات البحث</label><textarea dir="auto" id="seo_description" name="seo_description" rows="2" data-limit="300" data-advice="160"></textarea></div>
</details>
<div class="field field-check"><label><input type="checkbox" name="featured" value="1"> خبر رئيسي</label></div>
<div class="editor-actions"><button type="submit" name="action" value="save">حفظ</button><button type="submit" name="action" value="preview" class="secondary">معاينة دون حفظ</button></div>
</form></main></body></html>`;
}

/** A network of stand-ins: `route(method, path, answer)`; `answer(request)` returns `{status, json}`. */
export function network() {
  const net = { requests: [], routes: [], uploads: [], sources: [], beacons: [] };
  net.route = (method, path, answer) => {
    net.routes.unshift({ method, path, answer });
    return net;
  };
  net.fetch = async (url, init = {}) => {
    const request = { method: init.method || "GET", url: String(url), body: init.body, time: Date.now() };
    request.path = request.url.split("?")[0];
    request.query = new URLSearchParams(request.url.split("?")[1] || "");
    if (request.body instanceof URLSearchParams) request.fields = request.body;
    net.requests.push(request);
    const route = net.routes.find((r) => r.method === request.method && r.path === request.path);
    const { status = 200, json = {} } = route
      ? await route.answer(request)
      : { status: 404, json: { error: { code: "not_found", message: "غير موجود" } } };
    return { status, ok: status >= 200 && status < 300, text: async () => JSON.stringify(json) };
  };
  net.XMLHttpRequest = class {
    constructor() {
      this.upload = {};
      this.headers = {};
      net.uploads.push(this);
    }
    open(method, url) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name, value) {
      this.headers[name] = value;
    }
    send(body) {
      this.body = body;
      this.fields = Object.fromEntries([...body.entries()]);
      if (net.onUpload) setTimeout(() => net.onUpload(this), 0);
    }
    progress(loaded, total) {
      this.upload.onprogress({ lengthComputable: true, loaded, total });
    }
    respond(status, json) {
      this.status = status;
      this.responseText = JSON.stringify(json);
      this.onload();
    }
  };
  net.EventSource = class {
    constructor(url) {
      this.url = url;
      this.listeners = {};
      this.closed = false;
      net.sources.push(this);
    }
    addEventListener(type, listener) {
      (this.listeners[type] ||= []).push(listener);
    }
    emit(type, data) {
      for (const listener of this.listeners[type] || []) listener({ type, data: JSON.stringify(data) });
    }
    close() {
      this.closed = true;
    }
  };
  // Autosave is answered unless a test says otherwise; a refused one would be retried for ever.
  net.route("POST", "/newsroom/desk/autosave", () => ({ json: { saved_at: "2025-12-07T14:05:00+03:00", revision_now: 3 } }));
  return net;
}

/** A jsdom window for `html` at `url`, installed as the globals ProseMirror and the desk use. */
export function installPage(html, { url = "https://sahifa.test/newsroom/articles/41", net = network() } = {}) {
  const dom = new JSDOM(html, { url, pretendToBeVisual: true });
  const { window } = dom;
  window.__sahifaBodyEditorTest = true;
  window.Range.prototype.getClientRects = () => [];
  window.Range.prototype.getBoundingClientRect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 });
  window.Element.prototype.scrollIntoView = () => {};
  Object.defineProperty(window.navigator, "sendBeacon", {
    configurable: true,
    value: (address, data) => {
      net.beacons.push({ url: address, body: data, fields: Object.fromEntries([...data.entries()]), all: [...data.entries()] });
      return true;
    },
  });
  Object.assign(globalThis, {
    window,
    document: window.document,
    navigator: window.navigator,
    innerHeight: 768,
    innerWidth: 1024,
    fetch: net.fetch,
    XMLHttpRequest: net.XMLHttpRequest,
    EventSource: net.EventSource,
  });
  return { window, document: window.document, net };
}

/** The editor page mounted: `{window, document, form, view, net, timing}`. */
export async function mountedPage(options = {}, { url, net = network(), before = () => {} } = {}) {
  const page = installPage(pageHTML(options), {
    url: url || (options.article === null ? "https://sahifa.test/newsroom/articles/new" : "https://sahifa.test/newsroom/articles/41"),
    net,
  });
  before(page);
  const { mountBodyEditor } = await import("../../main.js");
  const { timing } = await import("../../desk/index.js");
  Object.assign(timing, { autosave: 20, autosaveRetry: 40, draft: 10, search: 5, caption: 15 });
  const textarea = page.document.getElementById("body");
  const view = mountBodyEditor(textarea);
  return { ...page, form: page.document.querySelector("form.editor"), textarea, view, timing };
}

export const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `check()` is truthy (polling), or fails after `limit` ms. */
export async function until(check, limit = 1000, what = "the condition") {
  const start = Date.now();
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() - start > limit) throw new Error("timed out waiting for " + what);
    await tick(2);
  }
}

/** The open desk dialog (the last one), or null. */
export function openDialog(document) {
  const dialogs = document.querySelectorAll("dialog.desk-dialog[open]");
  return dialogs.length ? dialogs[dialogs.length - 1] : null;
}

/** A clipboard or drag data object: `{files, getData(type)}`. */
export function transfer({ text = "", html = "", files = [] } = {}) {
  return { files, types: [], getData: (type) => (type === "text/plain" ? text : type === "text/html" ? html : "") };
}

/** Runs the editor's handlers for a paste of `data` (what ProseMirror's own paste listener does with the event). */
export function paste(view, data) {
  const event = { clipboardData: data, preventDefault() {} };
  return !!view.someProp("handlePaste", (handle) => handle(view, event, null));
}

export function drop(view, data) {
  const event = { dataTransfer: data, clientX: 0, clientY: 0, preventDefault() {} };
  return !!view.someProp("handleDrop", (handle) => handle(view, event, null, false));
}

export function submitForm(window, form) {
  form.dispatchEvent(new window.Event("submit", { cancelable: true, bubbles: true }));
}
