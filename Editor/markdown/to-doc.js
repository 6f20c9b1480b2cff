// Builds the editor's document from parsed blocks (markdown/blocks.js).

import { schema } from "../schema.js";
import { parseInline } from "./inline.js";

/** Text nodes for a block's inline Markdown. */
export function inlineNodes(markdown) {
  return runsToNodes(parseInline(markdown));
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

function paragraph(markdown) {
  return schema.nodes.paragraph.create(null, inlineNodes(markdown));
}

function blockNode(block) {
  const { nodes } = schema;
  switch (block.kind) {
    case "paragraph":
      return paragraph(block.text);
    case "heading":
      return nodes.heading.create({ level: block.level }, inlineNodes(block.text));
    case "quote":
      return nodes.blockquote.create(null, block.paragraphs.map(paragraph));
    case "list": {
      const list = block.ordered ? nodes.ordered_list : nodes.bullet_list;
      return list.create(
        null,
        block.items.map((item) => nodes.list_item.create(null, paragraph(item))),
      );
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
  const content = blocks.map(blockNode);
  if (content.length === 0) content.push(schema.nodes.paragraph.create());
  return schema.nodes.doc.create(null, content);
}
