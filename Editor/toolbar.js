// The toolbar above the editor: a button per mark and block type, and undo and redo. Each
// button shows whether it applies where the cursor is (aria-pressed) and is disabled where
// its command cannot run. The arrow keys move between buttons (one tab stop for the bar).
// The writing desk (desk/) adds buttons that open a dialog (`opens`): those leave the focus
// where the dialog puts it instead of sending it back to the text.

import { Plugin } from "prosemirror-state";
import {
  blockActive,
  markActive,
  redo,
  removeLink,
  setLink,
  setBlockType,
  toggleHeading,
  toggleList,
  toggleMark,
  toggleQuote,
  undo,
} from "./commands/index.js";
import { pastedHref } from "./paste/read.js";

const apple = typeof navigator !== "undefined" && /Mac|iP(hone|[oa]d)/.test(navigator.platform || "");

/** A letter key is written as its capital; names (Shift, Enter, Backspace) as they are. */
const keyText = (part) => (part.length === 1 ? part.toUpperCase() : part);

/** "Mod-Shift-z" as a person reads it ("Ctrl+Shift+Z", or "⌘+Shift+Z" on Apple systems)... */
export function shortcut(keys, isApple = apple) {
  return keys
    .split(/-(?!$)/)
    .map((part) => ({ Mod: isApple ? "⌘" : "Ctrl", Alt: isApple ? "⌥" : "Alt" })[part] || keyText(part))
    .join("+");
}

/** ...and as aria-keyshortcuts writes it ("Control+Shift+Z"). */
export function ariaShortcut(keys, isApple = apple) {
  return keys
    .split(/-(?!$)/)
    .map((part) => ({ Mod: isApple ? "Meta" : "Control" })[part] || keyText(part))
    .join("+");
}

function insideType(state, types) {
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if (types.includes($from.node(depth).type)) return $from.node(depth).type;
  return null;
}

/** Link: off if the selection has one, else asks for the address (`ask` returns it or null). */
export function linkCommand(schema, ask) {
  const type = schema.marks.link;
  return (state, dispatch, view) => {
    if (removeLink(type)(state, null)) return removeLink(type)(state, dispatch);
    if (!setLink(type, "/")(state, null)) return false;
    if (!dispatch) return true;
    const href = pastedHref(ask() || "");
    if (!href || /^(https?:\/\/|mailto:)$/i.test(href)) return false;
    return setLink(type, href)(view ? view.state : state, dispatch);
  };
}

export function toolbarItems(schema, ask) {
  const { nodes, marks } = schema;
  const lists = [nodes.bullet_list, nodes.ordered_list];
  return [
    { label: "عريض", keys: "Mod-b", command: toggleMark(marks.strong), active: (s) => markActive(s, marks.strong) },
    { label: "مائل", keys: "Mod-i", command: toggleMark(marks.em), active: (s) => markActive(s, marks.em) },
    { label: "شيفرة", keys: "Mod-`", command: toggleMark(marks.code), active: (s) => markActive(s, marks.code) },
    { label: "رابط", command: linkCommand(schema, ask), active: (s) => markActive(s, marks.link) },
    { separator: true },
    { label: "فقرة", keys: "Mod-Alt-0", command: setBlockType(nodes.paragraph), active: (s) => blockActive(s, nodes.paragraph) && !insideType(s, [nodes.blockquote, ...lists]) },
    { label: "عنوان فرعي", keys: "Mod-Alt-2", command: toggleHeading(2), active: (s) => blockActive(s, nodes.heading, { level: 2 }) },
    { label: "عنوان أصغر", keys: "Mod-Alt-3", command: toggleHeading(3), active: (s) => blockActive(s, nodes.heading, { level: 3 }) },
    { label: "اقتباس", keys: "Mod-Shift-.", command: toggleQuote, active: (s) => !!insideType(s, [nodes.blockquote]) },
    { label: "قائمة", keys: "Mod-Shift-8", command: toggleList(nodes.bullet_list), active: (s) => insideType(s, lists) === nodes.bullet_list },
    { label: "قائمة مرقمة", keys: "Mod-Shift-9", command: toggleList(nodes.ordered_list), active: (s) => insideType(s, lists) === nodes.ordered_list },
    { separator: true },
    { label: "تراجع", keys: "Mod-z", command: undo },
    { label: "إعادة", keys: "Mod-Shift-z", command: redo },
  ];
}

class ToolbarView {
  constructor(view, items, bar) {
    this.bar = bar;
    this.buttons = [];
    const doc = bar.ownerDocument;
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "تنسيق النص");
    for (const item of items) {
      if (item.separator) {
        const gap = doc.createElement("span");
        gap.className = "body-editor-separator";
        gap.setAttribute("aria-hidden", "true");
        bar.appendChild(gap);
        continue;
      }
      const button = doc.createElement("button");
      button.type = "button";
      button.className = "body-editor-button";
      button.textContent = item.label;
      if (item.ariaLabel) button.setAttribute("aria-label", item.ariaLabel);
      if (item.opens) button.setAttribute("aria-haspopup", "dialog");
      const name = item.ariaLabel || item.label;
      if (item.keys) button.title = name + " (" + shortcut(item.keys) + ")";
      else if (item.ariaLabel) button.title = item.ariaLabel;
      if (item.keys) button.setAttribute("aria-keyshortcuts", ariaShortcut(item.keys));
      // Keep the editor's selection: the button acts on it.
      button.addEventListener("mousedown", (event) => event.preventDefault());
      button.addEventListener("click", () => {
        item.command(view.state, view.dispatch, view);
        if (!item.opens) view.focus();
      });
      bar.appendChild(button);
      this.buttons.push({ button, item });
    }
    bar.addEventListener("keydown", (event) => this.move(event));
    this.update(view);
  }

  move(event) {
    const forward = event.key === "ArrowLeft"; // the bar reads right to left
    if (!forward && event.key !== "ArrowRight" && event.key !== "Home" && event.key !== "End") return;
    const enabled = this.buttons.map((entry) => entry.button).filter((button) => !button.disabled);
    const at = enabled.indexOf(event.target);
    if (at < 0 || enabled.length === 0) return;
    let next = forward ? at + 1 : at - 1;
    if (event.key === "Home") next = 0;
    if (event.key === "End") next = enabled.length - 1;
    next = (next + enabled.length) % enabled.length;
    event.preventDefault();
    this.focusable(enabled[next]);
    enabled[next].focus();
  }

  focusable(chosen) {
    for (const { button } of this.buttons) button.tabIndex = button === chosen ? 0 : -1;
  }

  update(view) {
    const state = view.state;
    let tabStop = null;
    for (const { button, item } of this.buttons) {
      button.disabled = !item.command(state, null, view);
      if (item.active) button.setAttribute("aria-pressed", String(!!item.active(state)));
      if (!button.disabled && (tabStop === null || button.tabIndex === 0)) tabStop = button;
    }
    this.focusable(tabStop);
  }

  destroy() {
    this.bar.replaceChildren();
  }
}

/** A plugin drawing the toolbar into `bar`. */
export function toolbar(items, bar) {
  return new Plugin({ view: (view) => new ToolbarView(view, items, bar) });
}
