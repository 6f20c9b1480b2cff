// The committed bundle (Public/editor.js) runs in a page like the article editor's and mounts
// the editor. Whether it is up to date with Editor/ is scripts/editor/bundle --check's job.

import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

const bundle = new URL("../../Sources/SahifaWeb/Resources/Public/editor.js", import.meta.url);

/** Runs the bundle while the page is still loading, as a deferred script would, and waits for load. */
async function runBundle(window) {
  const loaded = new Promise((resolve) => window.addEventListener("load", resolve));
  window.eval(readFileSync(bundle, "utf8"));
  await loaded;
}

test("the bundle mounts the editor on the body field and keeps the form's body", async () => {
  const dom = new JSDOM(
    `<!doctype html><html lang="ar" dir="rtl"><body><form class="editor" method="post">
<label for="body">النص</label><textarea id="body" name="body">## عنوان\n\nنص **عريض**</textarea></form></body></html>`,
    { runScripts: "outside-only", pretendToBeVisual: true },
  );
  const { window } = dom;
  window.Range.prototype.getClientRects = () => [];
  window.Range.prototype.getBoundingClientRect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 });
  await runBundle(window);
  const textarea = window.document.getElementById("body");
  assert.equal(textarea.hidden, true);
  const editor = window.document.querySelector(".body-editor-content[contenteditable=true]");
  assert.ok(editor, "the editor is there");
  assert.equal(editor.querySelector("h2").textContent, "عنوان");
  assert.equal(editor.querySelector("strong").textContent, "عريض");
  assert.equal(textarea.value, "## عنوان\n\nنص **عريض**");
});

test("without the body field the bundle does nothing", async () => {
  const dom = new JSDOM(`<!doctype html><body><textarea id="summary"></textarea></body>`, { runScripts: "outside-only" });
  await runBundle(dom.window);
  assert.equal(dom.window.document.querySelector(".body-editor"), null);
});

test("on a page with a writing desk the bundle adds its buttons, counters and word count", async () => {
  const dom = new JSDOM(
    `<!doctype html><html lang="ar" dir="rtl"><body><form class="editor" method="post" action="/newsroom/articles/new" data-desk="/newsroom/desk">
<input type="hidden" name="form_token" value="t"><label for="headline">العنوان</label><input id="headline" name="headline" data-limit="200" data-advice="70" value="عنوان">
<label for="body">النص</label><textarea id="body" name="body">نص من ثلاث كلمات</textarea>
<div class="editor-actions"><button type="submit" name="action" value="save">حفظ</button></div></form></body></html>`,
    { runScripts: "outside-only", pretendToBeVisual: true, url: "https://sahifa.test/newsroom/articles/new" },
  );
  const { window } = dom;
  window.Range.prototype.getClientRects = () => [];
  window.Range.prototype.getBoundingClientRect = () => ({ left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 });
  await runBundle(window);
  const labels = [...window.document.querySelectorAll(".body-editor-toolbar button")].map((button) => button.textContent);
  assert.deepEqual(labels.slice(-3), ["صورة", "خبر ذو علاقة", "؟"]);
  assert.equal(window.document.getElementById("headline-counter").textContent, "عدد الأحرف: 5 · المقترح 70 على الأكثر · الحد الأقصى 200");
  assert.equal(window.document.querySelector(".desk-words").textContent, "عدد الكلمات: 4 · مدة القراءة: دقيقة واحدة");
});
