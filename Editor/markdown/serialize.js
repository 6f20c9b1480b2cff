// Writes the editor's document back as the body's Markdown, block by block, the way the
// server's own writers do (WordPress import, plain-text import): blocks apart by a blank line,
// `## ` and `### ` headings, `> ` quote lines with a lone `>` between paragraphs, `- ` items
// and `1. `, `2. ` … items, and directives on lines of their own. A block left empty while
// typing (an empty paragraph, heading or item) is not written, since the format has no
// empty blocks; a directive without its hash, id or address is not written either.

import { writeInline } from "./write-inline.js";
import { lineBreaks, strayControls, trimSpaces } from "./text.js";

/** The runs of a text block: its text nodes with their marks, as write-inline.js takes them. */
export function runsOf(textblock) {
  const runs = [];
  textblock.forEach((child) => {
    if (!child.isText) return;
    const piece = { text: child.text, strong: false, em: false, code: false, href: null };
    for (const mark of child.marks) {
      if (mark.type.name === "link") piece.href = mark.attrs.href;
      else piece[mark.type.name] = true;
    }
    runs.push(piece);
  });
  return runs;
}

function inline(textblock, lineStart = false) {
  return writeInline(runsOf(textblock), { lineStart });
}

/** A caption or credit: one line, no `|` (which would start the next part). */
function directivePart(text) {
  return trimSpaces(String(text || "").replace(lineBreaks, " ").replace(strayControls, "").replace(/\|/g, "¦"));
}

/** A hash, id or address: no whitespace at all, and no `|` or `]]` that would end it early. */
function directiveWord(text) {
  return String(text || "").replace(/[\s|]/g, "").replace(strayControls, "").replace(/\]\]/g, "");
}

export function serializeBlock(node) {
  switch (node.type.name) {
    case "paragraph":
      return inline(node, true);
    case "heading": {
      const text = inline(node);
      return text && (node.attrs.level === 3 ? "### " : "## ") + text;
    }
    case "blockquote": {
      const paragraphs = [];
      node.forEach((child) => {
        const text = inline(child);
        if (text) paragraphs.push("> " + text);
      });
      return paragraphs.join("\n>\n");
    }
    case "bullet_list":
    case "ordered_list": {
      const ordered = node.type.name === "ordered_list";
      const items = [];
      node.forEach((item) => {
        const text = item.firstChild ? inline(item.firstChild) : "";
        if (text) items.push((ordered ? items.length + 1 + ". " : "- ") + text);
      });
      return items.join("\n");
    }
    case "image": {
      const hash = directiveWord(node.attrs.hash);
      if (!hash) return "";
      const caption = directivePart(node.attrs.caption);
      const credit = directivePart(node.attrs.credit);
      if (credit) return `[[image:${hash}|${caption}|${credit}]]`;
      return caption ? `[[image:${hash}|${caption}]]` : `[[image:${hash}]]`;
    }
    case "related": {
      const id = directiveWord(node.attrs.id);
      return /^[0-9]+$/.test(id) && !/^0+$/.test(id) ? `[[related:${id.replace(/^0+/, "")}]]` : "";
    }
    case "embed": {
      const url = directiveWord(node.attrs.url);
      return url ? `[[embed:${url}]]` : "";
    }
    default:
      return "";
  }
}

export function serializeDoc(doc) {
  const blocks = [];
  doc.forEach((node) => {
    const markdown = serializeBlock(node);
    if (markdown) blocks.push(markdown);
  });
  return blocks.join("\n\n");
}
