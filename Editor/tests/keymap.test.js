// Key names as the keymap reads them from key events.

import test from "node:test";
import assert from "node:assert/strict";
import { keydownHandler, namesForEvent, normalizeKey } from "../commands/keymap.js";
import { bindings } from "../commands/keys.js";
import { markdownOf, schema, stateFor } from "./support/helpers.js";

function key(init) {
  return { altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, keyCode: 0, ...init };
}

test("binding names are put in one order, Mod meaning Ctrl or Cmd", () => {
  assert.equal(normalizeKey("Mod-Shift-z", false), "Ctrl-Shift-z");
  assert.equal(normalizeKey("Mod-Shift-z", true), "Meta-Shift-z");
  assert.equal(normalizeKey("Shift-Alt-Mod-2", false), "Alt-Ctrl-Shift-2");
  assert.equal(normalizeKey("Mod-Shift--", false), "Ctrl-Shift--");
  assert.equal(normalizeKey("Space", false), " ");
  assert.throws(() => normalizeKey("Hyper-x", false));
});

test("key events give the names to look up", () => {
  assert.deepEqual(namesForEvent(key({ key: "b", keyCode: 66, ctrlKey: true })), ["Ctrl-b"]);
  assert.deepEqual(namesForEvent(key({ key: "Enter", keyCode: 13, shiftKey: true })), ["Shift-Enter"]);
  // Shift-8 types "*"; its place on the keyboard is 8.
  assert.ok(namesForEvent(key({ key: "*", keyCode: 56, ctrlKey: true, shiftKey: true })).includes("Ctrl-Shift-8"));
  // Shift-. types ">".
  assert.ok(namesForEvent(key({ key: ">", keyCode: 190, ctrlKey: true, shiftKey: true })).includes("Ctrl-Shift-."));
  // With an Arabic layout, Ctrl and the B key type "لا": still Ctrl-b.
  assert.ok(namesForEvent(key({ key: "ذ", keyCode: 66, ctrlKey: true })).includes("Ctrl-b"));
  // Caps Lock: "B" without Shift is still Ctrl-b.
  assert.ok(namesForEvent(key({ key: "B", keyCode: 66, ctrlKey: true })).includes("Ctrl-b"));
  // Shift-Z for redo.
  assert.ok(namesForEvent(key({ key: "Z", keyCode: 90, ctrlKey: true, shiftKey: true })).includes("Ctrl-Shift-z"));
});

test("the handler runs the bound command against the view", () => {
  let state = stateFor("نص", "^نص", "نص$");
  const view = {
    get state() {
      return state;
    },
    dispatch(tr) {
      state = state.apply(tr);
    },
  };
  const handle = keydownHandler(bindings(schema), false);
  assert.equal(handle(view, key({ key: "b", keyCode: 66, ctrlKey: true })), true);
  assert.equal(markdownOf(state), "**نص**");
  assert.equal(handle(view, key({ key: "*", keyCode: 56, ctrlKey: true, shiftKey: true })), true);
  assert.equal(markdownOf(state), "- **نص**");
  assert.equal(handle(view, key({ key: "z", keyCode: 90, ctrlKey: true })), true);
  assert.equal(markdownOf(state), "**نص**");
  assert.equal(handle(view, key({ key: "2", keyCode: 50, ctrlKey: true, altKey: true })), true);
  assert.equal(markdownOf(state), "## **نص**");
  // A quote holds paragraphs only: the heading becomes one inside it.
  assert.equal(handle(view, key({ key: ">", keyCode: 190, ctrlKey: true, shiftKey: true })), true);
  assert.equal(markdownOf(state), "> **نص**");
  assert.equal(handle(view, key({ key: "q", keyCode: 81, ctrlKey: true })), false, "unbound");
});

test("every shortcut the brief names is bound", () => {
  const names = Object.keys(bindings(schema));
  for (const name of [
    "Mod-b", "Mod-i", "Mod-z", "Mod-Shift-z", "Mod-y", "Enter", "Backspace", "Delete",
    "Mod-Alt-2", "Mod-Alt-3", "Mod-Shift-8", "Mod-Shift-9", "Mod-Shift-.", "Mod-a",
  ]) {
    assert.ok(names.includes(name), name);
  }
});
