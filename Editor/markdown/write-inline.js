// Writes a block's inline content (runs of text with marks) as the inline Markdown that
// InlineMarkdown.swift reads back to the same runs.
//
// The Swift reader closes `**` and `*` at the first marker it meets, so not every mix of marks
// can be written with one choice of delimiters: emphasis that ends where bold ends, a `*`
// inside emphasis, a `*` in an address inside emphasis. The writer therefore reads back what
// it wrote and, if the runs differ, tries again with `_` for emphasis; if that fails too, it
// lets one stretch of emphasis or bold go plain, then more marks; plain escaped text always
// reads back exactly, so the words are never changed. Before that,
// what the format cannot hold is made canonical: line breaks become spaces, stray controls go,
// spaces move outside emphasis (`* x*` is not emphasis), a backtick leaves its code span, a
// link whose words have unpaired brackets (which would end its text early) or whose address
// is not safe loses the link, and spaces at the ends of the line go, as the parser trims them.

import { escapeInline, escapeLineStart } from "./escape.js";
import { mergeRuns, parseInline, safeHref, sameMarks } from "./inline.js";
import { isWhitespace, lineBreaks, strayControls, trimSpaces } from "./text.js";

/**
 * The Markdown for `runs` (`[{text, strong, em, code, href}]`). With `lineStart` the result is
 * a paragraph's own line, escaped where its start would open a heading, quote or list.
 */
export function writeInline(runs, { lineStart = false } = {}) {
  const canonical = canonicalRuns(runs);
  if (canonical.every((piece) => !piece.strong && !piece.em && !piece.code && !piece.href)) {
    return finish(escapeInline(trimSpaces(canonical.map((piece) => piece.text).join(""))), lineStart);
  }
  // What is written must be what the writer writes for what it reads back, or a body saved
  // twice would change. Writing once more from the runs read back settles it: the runs
  // read from Markdown are already in the form the writer keeps.
  let markdown = writeMarked(canonical, lineStart);
  for (let round = 0; round < 3; round++) {
    const again = writeMarked(canonicalRuns(parseInline(markdown)), lineStart);
    if (again === markdown) break;
    markdown = again;
  }
  return markdown;
}

function finish(markdown, lineStart) {
  return lineStart ? escapeLineStart(markdown) : markdown;
}

function writeMarked(canonical, lineStart) {
  const whole = withEmphasis(canonical, lineStart);
  if (whole) return whole;
  // One stretch of emphasis (or bold) the reader cannot be given back, such as emphasis with
  // a `*` in it and a letter right after it: that stretch alone goes plain.
  for (const mark of ["em", "strong"]) {
    for (const range of rangesOf(canonical, mark)) {
      const written = withEmphasis(withoutMark(canonical, range, mark), lineStart);
      if (written) return written;
    }
  }
  for (const strip of fallbacks) {
    const written = withEmphasis(mergeRuns(canonical.map(strip)), lineStart);
    if (written) return written;
  }
  // Unreachable in practice: the last fallback is plain text, which always reads back.
  return finish(escapeInline(trimSpaces(canonical.map((piece) => piece.text).join(""))), lineStart);
}

/** The runs written with `*`, then `_`, then a choice per emphasis; null if none reads back. */
function withEmphasis(runs, lineStart) {
  for (const emphasis of ["*", "_", "smart"]) {
    const tree = buildTree(runs);
    moveSpacesOutOfEmphasis(tree);
    trimLineEnds(tree);
    const markdown = finish(emit(tree, emphasis), lineStart);
    if (sameRuns(parseInline(markdown), mergeRuns(flatten(tree)))) return markdown;
  }
  return null;
}

/** The [start, end) indexes of each stretch of runs carrying `mark`. */
function rangesOf(runs, mark) {
  const ranges = [];
  for (let index = 0; index < runs.length; index++) {
    if (!runs[index][mark]) continue;
    const start = index;
    while (index + 1 < runs.length && runs[index + 1][mark]) index++;
    ranges.push([start, index + 1]);
  }
  return ranges;
}

