// Shared by the tests: states built from Markdown, positions found by the words they hold,
// and commands run against a state.

import { EditorState, NodeSelection, TextSelection } from "prosemirror-state";
import { schema } from "../../schema.js";
import { parseBody, serializeBody } from "../../markdown.js";
import { history } from "../../commands/history.js";

/** The position just before the first occurrence of `needle` in the document's text. */
export function before(doc, needle, occurrence = 0) {
  let found = -1;
  let seen = 0;
  doc.descendants((node, pos) => {
    if (found !== -1) return false;
    if (!node.isTextblock) return true;
    const text = node.textContent;
    let index = text.indexOf(needle);
    while (index !== -1 && seen < occurrence) {
      seen += 1;
      index = text.indexOf(needle, index + 1);
    }
    if (index !== -1) found = pos + 1 + index;
    return false;
  });
  if (found === -1) throw new Error(`"${needle}" is not in the document`);
  return found;
}

/** The position just after the first occurrence of `needle`. */
export function after(doc, needle) {
  return before(doc, needle) + needle.length;
}

/** A state for `markdown` with history, the cursor at `from` (a position or a needle). */
export function stateFor(markdown, from = null, to = null) {
  const doc = parseBody(markdown);
  let state = EditorState.create({ doc, schema, plugins: [history()] });
  if (from !== null) state = select(state, from, to);
  return state;
}

function resolvePosition(doc, where) {
  if (typeof where === "number") return where;
  if (where.startsWith("^")) return before(doc, where.slice(1));
  if (where.endsWith("$")) return after(doc, where.slice(0, -1));
  return before(doc, where);
}

/**
 * The selection from `from` to `to`; each is a position, "^word" (before it), "word$" (after
 * it) or "word" (before it).
 */
export function select(state, from, to = null) {
  const anchor = resolvePosition(state.doc, from);
  const head = to === null ? anchor : resolvePosition(state.doc, to);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, anchor, head)));
}

export function selectNode(state, pos) {
  return state.apply(state.tr.setSelection(NodeSelection.create(state.doc, pos)));
}

/** Runs `command`; returns the new state, or null if the command did not apply. */
export function run(state, command) {
  let next = null;
  const applied = command(state, (tr) => {
    next = state.apply(tr);
  });
  if (!applied) return null;
  return next || state;
}

export function markdownOf(state) {
  return serializeBody(state.doc);
}

export { schema };
