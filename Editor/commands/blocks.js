// Changing the type of the selected text blocks: paragraph, subheading (h2) or smaller
// subheading (h3). Headings exist only at the top level; a paragraph in a quote or a list
// item stays a paragraph, as the format has no heading there.

function textblocksInSelection(state, visit) {
  const { from, to } = state.selection;
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock) {
      visit(node, pos);
      return false;
    }
    return true;
  });
}

/** Whether every text block the selection touches is `type` with `attrs`. */
export function blockActive(state, type, attrs = null) {
  let all = true;
  let any = false;
  textblocksInSelection(state, (node) => {
    any = true;
    if (!node.hasMarkup(type, attrs ? { ...node.attrs, ...attrs } : node.attrs)) all = false;
  });
  return any && all;
}

export function setBlockType(type, attrs = null) {
  return (state, dispatch) => {
    let applicable = false;
    textblocksInSelection(state, (node, pos) => {
      if (applicable || node.hasMarkup(type, attrs ? { ...node.attrs, ...attrs } : node.attrs)) return;
      const $pos = state.doc.resolve(pos);
      const index = $pos.index();
      applicable = $pos.parent.canReplaceWith(index, index + 1, type);
    });
    if (!applicable) return false;
    if (dispatch) {
      const { from, to } = state.selection;
      dispatch(state.tr.setBlockType(from, to, type, attrs).scrollIntoView());
    }
    return true;
  };
}

/** A heading of `level`, or back to paragraphs if the selection already is one. */
export function toggleHeading(level) {
  return (state, dispatch) => {
    const { heading, paragraph } = state.schema.nodes;
    if (blockActive(state, heading, { level })) return setBlockType(paragraph)(state, dispatch);
    return setBlockType(heading, { level })(state, dispatch);
  };
}