function withoutMark(runs, [start, end], mark) {
  return mergeRuns(runs.map((piece, index) => (index >= start && index < end ? { ...piece, [mark]: false } : piece)));
}

/** The runs as the writer will try to write them: see the comment at the top. */
export function canonicalRuns(runs) {
  const cleaned = [];
  for (const piece of runs) {
    const text = piece.text.replace(lineBreaks, " ").replace(strayControls, "");
    const href = piece.href ? balancedAddress(safeHref(piece.href)) : null;
    const marks = { strong: !!piece.strong, em: !!piece.em, code: !!piece.code, href };
    if (!marks.code || !text.includes("`")) {
      cleaned.push({ ...marks, text });
      continue;
    }
    // A code span cannot hold a backtick: it is written as text between two spans.
    for (const part of text.split(/(`)/)) {
      cleaned.push({ ...marks, code: part !== "`", text: part });
    }
  }
  return unlinkUnpairedBrackets(mergeRuns(cleaned));
}

/** The address with its parentheses percent-encoded if they do not pair up. */
function balancedAddress(address) {
  if (!address) return null;
  let depth = 0;
  for (const character of address) {
    if (character === "(") depth += 1;
    if (character === ")" && --depth < 0) break;
  }
  return depth === 0 ? address : address.replace(/\(/g, "%28").replace(/\)/g, "%29");
}

function unlinkUnpairedBrackets(runs) {
  let start = 0;
  while (start < runs.length) {
    const href = runs[start].href;
    let end = start + 1;
    while (end < runs.length && href && runs[end].href === href) end++;
    if (href && !bracketsPair(runs.slice(start, end).map((piece) => piece.text).join(""))) {
      for (let index = start; index < end; index++) runs[index] = { ...runs[index], href: null };
    }
    start = end;
  }
  return mergeRuns(runs);
}

function bracketsPair(text) {
  let depth = 0;
  for (const character of text) {
    if (character === "[") depth += 1;
    if (character === "]" && --depth < 0) return false;
  }
  return depth === 0;
}

// Last resorts, each taking more marks off the whole block.
const fallbacks = [
  (piece) => ({ ...piece, em: false }),
  (piece) => ({ ...piece, strong: false }),
  (piece) => ({ ...piece, em: false, strong: false }),
  (piece) => ({ ...piece, em: false, strong: false, code: false }),
  (piece) => ({ ...piece, em: false, strong: false, code: false, href: null }),
];

// A tree of spans: {mark: "strong" | "em" | "link", href, children} around leaves
// {text, code}. Marks that go on longer are opened first, so they sit outside.

const markOrder = { link: 0, strong: 1, em: 2 };

function keysOf(piece) {
  const keys = [];
  if (piece.href) keys.push("link " + piece.href);
  if (piece.strong) keys.push("strong");
  if (piece.em) keys.push("em");
  return keys;
}

function buildTree(runs) {
  const root = { mark: null, children: [] };
  const stack = [root];
  const keys = runs.map(keysOf);
  const extent = (key, from) => {
    let end = from;
    while (end < runs.length && keys[end].includes(key)) end++;
    return end - from;
  };
  runs.forEach((piece, index) => {
    let kept = 1;
    while (kept < stack.length && keys[index].includes(stack[kept].key)) kept++;
    stack.length = kept;
    const open = new Set(stack.map((span) => span.key));
    const missing = keys[index].filter((key) => !open.has(key));
    missing.sort((a, b) => extent(b, index) - extent(a, index) || markOrder[markOf(a)] - markOrder[markOf(b)]);
    for (const key of missing) {
      const span = { mark: markOf(key), key, href: markOf(key) === "link" ? piece.href : null, children: [] };
      stack[stack.length - 1].children.push(span);
      stack.push(span);
    }
    stack[stack.length - 1].children.push({ text: piece.text, code: piece.code });
  });
  return root;
}

function markOf(key) {
  return key.startsWith("link ") ? "link" : key;
}

const isLeaf = (node) => node.mark === undefined;

function isEmpty(node) {
  return isLeaf(node) ? node.text === "" : node.children.every(isEmpty);
}

/** Takes the whitespace off the start (or end) of a span's words, looking into nested spans. */
function takeSpaces(span, atEnd) {
  let taken = "";
  for (;;) {
    const children = span.children;
    const child = atEnd ? children[children.length - 1] : children[0];
    if (!child) return taken;
    if (isLeaf(child)) {
      if (child.code) return taken;
      const characters = Array.from(child.text);
      let count = 0;
      if (atEnd) while (count < characters.length && isWhitespace(characters[characters.length - 1 - count])) count++;
      else while (count < characters.length && isWhitespace(characters[count])) count++;
      const spaces = atEnd ? characters.slice(characters.length - count) : characters.slice(0, count);
      taken = atEnd ? spaces.join("") + taken : taken + spaces.join("");
      if (count < characters.length) {
        child.text = (atEnd ? characters.slice(0, characters.length - count) : characters.slice(count)).join("");
        return taken;
      }
    } else {
      const inner = takeSpaces(child, atEnd);
      taken = atEnd ? inner + taken : taken + inner;
      if (!isEmpty(child)) return taken;
    }
    if (atEnd) children.pop();
    else children.shift();
  }
}

function moveSpacesOutOfEmphasis(node) {
  if (isLeaf(node)) return;
  const children = [];
  for (const child of node.children) {
    moveSpacesOutOfEmphasis(child);
    if (isLeaf(child) || child.mark !== "em") {
      children.push(child);
      continue;
    }
    const before = takeSpaces(child, false);
    const after = takeSpaces(child, true);
    if (before) children.push({ text: before, code: false });
    if (!isEmpty(child)) children.push(child);
    if (after) children.push({ text: after, code: false });
  }
  node.children = children;
}

/** Spaces and tabs at the ends of the line, outside any marker, which the parser trims. */
function trimLineEnds(root) {
  const children = root.children;
  while (children.length && isLeaf(children[0]) && !children[0].code) {
    children[0].text = children[0].text.replace(/^[ \t]+/, "");
    if (children[0].text !== "") break;
    children.shift();
  }
  while (children.length && isLeaf(children[children.length - 1]) && !children[children.length - 1].code) {
    const last = children[children.length - 1];
    last.text = last.text.replace(/[ \t]+$/, "");
    if (last.text !== "") break;
    children.pop();
  }
}

function emit(node, emphasis, parent = null) {
  if (isLeaf(node)) return node.code ? "`" + node.text + "`" : escapeInline(node.text);
  const inner = node.children.map((child) => emit(child, emphasis, node)).join("");
  switch (node.mark) {
    case null:
      return inner;
    case "strong":
      return "**" + inner + "**";
    case "link":
      return "[" + inner + "](" + node.href + ")";
    default: {
      const marker = emphasis === "smart" ? smartMarker(node, parent) : emphasis;
      return marker + inner + marker;
    }
  }
}

/** `_` where a `*` would run into bold or a star; `*` elsewhere. */
function smartMarker(span, parent) {
  const touchesBold =
    parent &&
    parent.mark === "strong" &&
    (parent.children[0] === span || parent.children[parent.children.length - 1] === span);
  const holdsStar = (node) =>
    isLeaf(node) ? node.text.includes("*") : node.mark === "strong" || node.children.some(holdsStar);
  return touchesBold || holdsStar(span) ? "_" : "*";
}

function flatten(node, marks = { strong: false, em: false, code: false, href: null }, out = []) {
  if (isLeaf(node)) {
    out.push({ ...marks, code: node.code, text: node.text });
    return out;
  }
  const inner = { ...marks };
  if (node.mark === "strong") inner.strong = true;
  if (node.mark === "em") inner.em = true;
  if (node.mark === "link") inner.href = node.href;
  for (const child of node.children) flatten(child, inner, out);
  return out;
}

export function sameRuns(a, b) {
  return a.length === b.length && a.every((piece, index) => piece.text === b[index].text && sameMarks(piece, b[index]));
}
