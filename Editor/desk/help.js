// The keyboard help ("؟" in the toolbar, or Ctrl+/): every binding of the editor, read from
// the table the keymap itself is built from (commands/keys.js), so the list cannot say what
// the keys do not do; then the page's own keys (desk/shortcuts.js), and those of the toolbar
// and the dialogs. Bindings that do the same thing share a line.

import { keyTable } from "../commands/keys.js";
import { shortcut } from "../toolbar.js";
import { createDialog } from "./dialog.js";

// toolbar.js (the arrows, Home, End) and dialog.js (Escape) handle these themselves.
const elsewhere = [
  { keys: "ArrowRight", label: "في شريط الأدوات: الزر السابق والتالي" },
  { keys: "ArrowLeft", label: "في شريط الأدوات: الزر السابق والتالي" },
  { keys: "Home", label: "في شريط الأدوات: أول زر وآخره" },
  { keys: "End", label: "في شريط الأدوات: أول زر وآخره" },
  { keys: "Escape", label: "إغلاق النافذة المفتوحة دون تغيير" },
];

/** `[{label, keys: [text]}]`: the entries in order, those with the same label together. */
export function group(entries, isApple) {
  const groups = new Map();
  for (const { keys, label } of entries) {
    if (!groups.has(label)) groups.set(label, []);
    groups.get(label).push(shortcut(keys, isApple));
  }
  return Array.from(groups, ([label, keys]) => ({ label, keys }));
}

/** The help's sections: `[{title, rows}]`. */
export function helpSections(schema, pageKeys, isApple) {
  return [
    { title: "في النص", rows: group(keyTable(schema), isApple) },
    { title: "في الصفحة", rows: group(pageKeys, isApple) },
    { title: "في شريط الأدوات والنوافذ", rows: group(elsewhere, isApple) },
  ];
}

const arrows = { ArrowRight: "→", ArrowLeft: "←" };

export function openHelp(doc, schema, pageKeys) {
  const dialog = createDialog(doc, { title: "اختصارات لوحة المفاتيح", className: "desk-help" });
  for (const section of helpSections(schema, pageKeys)) {
    const table = doc.createElement("table");
    table.className = "desk-keys";
    const caption = doc.createElement("caption");
    caption.textContent = section.title;
    const head = doc.createElement("thead");
    const headRow = doc.createElement("tr");
    for (const text of ["المفاتيح", "ما تفعله"]) {
      const cell = doc.createElement("th");
      cell.scope = "col";
      cell.textContent = text;
      headRow.append(cell);
    }
    head.append(headRow);
    const body = doc.createElement("tbody");
    for (const row of section.rows) {
      const line = doc.createElement("tr");
      const keys = doc.createElement("td");
      row.keys.forEach((text, index) => {
        if (index > 0) keys.append(" أو ");
        const key = doc.createElement("kbd");
        key.setAttribute("dir", "ltr");
        key.textContent = arrows[text] || text;
        keys.append(key);
      });
      const what = doc.createElement("td");
      what.textContent = row.label;
      line.append(keys, what);
      body.append(line);
    }
    table.append(caption, head, body);
    dialog.body.append(table);
  }
  dialog.show();
  return dialog.result;
}

/** The toolbar's "؟" button. */
export function helpItem(open) {
  return {
    label: "؟",
    ariaLabel: "اختصارات لوحة المفاتيح",
    keys: "Mod-/",
    opens: true,
    command: (_state, dispatch) => {
      if (dispatch) open();
      return true;
    },
  };
}
