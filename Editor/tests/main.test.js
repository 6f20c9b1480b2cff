// The editor mounted on a page like the article editor's, in jsdom: the text area hides,
// the editor shows its body, and the form posts what the editor holds.

import test from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";

const page = `<!doctype html><html lang="ar" dir="rtl"><body>
<form method="post" class="editor" action="/newsroom/articles/1">
<div class="field"><label for="body">النص</label>
<textarea dir="auto" id="body" name="body" rows="18" aria-describedby="body-problem">## عنوان

فقرة أولى عن Boeing 787.

[[image:abc|تعليق|رويترز]]

[[related:12]]

[[embed:https://example.com/not-a-post]]</textarea><p id="body-problem">مشكلة</p></div>
<button type="submit">حفظ</button></form>
<button type="button" data-insert="[[related:77]]">أدرج في النص</button>
</body></html>`;

async function mounted() {
  const dom = new JSDOM(page, { pretendToBeVisual: true });
  const { window } = dom;
  window.__sahifaBodyEditorTest = true;
  // jsdom lays nothing out; ProseMirror asks for sizes when it scrolls the cursor into view.
  const noRects = () => [];
  const zeroRect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 });
  window.Range.prototype.getClientRects = noRects;
  window.Range.prototype.getBoundingClientRect = zeroRect;
  Object.assign(globalThis, {
    window,
    document: window.document,
    navigator: window.navigator,
    innerHeight: 768,
    innerWidth: 1024,
  });
  const { mountBodyEditor } = await import("../main.js");
  const textarea = window.document.getElementById("body");
  const original = textarea.value;
  const view = mountBodyEditor(textarea);
  return { window, document: window.document, textarea, view, original };
}

test("the text area is hidden and the editor shows the body beside it", async () => {
  const { document, textarea, view } = await mounted();
  assert.equal(textarea.hidden, true);
  const editor = document.querySelector(".body-editor-content");
  assert.ok(editor);
  assert.equal(editor.getAttribute("dir"), "rtl");
  assert.equal(editor.getAttribute("lang"), "ar");
  assert.equal(editor.getAttribute("contenteditable"), "true");
  assert.equal(editor.getAttribute("aria-labelledby"), "body-label");
  assert.equal(editor.getAttribute("aria-describedby"), "body-problem");
  assert.equal(editor.querySelector("h2").textContent, "عنوان");
  const figures = [...editor.querySelectorAll("figure.body-directive")];
  assert.deepEqual(figures.map((figure) => figure.className.split(" ")[1]), [
    "body-directive-image", "body-directive-related", "body-directive-embed",
  ]);
  assert.equal(figures[0].getAttribute("contenteditable"), "false");
  assert.match(figures[0].textContent, /abc.*تعليق.*رويترز/);
  assert.match(figures[1].textContent, /12/);
  assert.match(figures[2].textContent, /example\.com\/not-a-post/);
  assert.ok(figures[2].querySelector(".body-directive-warning"), "an address the server refuses is flagged");
  assert.equal(view.state.doc.childCount, 5);
});

test("the toolbar has a button per mark and block, in Arabic, and the keyboard help", async () => {
  const { document } = await mounted();
  const labels = [...document.querySelectorAll(".body-editor-toolbar button")].map((button) => button.textContent);
  assert.deepEqual(labels, [
    "عريض", "مائل", "شيفرة", "رابط", "فقرة", "عنوان فرعي", "عنوان أصغر", "اقتباس", "قائمة", "قائمة مرقمة", "تراجع", "إعادة", "؟",
  ]);
  const help = [...document.querySelectorAll(".body-editor-toolbar button")].pop();
  assert.equal(help.getAttribute("aria-label"), "اختصارات لوحة المفاتيح");
  assert.equal(help.getAttribute("aria-keyshortcuts"), "Control+/");
  const bold = document.querySelector(".body-editor-toolbar button");
  assert.equal(bold.title, "عريض (Ctrl+B)");
  assert.equal(bold.getAttribute("aria-keyshortcuts"), "Control+B");
  assert.equal(bold.getAttribute("aria-pressed"), "false");
  const undo = [...document.querySelectorAll(".body-editor-toolbar button")].find((button) => button.textContent === "تراجع");
  assert.equal(undo.disabled, true, "nothing to undo yet");
});

test("an untouched body is posted exactly as it came; a change is written back", async () => {
  const { window, document, textarea, view, original } = await mounted();
  const form = document.querySelector("form");
  form.dispatchEvent(new window.Event("submit", { cancelable: true }));
  assert.equal(textarea.value, original);

  const end = view.state.doc.child(0).nodeSize + view.state.doc.child(1).nodeSize - 1;
  view.dispatch(view.state.tr.insertText(" وAirbus A350", end));
  assert.equal(
    textarea.value,
    "## عنوان\n\nفقرة أولى عن Boeing 787. وAirbus A350\n\n[[image:abc|تعليق|رويترز]]\n\n[[related:12]]\n\n[[embed:https://example.com/not-a-post]]",
  );
  textarea.value = "stale";
  form.dispatchEvent(new window.Event("submit", { cancelable: true }));
  assert.match(textarea.value, /Airbus A350/);
});

test("an insert button puts its card into the editor, not the hidden text area", async () => {
  const { window, document, textarea, view } = await mounted();
  let reachedPage = false;
  document.addEventListener("click", () => {
    reachedPage = true;
  });
  document.querySelector("button[data-insert]").dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
  assert.equal(reachedPage, false, "newsroom.js's own handler does not run");
  const ids = [];
  view.state.doc.forEach((node) => node.type.name === "related" && ids.push(node.attrs.id));
  assert.deepEqual(ids, ["77", "12"]);
  assert.match(textarea.value, /\[\[related:77\]\]/);
});
