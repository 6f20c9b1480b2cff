// Turning a mark (bold, italic, code, link) on or off for the selection, or for what is typed
// next when the selection is a cursor.

/** Whether the selection (or the cursor's stored marks) carries `type`. */
export function markActive(state, type) {
  const { from, to, empty, $from } = state.selection;
  if (empty) return !!type.isInSet(state.storedMarks || $from.marks());
  return state.doc.rangeHasMark(from, to, type);
}

/** Whether `type` may go on some text in the selection (not on a picture or a card). */
function markApplies(state, type) {
  const { doc, selection } = state;
  return selection.ranges.some(({ $from, $to }) => {
    if ($from.pos === $to.pos) return $from.parent.inlineContent && $from.parent.type.allowsMarkType(type);
    let applies = false;
    doc.nodesBetween($from.pos, $to.pos, (node) => {
      if (applies) return false;
      if (node.inlineContent && node.type.allowsMarkType(type)) applies = true;
      return !applies;
    });
    return applies;
  });
}

/** Removes `type` if any of the selection has it, else adds it (with `attrs`) to all of it. */
export function toggleMark(type, attrs = null) {
  return (state, dispatch) => {
    const { selection } = state;
    const cursor = selection.$cursor;
    if ((selection.empty && !cursor) || !markApplies(state, type)) return false;
    if (!dispatch) return true;
    if (cursor) {
      const active = type.isInSet(state.storedMarks || cursor.marks());
      dispatch(active ? state.tr.removeStoredMark(type) : state.tr.addStoredMark(type.create(attrs)));
      return true;
    }
    const tr = state.tr;
    const present = selection.ranges.some(({ $from, $to }) => state.doc.rangeHasMark($from.pos, $to.pos, type));
    for (const { $from, $to } of selection.ranges) {
      if (present) tr.removeMark($from.pos, $to.pos, type);
      else tr.addMark($from.pos, $to.pos, type.create(attrs));
    }
    dispatch(tr.scrollIntoView());
    return true;
  };
}

/** Puts a link to `href` on the selection, replacing any link there. */
export function setLink(type, href) {
  return (state, dispatch) => {
    const { from, to, empty } = state.selection;
    if (empty || !markApplies(state, type)) return false;
    if (dispatch) dispatch(state.tr.removeMark(from, to, type).addMark(from, to, type.create({ href })).scrollIntoView());
    return true;
  };
}

/** The stretch of text around `$pos` carrying the same `type` mark (a link), or null. */
export function markRange($pos, type) {
  const mark = type.isInSet($pos.marks());
  if (!mark) return null;
  const parent = $pos.parent;
  const start = $pos.start();
  let from = null;
  let to = null;
  let offset = 0;
  let found = null;
  parent.forEach((child) => {
    const childFrom = start + offset;
    const childTo = childFrom + child.nodeSize;
    offset += child.nodeSize;
    if (found === "done") return;
    if (mark.isInSet(child.marks)) {
      if (from === null) from = childFrom;
      to = childTo;
      if (childFrom <= $pos.pos && $pos.pos <= childTo) found = "in";
    } else if (found === "in") {
      found = "done";
    } else {
      from = to = null;
    }
  });
  return found ? { from, to } : null;
}

/** Takes the link off the selection, or off the whole link the cursor is in. */
export function removeLink(type) {
  return (state, dispatch) => {
    let { from, to, empty, $from } = state.selection;
    if (empty) {
      const range = markRange($from, type);
      if (!range) return false;
      ({ from, to } = range);
    } else if (!state.doc.rangeHasMark(from, to, type)) {
      return false;
    }
    if (dispatch) dispatch(state.tr.removeMark(from, to, type).scrollIntoView());
    return true;
  };
}
