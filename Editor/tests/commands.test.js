// The editing commands, each run on a state built from Markdown and judged by the Markdown
// the result serializes to (and where the cursor ends up).

import test from "node:test";
import assert from "node:assert/strict";
import { NodeSelection } from "prosemirror-state";
import { after, before, markdownOf, run, schema, select, selectNode, stateFor } from "./support/helpers.js";
import {
  blockActive,
  chainCommands,
  deleteSelection,
  joinBackward,
  joinForward,
  lift,
  liftEmptyBlock,
  markActive,
  paragraphAfterAtom,
  removeLink,
  selectAll,
  setBlockType,
  setLink,
  splitBlock,
  toggleHeading,
  toggleList,
  toggleMark,
  toggleQuote,
  wrapIn,
} from "../commands/index.js";

const { strong, em, code, link } = schema.marks;
const { paragraph, heading, blockquote, bullet_list, ordered_list } = schema.nodes;
const enter = chainCommands(paragraphAfterAtom, liftEmptyBlock, splitBlock);
const backspace = chainCommands(deleteSelection, joinBackward);
const del = chainCommands(deleteSelection, joinForward);

test("toggleMark adds bold to a selection and takes it off again", () => {
  let state = stateFor("وقال الوزير إن المحادثات مستمرة", "^الوزير", "الوزير$");
  state = run(state, toggleMark(strong));
  assert.equal(markdownOf(state), "وقال **الوزير** إن المحادثات مستمرة");
  assert.ok(markActive(state, strong));
  state = run(state, toggleMark(strong));
  assert.equal(markdownOf(state), "وقال الوزير إن المحادثات مستمرة");
});

test("toggleMark: italic and code, and a partly bold selection loses its bold", () => {
  let state = stateFor("نص Reuters هنا", "^Reuters", "Reuters$");
  state = run(state, toggleMark(em));
  assert.equal(markdownOf(state), "نص *Reuters* هنا");
  state = run(state, toggleMark(code));
  assert.equal(markdownOf(state), "نص *`Reuters`* هنا");
  state = stateFor("أ **ب** ج", "^أ", "ج$");
  state = run(state, toggleMark(strong));
  assert.equal(markdownOf(state), "أ ب ج");
});

test("toggleMark at a cursor marks what is typed next", () => {
  let state = stateFor("نص", "نص$");
  state = run(state, toggleMark(strong));
  assert.ok(markActive(state, strong));
  state = state.apply(state.tr.insertText(" جديد"));
  assert.equal(markdownOf(state), "نص** جديد**");
  state = run(state, toggleMark(strong));
  assert.equal(markActive(state, strong), false);
});

test("marks do not apply to a picture", () => {
  const state = selectNode(stateFor("[[image:abc]]"), 0);
  assert.equal(run(state, toggleMark(strong)), null);
});

test("links are set on a selection and removed around the cursor", () => {
  let state = stateFor("اقرأ التقرير كاملاً", "^التقرير", "التقرير$");
  state = run(state, setLink(link, "https://example.com/report"));
  assert.equal(markdownOf(state), "اقرأ [التقرير](https://example.com/report) كاملاً");
  state = select(state, before(state.doc, "قرير"));
  assert.ok(markActive(state, link));
  state = run(state, removeLink(link));
  assert.equal(markdownOf(state), "اقرأ التقرير كاملاً");
  assert.equal(run(state, removeLink(link)), null);
});

test("headings: Mod-Alt-2 and Mod-Alt-3 toggle, only at the top level", () => {
  let state = stateFor("عنوان\n\nنص", "^عنوان");
  state = run(state, toggleHeading(2));
  assert.equal(markdownOf(state), "## عنوان\n\nنص");
  assert.ok(blockActive(state, heading, { level: 2 }));
  state = run(state, toggleHeading(3));
  assert.equal(markdownOf(state), "### عنوان\n\nنص");
  state = run(state, toggleHeading(3));
  assert.equal(markdownOf(state), "عنوان\n\nنص");
  assert.equal(run(stateFor("> اقتباس", "^اقتباس"), toggleHeading(2)), null, "no heading in a quote");
  assert.equal(run(stateFor("- بند", "^بند"), toggleHeading(2)), null, "no heading in a list");
  state = run(stateFor("## عنوان", "^عنوان"), setBlockType(paragraph));
  assert.equal(markdownOf(state), "عنوان");
  assert.equal(run(state, setBlockType(paragraph)), null, "already a paragraph");
});

