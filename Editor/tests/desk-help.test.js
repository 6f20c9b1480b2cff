// The keyboard help (desk/help.js) and the page's own keys (desk/shortcuts.js): every
// binding the keymap has is listed, from the same table, and Ctrl+/ and Ctrl+S work from
// anywhere on the page.

import test from "node:test";
import assert from "node:assert/strict";
import { bindings, keyTable } from "../commands/keys.js";
import { toolbarItems, shortcut } from "../toolbar.js";
import { group, helpSections } from "../desk/help.js";
import { schema } from "../schema.js";
import { mountedPage, openDialog } from "./support/desk.js";

test("the help lists every binding of the keymap, each with Arabic words", () => {
  const sections = helpSections(schema, [{ keys: "Mod-/", label: "عرض هذه القائمة" }], false);
  const listed = sections[0].rows.flatMap((row) => row.keys);
  const bound = Object.keys(bindings(schema)).map((keys) => shortcut(keys, false));
  assert.deepEqual([...listed].sort(), [...bound].sort());
  for (const row of sections.flatMap((section) => section.rows)) assert.match(row.label, /[\u0600-\u06ff]/, row.label);
  for (const entry of keyTable(schema)) assert.equal(typeof entry.command, "function", entry.keys);
  // The toolbar's shortcuts are bindings of the keymap.
  for (const item of toolbarItems(schema, () => null)) if (item.keys) assert.ok(item.keys in bindings(schema), item.keys);
  const redo = sections[0].rows.find((row) => row.keys.includes("Ctrl+Y"));
  assert.deepEqual(redo.keys, ["Ctrl+Shift+Z", "Ctrl+Y"], "bindings that do the same share a line");
  assert.deepEqual(group([{ keys: "Mod-b", label: "عريض" }], true), [{ label: "عريض", keys: ["⌘+B"] }]);
});

test("the ؟ button and Ctrl+/ open the help dialog, right to left and labelled", async () => {
  const { window, document, form } = await mountedPage();
  const button = [...document.querySelectorAll(".body-editor-toolbar button")].pop();
  assert.equal(button.textContent, "؟");
  assert.equal(button.getAttribute("aria-label"), "اختصارات لوحة المفاتيح");
  button.click();
  let dialog = openDialog(document);
  assert.equal(dialog.getAttribute("dir"), "rtl");
  assert.equal(document.getElementById(dialog.getAttribute("aria-labelledby")).textContent, "اختصارات لوحة المفاتيح");
  const tables = dialog.querySelectorAll("table.desk-keys");
  assert.deepEqual([...tables].map((table) => table.caption.textContent), ["في النص", "في الصفحة", "في شريط الأدوات والنوافذ"]);
  const keys = [...dialog.querySelectorAll("kbd")].map((kbd) => kbd.textContent);
  for (const name of ["Ctrl+B", "Ctrl+Alt+2", "Ctrl+Shift+.", "Enter", "Shift+Enter", "Ctrl+/", "Ctrl+S", "Escape"]) assert.ok(keys.includes(name), name);
  assert.equal(dialog.querySelector("kbd").getAttribute("dir"), "ltr");
  dialog.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  assert.equal(openDialog(document), null);

  // From a field of the form, with an Arabic layout: the key marked / types ظ.
  const headline = document.getElementById("headline");
  headline.dispatchEvent(new window.KeyboardEvent("keydown", { key: "ظ", keyCode: 191, ctrlKey: true, bubbles: true, cancelable: true }));
  dialog = openDialog(document);
  assert.ok(dialog, "Ctrl+/ opened it");
  void form;
});

test("Ctrl+S sends the form as the save button does, but not while a dialog is open", async () => {
  const { window, document, form, textarea, view } = await mountedPage({ body: "نص." });
  let sent = 0;
  form.addEventListener("submit", (event) => {
    sent++;
    event.preventDefault();
  });
  view.dispatch(view.state.tr.insertText("جديد ", 1));
  const save = new window.KeyboardEvent("keydown", { key: "s", keyCode: 83, ctrlKey: true, bubbles: true, cancelable: true });
  view.dom.dispatchEvent(save);
  assert.equal(save.defaultPrevented, true, "the browser's own save-page is not shown");
  assert.equal(sent, 1);
  assert.equal(textarea.value, "جديد نص.");

  [...document.querySelectorAll(".body-editor-toolbar button")].pop().click();
  document.body.dispatchEvent(new window.KeyboardEvent("keydown", { key: "s", keyCode: 83, ctrlKey: true, bubbles: true, cancelable: true }));
  assert.equal(sent, 1);
});
