// Reads the inline part of a block the way InlineMarkdown.swift renders it: `**strong**`,
// `*emphasis*` (or `_emphasis_` at word edges), `` `code` ``, `[text](address)` and backslash
// escapes; everything else is text. The result is a list of runs, each a stretch of text with
// the marks it carries, so the same rules feed the editor's document and the serializer's
// own check of what it wrote.
//
// The reading is deliberately the Swift one, quirks included: the end of a `**` or `*` is the
// first one found, even inside an escape or a code span, and a link whose address is not
// http(s), mailto or a path on this site keeps its words and loses the link.

import { isLetter, isWhitespace } from "./text.js";

const escapable = new Set(["\\", "`", "*", "_", "[", "]", "(", ")", "#", ">", "-", "+", ".", "!"]);
const mayHaveMarkup = /[\\`*_[]/;

/** A run: its text and marks. `href` is null outside a link. */
export function run(text, marks = {}) {
  return {
    text,
    strong: !!marks.strong,
    em: !!marks.em,
    code: !!marks.code,
    href: marks.href || null,
  };
}

export function sameMarks(a, b) {
  return a.strong === b.strong && a.em === b.em && a.code === b.code && a.href === b.href;
}

/** Joins neighbours with the same marks and drops empty runs. */
export function mergeRuns(runs) {
  const merged = [];
  for (const piece of runs) {
    if (piece.text === "") continue;
    const last = merged[merged.length - 1];
    if (last && sameMarks(last, piece)) last.text += piece.text;
    else merged.push({ ...piece });
  }
  return merged;
}

export function parseInline(text) {
  if (!mayHaveMarkup.test(text)) return text === "" ? [] : [run(text)];
  const reader = new Reader(Array.from(text));
  reader.render(0, reader.scalars.length, true, run(""));
  return mergeRuns(reader.runs);
}

class Reader {
  constructor(scalars) {
    this.scalars = scalars;
    this.runs = [];
  }

  text(lower, upper, marks) {
    if (lower < upper) this.runs.push({ ...marks, text: this.scalars.slice(lower, upper).join("") });
  }

  render(lower, upper, allowLinks, marks) {
    const s = this.scalars;
    let index = lower;
    let textStart = lower;
    while (index < upper) {
      const scalar = s[index];
      let close;
      let link;
      if (scalar === "\\" && index + 1 < upper && escapable.has(s[index + 1])) {
        this.text(textStart, index, marks);
        this.runs.push({ ...marks, text: s[index + 1] });
        index += 2;
        textStart = index;
      } else if (scalar === "`" && (close = this.find("`", index + 1, upper)) !== -1) {
        this.text(textStart, index, marks);
        this.text(index + 1, close, { ...marks, code: true });
        index = close + 1;
        textStart = index;
      } else if (
        scalar === "*" &&
        index + 1 < upper &&
        s[index + 1] === "*" &&
        (close = this.findPair("*", index + 2, upper)) !== -1 &&
        close > index + 2
      ) {
        this.text(textStart, index, marks);
        this.render(index + 2, close, allowLinks, { ...marks, strong: true });
        index = close + 2;
        textStart = index;
      } else if (
        (scalar === "*" || (scalar === "_" && this.isWordBoundary(index, lower))) &&
        (close = this.findEmphasisEnd(scalar, index + 1, upper)) !== -1
      ) {
        this.text(textStart, index, marks);
        this.render(index + 1, close, allowLinks, { ...marks, em: true });
        index = close + 1;
        textStart = index;
      } else if (scalar === "[" && allowLinks && (link = this.link(index, upper))) {
        this.text(textStart, index, marks);
        const href = safeHref(link.address);
        this.render(index + 1, link.textEnd, false, href ? { ...marks, href } : marks);
        index = link.end;
        textStart = index;
      } else {
        index += 1;
      }
    }
    this.text(textStart, upper, marks);
  }

  find(target, start, upper) {
    for (let index = start; index < upper; index++) if (this.scalars[index] === target) return index;
    return -1;
  }

  /** The start of the next doubled `target` (the closing `**`). */
  findPair(target, start, upper) {
    const s = this.scalars;
    for (let index = start; index + 1 < upper; index++) {
      if (s[index] === target && s[index + 1] === target) return index;
    }
    return -1;
  }

  /** A closing `*` or `_` that hugs the text, so "a * b * c" stays plain. */
  findEmphasisEnd(target, start, upper) {
    const s = this.scalars;
    if (start >= upper || isWhitespace(s[start]) || s[start] === target) return -1;
    for (let index = start + 1; index < upper; index++) {
      if (
        s[index] === target &&
        !isWhitespace(s[index - 1]) &&
        (target !== "_" || index + 1 === upper || !isLetter(s[index + 1]))
      ) {
        return index;
      }
    }
    return -1;
  }

  isWordBoundary(index, lower) {
    return index === lower || !isLetter(this.scalars[index - 1]);
  }

  /** The `)` closing a link address, counting nested pairs, as in `/wiki/Foo_(bar)`. */
  closingParenthesis(start, upper) {
    let depth = 0;
    for (let index = start; index < upper; index++) {
      const scalar = this.scalars[index];
      if (scalar === "(") depth += 1;
      else if (scalar === ")") {
        if (depth === 0) return index;
        depth -= 1;
      }
    }
    return -1;
  }

  /** `[text](address)` at `start`: where its text ends, its address, and the index after `)`. */
  link(start, upper) {
    const s = this.scalars;
    let depth = 0;
    for (let index = start; index < upper; index++) {
      if (s[index] === "[") depth += 1;
      else if (s[index] === "]") {
        depth -= 1;
        if (depth === 0) {
          if (index + 1 >= upper || s[index + 1] !== "(") return null;
          const close = this.closingParenthesis(index + 2, upper);
          if (close === -1) return null;
          const inside = s.slice(index + 2, close).join("");
          const address = inside.split(" ").find((part) => part !== "") || "";
          return { textEnd: index, address, end: close + 1 };
        }
      }
    }
    return null;
  }
}

/**
 * The address if it is safe in an `href`, as InlineMarkdown.safeHref judges it: http, https,
 * mailto, or a path or fragment on this site, after taking out the spaces and controls that
 * browsers ignore inside addresses. Null otherwise.
 */
export function safeHref(address) {
  if (typeof address !== "string") return null;
  let cleaned = "";
  for (const character of address) {
    const value = character.codePointAt(0);
    if (value > 0x20 && value !== 0x7f) cleaned += character;
  }
  if (cleaned === "") return null;
  const schemeEnd = cleaned.search(/[:/?#]/);
  if (schemeEnd !== -1 && cleaned[schemeEnd] === ":") {
    const scheme = cleaned.slice(0, schemeEnd).toLowerCase();
    return scheme === "http" || scheme === "https" || scheme === "mailto" ? cleaned : null;
  }
  if (cleaned.startsWith("//") || cleaned.startsWith("/\\") || cleaned.startsWith("\\")) return null;
  return cleaned;
}
