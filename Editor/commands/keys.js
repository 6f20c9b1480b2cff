// The editor's key bindings: what prosemirror-commands' base keymap gives elsewhere (Enter,
// Backspace, Delete, select all), undo and redo, and shortcuts for every mark and block type.

import { chainCommands } from "./chain.js";
import { deleteSelection, selectAll } from "./selection.js";
import { toggleMark } from "./marks.js";
import { setBlockType, toggleHeading } from "./blocks.js";
import { toggleList, toggleQuote } from "./wrap.js";
import { joinBackward, joinForward } from "./join.js";
import { liftEmptyBlock, paragraphAfterAtom, splitBlock } from "./split.js";
import { redo, undo } from "./history.js";

export function bindings(schema) {
  const enter = chainCommands(paragraphAfterAtom, liftEmptyBlock, splitBlock);
  const backspace = chainCommands(deleteSelection, joinBackward);
  const del = chainCommands(deleteSelection, joinForward);
  return {
    Enter: enter,
    // The format has no line break inside a paragraph, so Shift-Enter splits too.
    "Shift-Enter": enter,
    Backspace: backspace,
    "Shift-Backspace": backspace,
    "Mod-Backspace": backspace,
    Delete: del,
    "Mod-Delete": del,
    "Mod-a": selectAll,
    "Mod-z": undo,
    "Mod-Shift-z": redo,
    "Mod-y": redo,
    "Mod-b": toggleMark(schema.marks.strong),
    "Mod-i": toggleMark(schema.marks.em),
    "Mod-`": toggleMark(schema.marks.code),
    "Mod-Alt-0": setBlockType(schema.nodes.paragraph),
    "Mod-Alt-2": toggleHeading(2),
    "Mod-Alt-3": toggleHeading(3),
    "Mod-Shift-8": toggleList(schema.nodes.bullet_list),
    "Mod-Shift-9": toggleList(schema.nodes.ordered_list),
    "Mod-Shift-.": toggleQuote,
  };
}
