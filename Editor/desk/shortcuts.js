// Keys for the whole editor page, wherever the focus is: Ctrl+/ (⌘/ on Apple systems) opens
// the keyboard help, Ctrl+S saves the article as the "حفظ" button does. They are read like
// the editor's own bindings (commands/keymap.js), so with an Arabic layout the key marked /
// still counts. While one of the desk's dialogs is open they do nothing.

import { namesForEvent, normalizeKey } from "../commands/keymap.js";

/** `[{keys, label, run}]` for `form`: help always, saving when the form has its save button. */
export function pageShortcuts(form, { openHelp }) {
  const shortcuts = [{ keys: "Mod-/", label: "عرض هذه القائمة", run: openHelp }];
  const save = form && form.querySelector("button[type=submit][name=action][value=save]");
  if (save) {
    shortcuts.push({
      keys: "Mod-s",
      label: "حفظ الخبر (مثل زر «حفظ»)",
      run: () => (typeof form.requestSubmit === "function" ? form.requestSubmit(save) : save.click()),
    });
  }
  return shortcuts;
}

export function startShortcuts(doc, shortcuts) {
  const map = new Map(shortcuts.map((shortcut) => [normalizeKey(shortcut.keys), shortcut]));
  doc.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || doc.querySelector("dialog.desk-dialog[open]")) return;
    for (const name of namesForEvent(event)) {
      const shortcut = map.get(name);
      if (!shortcut) continue;
      event.preventDefault();
      shortcut.run();
      return;
    }
  });
}
