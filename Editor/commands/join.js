// Backspace at the start of a text block and Delete at its end.
//
// Backspace at the start of the first paragraph of a quote or of the first item of a list
// takes it out of the quote or list; at the start of a later item (or quote paragraph) it
// joins the text to the one before. At the top level it joins the block to the end of the
// block before (into the last item of a list, the last paragraph of a quote), or, after a
// picture, card or embed, selects that block so a second Backspace deletes it; an empty
// paragraph there is simply removed. At the very start of the document a heading becomes a
// paragraph. Delete mirrors this forwards.

import { NodeSelection } from "prosemirror-state";
import { liftTarget } from "prosemirror-transform";

function cursorAtEdge(state, atEnd) {
  const { $cursor } = state.selection;
  if (!$cursor || !$cursor.parent.isTextblock) return null;
  const atEdge = atEnd ? $cursor.parentOffset === $cursor.parent.content.size : $cursor.parentOffset === 0;
  return atEdge ? $cursor : null;
}

function deleteBetween(state, dispatch, from, to) {
  const tr = state.tr.delete(from, to);
  if (!tr.docChanged) return false;
  if (dispatch) dispatch(tr.scrollIntoView());
  return true;
}

function liftOut(state, dispatch, $cursor) {
  const range = $cursor.blockRange();
  const target = range && liftTarget(range);
  if (target == null) return false;
  if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
}

/** Selects the atom block at `pos`, first removing the empty text block `empty` ({from, to}) if given. */
function selectAtom(state, dispatch, pos, empty) {
  if (dispatch) {
    const tr = state.tr;
    if (empty) tr.delete(empty.from, empty.to);
    const at = empty && empty.from < pos ? tr.mapping.map(pos) : pos;
    dispatch(tr.setSelection(NodeSelection.create(tr.doc, at)).scrollIntoView());
  }
  return true;
}

export function joinBackward(state, dispatch) {
  const $cursor = cursorAtEdge(state, false);
  if (!$cursor) return false;
  const { schema } = state;
  const depth = $cursor.depth;
  const wrapper = $cursor.node(depth - 1);
  if (wrapper.type === schema.nodes.list_item) {
    // The item's paragraph, the item: the item before ends two steps back.
    if ($cursor.index(depth - 2) === 0) return liftOut(state, dispatch, $cursor);
    return deleteBetween(state, dispatch, $cursor.pos - 4, $cursor.pos);
  }
  if (wrapper.type === schema.nodes.blockquote) {
    if ($cursor.index(depth - 1) === 0) return liftOut(state, dispatch, $cursor);
    return deleteBetween(state, dispatch, $cursor.pos - 2, $cursor.pos);
  }
  const index = $cursor.index(0);
  const block = $cursor.parent;
  if (index === 0) {
    if (block.type === schema.nodes.paragraph) return false;
    if (dispatch) dispatch(state.tr.setNodeMarkup($cursor.before(), schema.nodes.paragraph));
    return true;
  }
  const cut = $cursor.before();
  const before = state.doc.child(index - 1);
  if (before.isAtom) {
    const empty = block.content.size === 0 ? { from: cut, to: cut + block.nodeSize } : null;
    return selectAtom(state, dispatch, cut - before.nodeSize, empty);
  }
  // The end of the last text block inside the block before.
  let end = cut;
  let node = before;
  while (!node.isTextblock) {
    if (!node.lastChild) return false;
    end -= 1;
    node = node.lastChild;
  }
  return deleteBetween(state, dispatch, end - 1, $cursor.pos);
}

export function joinForward(state, dispatch) {
  const $cursor = cursorAtEdge(state, true);
  if (!$cursor) return false;
  // The nearest ancestor level with something after it.
  let cut = null;
  for (let depth = $cursor.depth - 1; depth >= 0; depth--) {
    if ($cursor.index(depth) < $cursor.node(depth).childCount - 1) {
      cut = $cursor.after(depth + 1);
      break;
    }
  }
  if (cut === null) return false;
  const after = state.doc.resolve(cut).nodeAfter;
  if (after.isAtom) {
    const block = $cursor.parent;
    const top = $cursor.depth === 1;
    const empty = top && block.content.size === 0 ? { from: $cursor.before(), to: $cursor.after() } : null;
    return selectAtom(state, dispatch, cut, empty);
  }
  if ($cursor.depth === 1 && $cursor.parent.content.size === 0) {
    // An empty block goes, and the block after keeps its own type.
    return deleteBetween(state, dispatch, $cursor.before(), $cursor.after());
  }
  // The start of the first text block inside the block after.
  let start = cut;
  let node = after;
  while (!node.isTextblock) {
    if (!node.firstChild) return false;
    start += 1;
    node = node.firstChild;
  }
  return deleteBetween(state, dispatch, $cursor.pos, start + 1);
}
