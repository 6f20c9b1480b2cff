// The body's Markdown to and from the editor's document.
//
//   parseBody(markdown)   -> ProseMirror doc, read as BodyParser.swift and InlineMarkdown.swift
//                            read it (a line the server would refuse is kept as plain words)
//   serializeBody(doc)    -> Markdown the Swift parser reads back to the same blocks, escaped
//                            as MarkdownEscaping.swift escapes, so Arabic text stays clean
//   readBody(markdown)    -> {doc, problems}: the same parse, with the lines the server refuses

import { parseBlocks } from "./markdown/blocks.js";
import { blocksToDoc } from "./markdown/to-doc.js";
import { serializeDoc } from "./markdown/serialize.js";

export { parseBlocks } from "./markdown/blocks.js";
export { parseInline, safeHref } from "./markdown/inline.js";
export { escapeInline, escapeLineStart } from "./markdown/escape.js";
export { writeInline } from "./markdown/write-inline.js";

export function readBody(markdown) {
  const { blocks, problems } = parseBlocks(markdown);
  return { doc: blocksToDoc(blocks), problems };
}

export function parseBody(markdown) {
  return readBody(markdown).doc;
}

export function serializeBody(doc) {
  return serializeDoc(doc);
}
