// The search box and list the picture library and the story dialog share: a labelled search
// field, a status line, and a list asked again once the typing pauses (Enter asks at once).
// An answer that comes after a later question was asked is dropped, so the list always shows
// what the box says now.

import { debounce } from "./timing.js";

/**
 * Adds the search to `dialog`'s body (after `before`, if given) and answers `{query, status,
 * list, find}`. `ask(text)` resolves with the results; `item(result)` makes a list item;
 * `summary(results, text)` is the status line once they are shown.
 */
export function searchList(dialog, doc, { label, listClass, listLabel, ask, item, summary, before = [], delay = 300 }) {
  const search = doc.createElement("div");
  search.className = "desk-field";
  const searchLabel = doc.createElement("label");
  searchLabel.htmlFor = dialog.id + "-search";
  searchLabel.textContent = label;
  const query = doc.createElement("input");
  query.type = "search";
  query.id = dialog.id + "-search";
  query.setAttribute("dir", "auto");
  query.autocomplete = "off";
  search.append(searchLabel, query);
  const status = doc.createElement("p");
  status.className = "hint";
  status.setAttribute("role", "status");
  const list = doc.createElement("ul");
  list.className = listClass;
  list.setAttribute("aria-label", listLabel);
  dialog.body.append(search, ...before, status, list);

  let asked = 0;
  async function find() {
    const mine = ++asked;
    const text = query.value.trim();
    status.textContent = "جارٍ البحث…";
    let found;
    try {
      found = await ask(text);
    } catch (error) {
      if (mine === asked) status.textContent = error.message;
      return;
    }
    if (mine !== asked) return;
    list.replaceChildren(...found.map(item));
    status.textContent = summary(found, text);
  }

  const typed = debounce(find, delay);
  query.addEventListener("input", () => typed());
  query.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    typed.cancel();
    find();
  });
  return { query, status, list, find };
}
