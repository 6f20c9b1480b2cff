// Our own small stand-ins for prosemirror-commands, prosemirror-keymap and prosemirror-history,
// which Debian does not package. One job per file; this one gathers them.

export { chainCommands } from "./chain.js";
export { deleteSelection, selectAll } from "./selection.js";
export { markActive, markRange, removeLink, setLink, toggleMark } from "./marks.js";
export { blockActive, setBlockType, toggleHeading } from "./blocks.js";
export { lift, toggleList, toggleQuote, wrapIn } from "./wrap.js";
export { joinBackward, joinForward } from "./join.js";
export { liftEmptyBlock, paragraphAfterAtom, splitBlock } from "./split.js";
export { closeHistory, history, historyKey, redo, redoDepth, undo, undoDepth } from "./history.js";
export { keydownHandler, keymap, namesForEvent, normalizeKey } from "./keymap.js";
export { bindings, keyTable } from "./keys.js";
