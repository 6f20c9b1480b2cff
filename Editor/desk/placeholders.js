// Where an upload in progress shows: a block drawn between the body's blocks as a widget
// decoration, not a node, so it is never written into the Markdown (nor autosaved) and needs
// no undo. Edits around it move it along; when the picture is ready it is replaced by the
// image node in the same place.

import { Plugin, PluginKey } from "prosemirror-state";
import { Decoration, DecorationSet } from "prosemirror-view";

const key = new PluginKey("desk-placeholders");
let counter = 0;

export function placeholders() {
  return new Plugin({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        set = set.map(tr.mapping, tr.doc);
        const change = tr.getMeta(key);
        if (change && change.add) {
          // side 1: a picture put in at the same place goes before the placeholder, so pictures
          // dropped together end up in the order they were dropped.
          const { id, pos, dom } = change.add;
          const widget = Decoration.widget(pos, dom, { id, side: 1, ignoreSelection: true, stopEvent: () => true });
          set = set.add(tr.doc, [widget]);
        }
        if (change && change.remove) set = set.remove(set.find(undefined, undefined, (spec) => spec.id === change.remove));
        return set;
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
}

/** Shows `dom` at `pos` (a position between top-level blocks); returns its id. */
export function addPlaceholder(view, pos, dom) {
  const id = "upload-" + ++counter;
  view.dispatch(view.state.tr.setMeta(key, { add: { id, pos, dom } }));
  return id;
}

/** Where placeholder `id` is now, or null if it is gone. */
export function placeholderPos(state, id) {
  const set = key.getState(state);
  const found = set ? set.find(undefined, undefined, (spec) => spec.id === id) : [];
  return found.length ? found[0].from : null;
}

/** Takes placeholder `id` away in `tr` (or in a transaction of its own). */
export function removePlaceholder(view, id, tr = null) {
  if (tr) return tr.setMeta(key, { remove: id });
  view.dispatch(view.state.tr.setMeta(key, { remove: id }));
  return null;
}
