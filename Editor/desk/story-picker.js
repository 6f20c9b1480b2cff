// The "خبر ذو علاقة" dialog: before anything is typed, the stories the server suggests for
// this article (marked "مقترح") and then the latest published; with a query, what the search
// finds. Choosing one resolves with the story; closing resolves with null.

import { createDialog } from "./dialog.js";
import { searchList } from "./search-list.js";
import { gregorianDate, number } from "./format.js";

export function openStoryPicker(desk, { searchDelay = 300 } = {}) {
  const { doc, stories } = desk;
  const dialog = createDialog(doc, { title: "بطاقة خبر ذي علاقة", className: "desk-stories" });

  function row(story) {
    const item = doc.createElement("li");
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "desk-story";
    const headline = doc.createElement("span");
    headline.className = "desk-story-headline";
    headline.setAttribute("dir", "auto");
    headline.textContent = story.headline || "الخبر رقم " + number(story.id);
    const meta = doc.createElement("span");
    meta.className = "desk-story-meta";
    meta.textContent = [story.section, gregorianDate(story.published), "رقم " + number(story.id)].filter(Boolean).join(" · ");
    button.append(headline, meta);
    if (story.suggested) {
      const mark = doc.createElement("span");
      mark.className = "desk-badge";
      mark.textContent = "مقترح";
      button.prepend(mark);
    }
    button.addEventListener("click", () => dialog.close(story));
    item.append(button);
    return item;
  }

  const { query, find } = searchList(dialog, doc, {
    label: "ابحث في الأخبار المنشورة",
    listClass: "desk-story-list",
    listLabel: "الأخبار",
    ask: (text) => stories.find(text),
    item: row,
    summary(found, text) {
      if (found.length === 0) return text ? "لا أخبار تطابق البحث." : "لا أخبار منشورة بعد.";
      if (text) return "النتائج: " + number(found.length);
      return found.some((story) => story.suggested) ? "المقترحة لهذا الخبر أولاً، ثم الأحدث." : "الأحدث أولاً.";
    },
    delay: searchDelay,
  });

  dialog.show(query);
  find();
  return dialog.result;
}
