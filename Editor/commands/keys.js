// The editor's key bindings: what prosemirror-commands' base keymap gives elsewhere (Enter,
// Backspace, Delete, select all), undo and redo, and shortcuts for every mark and block type.
// Each binding carries the words the keyboard help (desk/help.js) shows for it, here beside
// the binding so the help cannot list a key that does something else, or miss one.

import { chainCommands } from "./chain.js";
import { deleteSelection, selectAll } from "./selection.js";
import { toggleMark } from "./marks.js";
import { setBlockType, toggleHeading } from "./blocks.js";
import { toggleList, toggleQuote } from "./wrap.js";
import { joinBackward, joinForward } from "./join.js";
import { liftEmptyBlock, paragraphAfterAtom, splitBlock } from "./split.js";
import { redo, undo } from "./history.js";

/** `[{keys, label, command}]`: every binding with what it does in Arabic; bindings sharing a label do the same. */
export function keyTable(schema) {
  const enter = chainCommands(paragraphAfterAtom, liftEmptyBlock, splitBlock);
  const backspace = chainCommands(deleteSelection, joinBackward);
  const del = chainCommands(deleteSelection, joinForward);
  const splitting = "فقرة جديدة؛ وفي بند أو فقرة اقتباس فارغة: الخروج من القائمة أو الاقتباس";
  const back = "حذف ما قبل المؤشر؛ وفي أول الفقرة: ضمّها إلى ما قبلها، أو تحديد الصورة أو البطاقة قبلها";
  const forward = "حذف ما بعد المؤشر؛ وفي آخر الفقرة: ضمّ ما بعدها إليها، أو تحديد الصورة أو البطاقة بعدها";
  const again = "إعادة ما تراجعتَ عنه";
  return [
    { keys: "Enter", label: splitting, command: enter },
    // The format has no line break inside a paragraph, so Shift-Enter splits too.
    { keys: "Shift-Enter", label: splitting, command: enter },
    { keys: "Backspace", label: back, command: backspace },
    { keys: "Shift-Backspace", label: back, command: backspace },
    { keys: "Mod-Backspace", label: back, command: backspace },
    { keys: "Delete", label: forward, command: del },
    { keys: "Mod-Delete", label: forward, command: del },
    { keys: "Mod-a", label: "تحديد النص كله", command: selectAll },
    { keys: "Mod-z", label: "تراجع", command: undo },
    { keys: "Mod-Shift-z", label: again, command: redo },
    { keys: "Mod-y", label: again, command: redo },
    { keys: "Mod-b", label: "خط عريض", command: toggleMark(schema.marks.strong) },
    { keys: "Mod-i", label: "خط مائل", command: toggleMark(schema.marks.em) },
    { keys: "Mod-`", label: "شيفرة (نص حرفي)", command: toggleMark(schema.marks.code) },
    { keys: "Mod-Alt-0", label: "فقرة عادية", command: setBlockType(schema.nodes.paragraph) },
    { keys: "Mod-Alt-2", label: "عنوان فرعي", command: toggleHeading(2) },
    { keys: "Mod-Alt-3", label: "عنوان أصغر", command: toggleHeading(3) },
    { keys: "Mod-Shift-8", label: "قائمة نقطية", command: toggleList(schema.nodes.bullet_list) },
    { keys: "Mod-Shift-9", label: "قائمة مرقمة", command: toggleList(schema.nodes.ordered_list) },
    { keys: "Mod-Shift-.", label: "اقتباس", command: toggleQuote },
  ];
}

/** The bindings as the keymap takes them: `{keys: command}`. */
export function bindings(schema) {
  return Object.fromEntries(keyTable(schema).map(({ keys, command }) => [keys, command]));
}
