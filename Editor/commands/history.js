// Undo and redo. Each change the editor makes is kept as the steps that take it back
// (inverted against the document they applied to); undo applies them and keeps, in turn, the
// steps that take the undo back, for redo. Typing is grouped: a change made within 500 ms of
// the previous one, next to it, and made only of text replacements joins the previous group,
// so one undo takes back a burst of typing rather than one letter. Mark, heading, quote and
// list changes, Enter, paste, drop and cut always start a group of their own.
//
// Each group also keeps the selection from before it, which undo restores. A document change
// sent with the `addToHistory` meta set to false cannot be undone and would leave the kept
// steps pointing at the wrong places, so it starts the history afresh.

import { Plugin, PluginKey, Selection } from "prosemirror-state";
import { ReplaceStep } from "prosemirror-transform";

export const historyKey = new PluginKey("history");

const groupDelay = 500;
const depthLimit = 100;

const emptyHistory = { done: [], undone: [], last: null };

/** The steps that undo `tr`, in the order to apply them. */
function invert(tr) {
  const steps = [];
  for (let index = tr.steps.length - 1; index >= 0; index--) steps.push(tr.steps[index].invert(tr.docs[index]));
  return steps;
}

/** Where `tr` changed the document, as ranges in the document after it. */
function changedRanges(tr) {
  const ranges = [];
  tr.mapping.maps.forEach((map, index) => {
    const rest = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]);
    });
  });
  return ranges;
}

function touches(previous, tr, ranges) {
  return previous.some(([from, to]) => {
    const start = tr.mapping.map(from, -1);
    const end = tr.mapping.map(to, 1);
    return ranges.some(([a, b]) => a <= end && start <= b);
  });
}

/** Text typed or deleted: plain replacements, not a paste, a drop or a cut. */
const isTyping = (tr) =>
  !["paste", "drop", "cut"].includes(tr.getMeta("uiEvent")) &&
  tr.steps.every((step) => step instanceof ReplaceStep && !step.structure);

function record(history, tr, before) {
  const steps = invert(tr);
  const ranges = changedRanges(tr);
  const typing = isTyping(tr);
  const last = history.last;
  const group = history.done[history.done.length - 1];
  const joins =
    group &&
    last &&
    typing &&
    last.typing &&
    !tr.getMeta(historyKey) &&
    tr.time - last.time < groupDelay &&
    touches(last.ranges, tr, ranges);
  const done = joins
    ? history.done.slice(0, -1).concat({ steps: steps.concat(group.steps), selection: group.selection })
    : history.done.concat({ steps, selection: before.selection.getBookmark() }).slice(-depthLimit);
  return { done, undone: [], last: { time: tr.time, ranges, typing } };
}

export function history() {
  return new Plugin({
    key: historyKey,
    state: {
      init: () => emptyHistory,
      apply(tr, value, before) {
        const meta = tr.getMeta(historyKey);
        if (meta && meta.history) return meta.history;
        if (!tr.docChanged) return meta && meta.close ? { ...value, last: null } : value;
        if (tr.getMeta("addToHistory") === false) return emptyHistory;
        return record(value, tr, before);
      },
    },
  });
}

/** Marks `tr` so that its change (or, if it has none, the next one) starts a group of its own. */
export function closeHistory(tr) {
  return tr.setMeta(historyKey, { close: true });
}

function travel(from, to) {
  return (state, dispatch) => {
    const history = historyKey.getState(state);
    if (!history || history[from].length === 0) return false;
    if (!dispatch) return true;
    const group = history[from][history[from].length - 1];
    const tr = state.tr;
    for (const step of group.steps) tr.maybeStep(step);
    let selection;
    try {
      selection = group.selection.resolve(tr.doc);
    } catch {
      selection = Selection.atEnd(tr.doc);
    }
    tr.setSelection(selection);
    const back = { steps: invert(tr), selection: state.selection.getBookmark() };
    const next = { ...history, [from]: history[from].slice(0, -1), [to]: history[to].concat(back), last: null };
    dispatch(tr.setMeta(historyKey, { history: next }).scrollIntoView());
    return true;
  };
}

export const undo = travel("done", "undone");
export const redo = travel("undone", "done");

export function undoDepth(state) {
  const history = historyKey.getState(state);
  return history ? history.done.length : 0;
}

export function redoDepth(state) {
  const history = historyKey.getState(state);
  return history ? history.undone.length : 0;
}
