// Undo and redo, and how changes are grouped.

import test from "node:test";
import assert from "node:assert/strict";
import { closeHistory, redo, redoDepth, toggleList, toggleMark, undo, undoDepth } from "../commands/index.js";
import { markdownOf, run, schema, stateFor } from "./support/helpers.js";

/** Types `text` one character at a time, `gap` milliseconds apart, starting at `time`. */
function type(state, text, time, gap = 100) {
  for (const character of text) {
    state = state.apply(state.tr.insertText(character).setTime(time));
    time += gap;
  }
  return state;
}

test("typing within 500 ms is one group; a pause starts another", () => {
  let state = stateFor("نص", "نص$");
  state = type(state, " أول", 1000);
  state = type(state, " ثان", 5000);
  assert.equal(markdownOf(state), "نص أول ثان");
  assert.equal(undoDepth(state), 2);
  state = run(state, undo);
  assert.equal(markdownOf(state), "نص أول");
  state = run(state, undo);
  assert.equal(markdownOf(state), "نص");
  assert.equal(run(state, undo), null, "nothing left to undo");
});

test("redo puts back what undo took, and a new change clears redo", () => {
  let state = type(stateFor("أ", "أ$"), "ب", 1000);
  state = run(state, undo);
  assert.equal(redoDepth(state), 1);
  state = run(state, redo);
  assert.equal(markdownOf(state), "أب");
  state = run(state, undo);
  state = type(state, "ج", 9000);
  assert.equal(redoDepth(state), 0);
  assert.equal(run(state, redo), null);
  assert.equal(markdownOf(state), "أج");
});

test("undo restores the selection from before the change", () => {
  let state = stateFor("وقال الوزير", "^الوزير", "الوزير$");
  const { from, to } = state.selection;
  state = run(state, toggleMark(schema.marks.strong));
  state = type(state, "x", 99999);
  state = run(state, undo);
  state = run(state, undo);
  assert.equal(markdownOf(state), "وقال الوزير");
  assert.equal(state.selection.from, from);
  assert.equal(state.selection.to, to);
});

test("typing in two places, even quickly, is two groups", () => {
  let state = stateFor("أول\n\nثان", "أول$");
  state = type(state, "!", 1000);
  state = state.apply(state.tr.insertText("؟", state.doc.content.size - 1).setTime(1100));
  assert.equal(markdownOf(state), "أول!\n\nثان؟");
  assert.equal(undoDepth(state), 2);
  state = run(state, undo);
  assert.equal(markdownOf(state), "أول!\n\nثان");
});

test("a mark or list change is a group of its own, even right after typing", () => {
  let state = type(stateFor("نص", "نص$"), " هنا", 1000);
  const selected = state.apply(state.tr.setSelection(state.selection.constructor.create(state.doc, 1, 3)));
  let marked = null;
  toggleMark(schema.marks.em)(selected, (tr) => {
    marked = selected.apply(tr.setTime(1350));
  });
  state = marked;
  let listed = null;
  toggleList(schema.nodes.bullet_list)(state, (tr) => {
    listed = state.apply(tr.setTime(1400));
  });
  state = listed;
  assert.equal(markdownOf(state), "- *نص* هنا");
  assert.equal(undoDepth(state), 3);
  state = run(state, undo);
  assert.equal(markdownOf(state), "*نص* هنا");
  state = run(state, undo);
  assert.equal(markdownOf(state), "نص هنا");
  state = run(state, undo);
  assert.equal(markdownOf(state), "نص");
});

test("backspacing within 500 ms is one group too", () => {
  let state = stateFor("كلمات كثيرة", "كثيرة$");
  let time = 1000;
  for (let index = 0; index < 5; index++) {
    const { from } = state.selection;
    state = state.apply(state.tr.delete(from - 1, from).setTime((time += 80)));
  }
  assert.equal(markdownOf(state), "كلمات");
  assert.equal(undoDepth(state), 1);
  assert.equal(markdownOf(run(state, undo)), "كلمات كثيرة");
});

test("closeHistory starts a new group; a paste is a group of its own", () => {
  let state = type(stateFor("أ", "أ$"), "ب", 1000);
  state = state.apply(closeHistory(state.tr.insertText("ج").setTime(1050)));
  state = state.apply(state.tr.insertText("د").setTime(1100).setMeta("uiEvent", "paste"));
  assert.equal(undoDepth(state), 3);
});

test("a change kept out of history starts it afresh rather than misplacing steps", () => {
  let state = type(stateFor("أ", "أ$"), "ب", 1000);
  state = state.apply(state.tr.insertText("ج", 1).setMeta("addToHistory", false));
  assert.equal(undoDepth(state), 0);
  assert.equal(markdownOf(state), "جأب");
});

test("undo after many steps in one group returns the exact document", () => {
  const original = "**عريض** و*مائل*\n\n- بند\n\n> اقتباس";
  let state = stateFor(original, "بند$");
  state = type(state, " يطول ويطول", 1000, 50);
  state = run(state, undo);
  assert.equal(markdownOf(state), original);
  state = run(state, redo);
  assert.equal(markdownOf(state), "**عريض** و*مائل*\n\n- بند يطول ويطول\n\n> اقتباس");
});
