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
