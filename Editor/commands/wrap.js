// Quotes and lists: putting text blocks into one, taking them out, switching a list between
// bullets and numbers. Every change is made of wrap, lift and join steps, so the cursor and
// the undo history follow it exactly.
//
// A quote holds paragraphs only and an item holds one paragraph, so a heading is made a
// paragraph first, and a selection that takes in a picture, a card or another list is left
// alone (the command does not apply).

import { NodeRange } from "prosemirror-model";
import { findWrapping, liftTarget } from "prosemirror-transform";

/** The depth of the nearest ancestor of `$pos` that is one of `types`, or -1. */
function ancestorDepth($pos, types) {
  for (let depth = $pos.depth; depth > 0; depth--) {
    if (types.includes($pos.node(depth).type)) return depth;
  }
  return -1;
}

/** Wraps the selected blocks in `type` (with `attrs`), if that makes a valid document. */
export function wrapIn(type, attrs = null) {
  return (state, dispatch) => {
    const { $from, $to } = state.selection;
    const range = $from.blockRange($to);
    const wrapping = range && findWrapping(range, type, attrs);
    if (!wrapping) return false;
    if (dispatch) dispatch(state.tr.wrap(range, wrapping).scrollIntoView());
    return true;
  };
}

/** Lifts the selected blocks out of their parent (a quote or a list item). */
export function lift(state, dispatch) {
  const { $from, $to } = state.selection;
  const range = $from.blockRange($to);
  const target = range && liftTarget(range);
  if (target == null) return false;
  if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
}

/** The top-level blocks the selection touches, as [{node, pos}], or null if it is not at the top. */
function topLevelBlocks(state) {
  const { $from, $to } = state.selection;
  const range = $from.blockRange($to);
  if (!range || range.depth !== 0) return null;
  const blocks = [];
  for (let index = range.startIndex, pos = range.start; index < range.endIndex; index++) {
    const node = state.doc.child(index);
    blocks.push({ node, pos });
    pos += node.nodeSize;
  }
  return blocks;
}

/** Headings among `blocks` become paragraphs (the same size, so positions stay). */
function asParagraphs(tr, blocks, schema) {
  for (const { node, pos } of blocks) {
    if (node.type === schema.nodes.heading) tr.setNodeMarkup(pos, schema.nodes.paragraph);
  }
}

export function toggleQuote(state, dispatch) {
  const { schema } = state;
  const quote = schema.nodes.blockquote;
  const { $from, $to } = state.selection;
  if (ancestorDepth($from, [quote]) > 0) {
    const range = $from.blockRange($to, (node) => node.type === quote);
    const target = range && liftTarget(range);
    if (target == null) return false;
    if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
    return true;
  }
  const blocks = topLevelBlocks(state);
  if (!blocks || !blocks.every(({ node }) => node.isTextblock)) return false;
  if (dispatch) {
    const tr = state.tr;
    asParagraphs(tr, blocks, schema);
    const first = blocks[0].pos;
    const last = blocks[blocks.length - 1];
    const range = new NodeRange(tr.doc.resolve(first), tr.doc.resolve(last.pos + last.node.nodeSize), 0);
    tr.wrap(range, [{ type: quote, attrs: null }]);
    dispatch(tr.scrollIntoView());
  }
  return true;
}

/**
 * Inside a list of `type`: the selected items leave the list. Inside the other kind of list:
 * that list becomes `type`. Elsewhere: each selected paragraph or heading becomes an item of
 * one new list.
 */
export function toggleList(type) {
  return (state, dispatch) => {
    const { schema } = state;
    const lists = [schema.nodes.bullet_list, schema.nodes.ordered_list];
    const { $from, $to } = state.selection;
    const listDepth = ancestorDepth($from, lists);
    if (listDepth > 0) {
      const list = $from.node(listDepth);
      if (list.type !== type) {
        if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(listDepth), type).scrollIntoView());
        return true;
      }
      return unwrapItems(state, dispatch, listDepth);
    }
    const blocks = topLevelBlocks(state);
    if (!blocks || !blocks.every(({ node }) => node.isTextblock)) return false;
    if (dispatch) {
      const tr = state.tr;
      asParagraphs(tr, blocks, schema);
      const item = schema.nodes.list_item;
      blocks.forEach(({ node, pos }, index) => {
        const start = tr.mapping.map(pos);
        const range = new NodeRange(tr.doc.resolve(start), tr.doc.resolve(start + node.nodeSize), 0);
        tr.wrap(range, [{ type, attrs: null }, { type: item, attrs: null }]);
        // The new list sits right after the previous one: join them into one.
        if (index > 0) tr.join(start);
      });
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Lifts the items between the selection's ends (in the list at `listDepth`) out of it. */
function unwrapItems(state, dispatch, listDepth) {
  const { $from, $to } = state.selection;
  const list = $from.node(listDepth);
  const listStart = $from.start(listDepth);
  const first = $from.index(listDepth);
  const sameList = $to.depth >= listDepth && $to.node(listDepth) === list && $to.start(listDepth) === listStart;
  const last = sameList ? $to.index(listDepth) : list.childCount - 1;
  if (!dispatch) return true;
  const tr = state.tr;
  // From the last item back, so the positions of the earlier ones do not move.
  let offset = 0;
  const starts = [];
  list.forEach((child, _, index) => {
    if (index >= first && index <= last) starts.push(listStart + offset);
    offset += child.nodeSize;
  });
  for (let index = starts.length - 1; index >= 0; index--) {
    const itemStart = tr.mapping.map(starts[index]);
    const $inside = tr.doc.resolve(itemStart + 2);
    const range = $inside.blockRange();
    const target = range && liftTarget(range);
    if (target != null) tr.lift(range, target);
  }
  dispatch(tr.scrollIntoView());
  return true;
}
