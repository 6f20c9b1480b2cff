// Putting whole blocks (a picture, a card, an embed) into the body at the cursor. Kept apart
// from main.js so the writing desk's dialogs (desk/) can insert what they choose without
// importing the entry point.

import { TextSelection } from "prosemirror-state";
import { schema } from "./schema.js";
import { closeHistory } from "./commands/index.js";

/** Inserts `nodes` (blocks) after the top-level block holding the cursor, or in place of an empty paragraph. */
export function insertBlocks(view, nodes) {
  const { state } = view;
  const { $from } = state.selection;
  const tr = state.tr;
  let pos;
  if ($from.depth === 0) {
    pos = state.selection.to;
  } else {
    const top = $from.node(1);
    pos = $from.after(1);
    if (top.type === schema.nodes.paragraph && top.content.size === 0) {
      tr.delete($from.before(1), pos);
      pos = $from.before(1);
    }
  }
  tr.insert(pos, nodes);
  const after = pos + nodes.reduce((size, node) => size + node.nodeSize, 0);
  tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(after, tr.doc.content.size))));
  // An inserted block is one undo step of its own, never part of the typing before it.
  closeHistory(tr);
  view.dispatch(tr.scrollIntoView());
  view.focus();
}

/** The position between top-level blocks nearest `pos`: before its block if `pos` is in the block's first half. */
export function blockBoundary(doc, pos) {
  const $pos = doc.resolve(Math.max(0, Math.min(pos, doc.content.size)));
  if ($pos.depth === 0) return $pos.pos;
  const start = $pos.before(1);
  const end = $pos.after(1);
  return $pos.pos - start <= end - $pos.pos ? start : end;
}
