// The body's word count and reading time, under the editor. A word is a run of letters,
// digits and the marks on them (harakat), in any script, so Arabic and Latin count alike;
// "1.5" and "don't" are one word. Reading time is at 200 words a minute, never under one
// minute. The line is not a live region: it would speak at every key.

import { Plugin } from "prosemirror-state";
import { minutes, number } from "./format.js";
import { debounce } from "./timing.js";

const word = /[\p{L}\p{N}\p{M}]+(?:['’.,٫٬][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text) {
  const found = String(text).match(word);
  return found ? found.length : 0;
}

export function readingMinutes(words, perMinute = 200) {
  return Math.max(1, Math.ceil(words / perMinute));
}

/** The words of the body's text blocks (pictures and cards hold none of the article's words). */
export function bodyText(doc) {
  const parts = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    parts.push(node.textContent);
    return false;
  });
  return parts.join("\n");
}

export function readingLine(doc) {
  const words = countWords(bodyText(doc));
  return "عدد الكلمات: " + number(words) + " · مدة القراءة: " + minutes(readingMinutes(words));
}

/** A plugin keeping `line` (an element) up to date with the body, a moment after typing pauses. */
export function readingPlugin(line, { pause = 250 } = {}) {
  return new Plugin({
    view(view) {
      const show = debounce(() => (line.textContent = readingLine(view.state.doc)), pause);
      line.textContent = readingLine(view.state.doc);
      return {
        update(view, previous) {
          if (view.state.doc !== previous.doc) show();
        },
        destroy: () => show.cancel(),
      };
    },
  });
}