test("quote: wraps paragraphs (a heading becomes one) and lifts them out", () => {
  let state = stateFor("أ\n\n## ب\n\nج", "^أ", "ب$");
  state = run(state, toggleQuote);
  assert.equal(markdownOf(state), "> أ\n>\n> ب\n\nج");
  state = select(state, "^ب");
  state = run(state, toggleQuote);
  assert.equal(markdownOf(state), "> أ\n\nب\n\nج");
  assert.equal(run(stateFor("- بند", "^بند"), toggleQuote), null, "a list cannot go in a quote");
  assert.equal(run(stateFor("أ\n\n[[related:1]]\n\nب", "^أ", "ب$"), toggleQuote), null, "nor a card");
  state = run(stateFor("أ", "^أ"), wrapIn(blockquote));
  assert.equal(markdownOf(state), "> أ");
  state = run(state, lift);
  assert.equal(markdownOf(state), "أ");
});

test("lists: each selected paragraph becomes an item, and back", () => {
  let state = stateFor("أ\n\nب\n\n### ج\n\nد", "^أ", "ج$");
  state = run(state, toggleList(bullet_list));
  assert.equal(markdownOf(state), "- أ\n- ب\n- ج\n\nد");
  assert.equal(state.doc.firstChild.childCount, 3);
  state = run(state, toggleList(ordered_list));
  assert.equal(markdownOf(state), "1. أ\n2. ب\n3. ج\n\nد", "switching the kind keeps the items");
  state = select(state, "^ب");
  state = run(state, toggleList(ordered_list));
  assert.equal(markdownOf(state), "1. أ\n\nب\n\n1. ج\n\nد", "one item out splits the list");
  state = select(state, "^أ", "د$");
  assert.equal(run(state, toggleList(bullet_list)) !== null, true);
});

test("lists: the whole selection in a list leaves it", () => {
  let state = stateFor("- أ\n- ب\n- ج", "^أ", "ج$");
  state = run(state, toggleList(bullet_list));
  assert.equal(markdownOf(state), "أ\n\nب\n\nج");
  assert.equal(run(stateFor("> اقتباس", "^اقتباس"), toggleList(bullet_list)), null);
});

test("Enter splits a paragraph, a heading's end opens a paragraph, a list item makes a new item", () => {
  let state = run(stateFor("أولاً ثانياً", "^ثانياً"), enter);
  assert.equal(markdownOf(state), "أولاً\n\nثانياً");
  state = run(stateFor("## عنوان\n\nنص", "عنوان$"), enter);
  assert.equal(state.doc.child(1).type, paragraph);
  state = state.apply(state.tr.insertText("فقرة"));
  assert.equal(markdownOf(state), "## عنوان\n\nفقرة\n\nنص");
  state = run(stateFor("- بند", "بند$"), enter);
  state = state.apply(state.tr.insertText("ثان"));
  assert.equal(markdownOf(state), "- بند\n- ثان");
});

test("Enter in an empty item or empty quote paragraph leaves the list or quote", () => {
  let state = run(stateFor("- بند", "بند$"), enter);
  state = run(state, enter);
  state = state.apply(state.tr.insertText("بعد القائمة"));
  assert.equal(markdownOf(state), "- بند\n\nبعد القائمة");
  state = run(stateFor("> قول", "قول$"), enter);
  state = run(state, enter);
  state = state.apply(state.tr.insertText("بعد"));
  assert.equal(markdownOf(state), "> قول\n\nبعد");
});

test("Enter with a picture selected opens a paragraph after it", () => {
  let state = selectNode(stateFor("[[image:abc]]\n\nنص"), 0);
  state = run(state, enter);
  state = state.apply(state.tr.insertText("جديد"));
  assert.equal(markdownOf(state), "[[image:abc]]\n\nجديد\n\nنص");
});

