// Enter: split the text block at the cursor. In a list item the item is split too (a new
// item); in an empty item or an empty quote paragraph, Enter leaves the list or quote
// instead. At the end of a heading the new block is a paragraph. With a picture, card or
// embed selected, Enter opens an empty paragraph after it.

import { NodeSelection, TextSelection } from "prosemirror-state";
import { canSplit, liftTarget } from "prosemirror-transform";

export function paragraphAfterAtom(state, dispatch) {
  const { selection, schema } = state;
  if (!(selection instanceof NodeSelection) || !selection.node.isAtom || !selection.node.isBlock) return false;
  if (dispatch) {
    const tr = state.tr.insert(selection.to, schema.nodes.paragraph.create());
    tr.setSelection(TextSelection.create(tr.doc, selection.to + 1));
    dispatch(tr.scrollIntoView());
  }
  return true;
}

export function liftEmptyBlock(state, dispatch) {
  const { $cursor } = state.selection;
  if (!$cursor || $cursor.parent.content.size > 0 || $cursor.depth < 2) return false;
  const range = $cursor.blockRange();
  const target = range && liftTarget(range);
  if (target == null) return false;
  if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
}

export function splitBlock(state, dispatch) {
  const { selection, schema } = state;
  if (!selection.$from.parent.isTextblock || !selection.$to.parent.isTextblock) return false;
  const tr = state.tr;
  if (!selection.empty) tr.deleteSelection();
  const $pos = tr.selection.$from;
  if (!$pos.parent.isTextblock) return false;
  const inItem = $pos.depth >= 2 && $pos.node($pos.depth - 1).type === schema.nodes.list_item;
  const depth = inItem ? 2 : 1;
  const atEnd = $pos.parentOffset === $pos.parent.content.size;
  const inner = atEnd && $pos.parent.type !== schema.nodes.paragraph ? { type: schema.nodes.paragraph } : null;
  const types = inItem ? [null, inner] : [inner];
  if (!canSplit(tr.doc, $pos.pos, depth, types)) return false;
  if (dispatch) {
    const marks = state.storedMarks || ($pos.parentOffset > 0 ? $pos.marks() : null);
    tr.split($pos.pos, depth, types);
    if (marks) tr.ensureMarks(marks);
    dispatch(tr.scrollIntoView());
  }
  return true;
}
