// Key bindings as a plugin, with key names from w3c-keyname. A binding is written like
// "Mod-Shift-z": modifiers (Mod is Cmd on Apple systems and Ctrl elsewhere; Alt, Ctrl, Meta,
// Shift) and the key's name. For a character key the character decides ("Mod-Shift-." is
// also the key that types ">"), and when a modifier or another keyboard layout changes the
// character, the key's place on a US keyboard is tried: with an Arabic layout, Ctrl and the
// key marked B type "لا", and still mean Mod-b.

import { Plugin } from "prosemirror-state";
import { base, keyName } from "w3c-keyname";

const apple = typeof navigator !== "undefined" && /Mac|iP(hone|[oa]d)/.test(navigator.platform || "");

/** A binding's name in the one order the handler looks names up in. */
export function normalizeKey(name, isApple = apple) {
  const parts = name.split(/-(?!$)/);
  let key = parts.pop();
  if (key === "Space") key = " ";
  const flags = { alt: false, ctrl: false, meta: false, shift: false };
  for (const part of parts) {
    const modifier = part.toLowerCase();
    if (modifier === "mod") flags[isApple ? "meta" : "ctrl"] = true;
    else if (modifier === "cmd" || modifier === "meta") flags.meta = true;
    else if (modifier === "alt" || modifier === "option") flags.alt = true;
    else if (modifier === "ctrl" || modifier === "control") flags.ctrl = true;
    else if (modifier === "shift") flags.shift = true;
    else throw new Error("Unknown modifier in key binding: " + part);
  }
  return withFlags(key, flags);
}

function withFlags(key, { alt, ctrl, meta, shift }) {
  return (alt ? "Alt-" : "") + (ctrl ? "Ctrl-" : "") + (meta ? "Meta-" : "") + (shift ? "Shift-" : "") + key;
}

function fromEvent(key, event, shift) {
  return withFlags(key, { alt: event.altKey, ctrl: event.ctrlKey, meta: event.metaKey, shift: shift && event.shiftKey });
}

/** The names to try for a key event, most specific first. */
export function namesForEvent(event) {
  const name = keyName(event);
  const isCharacter = name.length === 1 && name !== " ";
  const names = [fromEvent(name, event, !isCharacter)];
  if (!isCharacter) return names;
  if (/^[A-Z]$/.test(name) && !event.shiftKey) names.push(fromEvent(name.toLowerCase(), event, false));
  const usName = base[event.keyCode];
  if (usName && usName !== name && (event.shiftKey || event.altKey || event.metaKey || name.charCodeAt(0) > 127)) {
    names.push(fromEvent(usName, event, true));
  }
  if (event.shiftKey) names.push(fromEvent(name, event, true));
  return names;
}

/** `bindings` ({name: command}) as a function of (view, event) for handleKeyDown. */
export function keydownHandler(bindings, isApple = apple) {
  const map = new Map();
  for (const [name, command] of Object.entries(bindings)) map.set(normalizeKey(name, isApple), command);
  return (view, event) => {
    for (const name of namesForEvent(event)) {
      const command = map.get(name);
      if (command && command(view.state, view.dispatch, view)) return true;
    }
    return false;
  };
}

export function keymap(bindings) {
  return new Plugin({ props: { handleKeyDown: keydownHandler(bindings) } });
}