test("Enter over a selection replaces it and splits", () => {
  const state = run(stateFor("أ ب ج", "^ب", "ب$"), enter);
  assert.equal(markdownOf(state), "أ\n\nج");
});

test("Backspace joins a paragraph to the one before, into a list's last item or a quote", () => {
  assert.equal(markdownOf(run(stateFor("أ\n\nب", "^ب"), backspace)), "أب");
  assert.equal(markdownOf(run(stateFor("## عنوان\n\nنص", "^نص"), backspace)), "## عنواننص");
  assert.equal(markdownOf(run(stateFor("- أ\n- ب\n\nج", "^ج"), backspace)), "- أ\n- بج");
  assert.equal(markdownOf(run(stateFor("> أ\n\nج", "^ج"), backspace)), "> أج");
  const state = run(stateFor("أ\n\nب", "^ب"), backspace);
  assert.equal(state.selection.from, after(state.doc, "أ"));
});

test("Backspace in lists and quotes: the first leaves, a later one joins", () => {
  assert.equal(markdownOf(run(stateFor("- أ\n- ب", "^أ"), backspace)), "أ\n\n- ب");
  assert.equal(markdownOf(run(stateFor("- أ\n- ب", "^ب"), backspace)), "- أب");
  assert.equal(markdownOf(run(stateFor("> أ\n>\n> ب", "^أ"), backspace)), "أ\n\n> ب");
  assert.equal(markdownOf(run(stateFor("> أ\n>\n> ب", "^ب"), backspace)), "> أب");
});

test("Backspace after a picture selects it, and a second one deletes it", () => {
  let state = run(stateFor("[[image:abc]]\n\nنص", "^نص"), backspace);
  assert.ok(state.selection instanceof NodeSelection);
  assert.equal(state.selection.node.type.name, "image");
  state = run(state, backspace);
  assert.equal(markdownOf(state), "نص");
  // An empty paragraph after a card is removed and the card selected.
  const built = stateFor("[[related:3]]\n\nx", "^x");
  state = built.apply(built.tr.delete(before(built.doc, "x"), after(built.doc, "x")));
  state = run(state, backspace);
  assert.equal(state.doc.childCount, 1);
  assert.equal(state.selection.node.type.name, "related");
});

test("Backspace at the very start: a heading becomes a paragraph, a paragraph stays", () => {
  assert.equal(markdownOf(run(stateFor("## عنوان", "^عنوان"), backspace)), "عنوان");
  assert.equal(run(stateFor("نص", "^نص"), backspace), null);
  assert.equal(markdownOf(run(stateFor("نص", "^نص", "نص$"), backspace)), "");
});

test("Delete joins the next block, takes an item's text, and selects a card", () => {
  assert.equal(markdownOf(run(stateFor("أ\n\nب", "أ$"), del)), "أب");
  assert.equal(markdownOf(run(stateFor("أ\n\n- ب\n- ج", "أ$"), del)), "أب\n\n- ج");
  assert.equal(markdownOf(run(stateFor("- أ\n- ب", "أ$"), del)), "- أب");
  assert.equal(markdownOf(run(stateFor("- أ\n\nب", "أ$"), del)), "- أب");
  assert.equal(markdownOf(run(stateFor("> أ\n\n> ب", "أ$"), del)), "> أب");
  const state = run(stateFor("أ\n\n[[related:9]]", "أ$"), del);
  assert.equal(state.selection.node.type.name, "related");
  assert.equal(run(stateFor("أ", "أ$"), del), null);
});

test("Delete in an empty paragraph removes it and keeps the next block's type", () => {
  const built = stateFor("x\n\n## عنوان", "^x");
  let state = built.apply(built.tr.delete(before(built.doc, "x"), after(built.doc, "x")));
  state = run(state, del);
  assert.equal(markdownOf(state), "## عنوان");
});

test("select all, then Backspace, leaves an empty body", () => {
  let state = run(stateFor("أ\n\n- ب\n\n[[image:c]]", "^أ"), selectAll);
  assert.equal(state.selection.from, 0);
  assert.equal(state.selection.to, state.doc.content.size);
  state = run(state, backspace);
  assert.equal(markdownOf(state), "");
});
