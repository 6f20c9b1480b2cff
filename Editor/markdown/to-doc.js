// Builds the editor's document from parsed blocks (markdown/blocks.js).

import { schema } from "../schema.js";
import { parseInline } from "./inline.js";

/**
 * Text nodes for a block's inline Markdown. Spaces left at either end of a block's plain text
 * (before an empty code span, "a ``") are taken off, as the writer would not write them.
 */
export function inlineNodes(markdown) {
  const runs = parseInline(markdown);
  const plain = (piece) => piece && !piece.code && !piece.strong && !piece.em && !piece.href;
  if (plain(runs[0])) runs[0] = { ...runs[0], text: runs[0].text.replace(/^[ \t]+/, "") };
  const last = runs.length - 1;
  if (plain(runs[last])) runs[last] = { ...runs[last], text: runs[last].text.replace(/[ \t]+$/, "") };
  return runsToNodes(runs);
}

export function runsToNodes(runs) {
  const { strong, em, code, link } = schema.marks;
  return runs
    .filter((piece) => piece.text !== "")
    .map((piece) => {
      let marks = [];
      if (piece.href) marks = link.create({ href: piece.href }).addToSet(marks);
      if (piece.strong) marks = strong.create().addToSet(marks);
      if (piece.em) marks = em.create().addToSet(marks);
      if (piece.code) marks = code.create().addToSet(marks);
      return schema.text(piece.text, marks);
    });
}

// Text that reads to nothing (an empty code span, "``") makes no block: the server would
// render an empty element, and the editor writes none, so the editor does not show one.

function paragraph(markdown) {
  const content = inlineNodes(markdown);
  return content.length ? schema.nodes.paragraph.create(null, content) : null;
}

function blockNode(block) {
  const { nodes } = schema;
  switch (block.kind) {
    case "paragraph":
      return paragraph(block.text);
    case "heading": {
      const content = inlineNodes(block.text);
      return content.length ? nodes.heading.create({ level: block.level }, content) : null;
    }
    case "quote": {
      const paragraphs = block.paragraphs.map(paragraph).filter(Boolean);
      return paragraphs.length ? nodes.blockquote.create(null, paragraphs) : null;
    }
    case "list": {
      const list = block.ordered ? nodes.ordered_list : nodes.bullet_list;
      const items = block.items
        .map(paragraph)
        .filter(Boolean)
        .map((item) => nodes.list_item.create(null, item));
      return items.length ? list.create(null, items) : null;
    }
    case "image":
      return nodes.image.create({ hash: block.reference, caption: block.caption, credit: block.credit });
    case "related":
      return nodes.related.create({ id: block.id });
    case "embed":
      return nodes.embed.create({ url: block.url });
    default:
      // A line the server would refuse ("invalid"): kept as the words it holds, so the editor
      // shows it and nothing typed is lost.
      return nodes.paragraph.create(null, block.text ? schema.text(block.text) : null);
  }
}

export function blocksToDoc(blocks) {
  const content = blocks.map(blockNode).filter(Boolean);
  if (content.length === 0) content.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, content);
}
