// Pasting into the editor. HTML from Word, Google Docs or a web page is first cleaned
// (paste/read.js reads it into the blocks the format holds, paste/write.js writes those as
// plain HTML), then ProseMirror's DOMParser reads it with the schema's own parse rules. HTML
// copied from this editor is already exactly the schema's markup and goes straight to the
// parser, which keeps where the copy started and ended inside lists and quotes. Plain text
// becomes one paragraph per non-empty line, as the server's plain-text import makes it.
//
// Only `htmlToDOM` needs a document (the browser's, or a small DOM such as jsdom in tests).

import { DOMParser, Fragment, Slice } from "prosemirror-model";
import { schema } from "./schema.js";
import { readPasted } from "./paste/read.js";
import { blocksToHTML } from "./paste/write.js";
import { lineBreak, strayControls, trimSpaces } from "./markdown/text.js";

/** Parses `html` into an inert fragment: nothing in a `<template>` runs or loads. */
export function htmlToDOM(html, doc = globalThis.document) {
  const template = doc.createElement("template");
  template.innerHTML = html;
  return template.content;
}

const ownTags = new Set(["p", "h2", "h3", "blockquote", "ul", "ol", "li", "strong", "em", "code", "a", "figure", "span", "meta"]);
const ownAttributes = new Set([
  "dir", "href", "rel", "data-pm-slice", "data-sahifa", "data-hash", "data-caption", "data-credit", "data-id", "data-url", "charset",
]);

/** Whether every element under `root` is one this editor's schema writes when copying. */
export function isOwnMarkup(root) {
  let marked = false;
  const check = (node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) continue;
      if (child.nodeType !== 1) continue;
      if (!ownTags.has(child.nodeName.toLowerCase())) return false;
      for (const { name } of Array.from(child.attributes)) {
        if (!ownAttributes.has(name.toLowerCase())) return false;
        if (name.toLowerCase() === "data-pm-slice") marked = true;
      }
      if (!check(child)) return false;
    }
    return true;
  };
  return check(root) && marked;
}

/** The pasted HTML as the plain HTML the schema's parse rules read into our nodes. */
export function cleanPastedHTML(html, doc = globalThis.document) {
  const root = htmlToDOM(html, doc);
  if (isOwnMarkup(root)) return html;
  return blocksToHTML(readPasted(root));
}

/** A paste of `html` as a slice of our schema (what the editor would insert). */
export function parsePastedHTML(html, doc = globalThis.document) {
  const container = doc.createElement("div");
  container.appendChild(htmlToDOM(cleanPastedHTML(html, doc), doc));
  return DOMParser.fromSchema(schema).parseSlice(container);
}

/** Plain text as paragraphs, one per non-empty line, open at both ends to join the text around. */
export function plainTextSlice(text) {
  const paragraphs = text
    .split(lineBreak)
    .map((line) => trimSpaces(line.replace(strayControls, "")))
    .filter((line) => line !== "")
    .map((line) => schema.nodes.paragraph.create(null, schema.text(line)));
  if (paragraphs.length === 0) return Slice.empty;
  return new Slice(Fragment.from(paragraphs), 1, 1);
}

/** Editor props that route every paste through the cleaner. */
export function pasteProps() {
  return {
    transformPastedHTML: (html) => cleanPastedHTML(html),
    clipboardTextParser: (text) => plainTextSlice(text),
  };
}
