// The editor's schema: exactly the blocks and marks of the body format (BodyParser.swift,
// InlineMarkdown.swift), so nothing can be typed or pasted that the Markdown cannot hold.
//
//   doc          block+
//   paragraph    text                          (a line of its own)
//   heading      text, level 2 or 3            (## and ###; the page's headline is the h1)
//   blockquote   paragraphs only               (> lines, a lone > between paragraphs)
//   bullet_list  list_item+                    (- lines)
//   ordered_list list_item+                    (1. lines)
//   list_item    one paragraph                 (one line per item, no nesting)
//   image        atom: hash, caption, credit   ([[image:HASH|caption|credit]])
//   related      atom: id                      ([[related:ID]])
//   embed        atom: url                     ([[embed:URL]])
//   marks        link (href), strong, em, code
//
// Text blocks carry dir="auto", so a paragraph that is all Latin (a quoted English sentence)
// reads left to right inside the right-to-left editor; list items leave it to their paragraph,
// so every bullet stays on the right.

import { Schema } from "prosemirror-model";
import { safeHref } from "./markdown/inline.js";

const textAttrs = { dir: "auto" };

function headingLevel(tag) {
  return Number(tag.slice(1)) <= 2 ? 2 : 3;
}

/** Google Docs wraps a whole copy in `<b style="font-weight:normal">`, which is not bold. */
function boldTagAttrs(dom) {
  const weight = (dom.style && dom.style.fontWeight) || "";
  return /^(normal|[1-4]00)$/.test(weight) ? false : null;
}

function boldWeight(value) {
  return /^(bold(er)?|[5-9]00)$/.test(value.trim()) ? null : false;
}

/** The atoms write their attributes as data-* attributes, so copying and pasting keeps them. */
function atom(name, attributes, read) {
  return {
    group: "block",
    atom: true,
    selectable: true,
    draggable: true,
    attrs: attributes,
    parseDOM: [{ tag: `figure[data-sahifa="${name}"]`, getAttrs: read }],
  };
}

export const schema = new Schema({
  nodes: {
    doc: { content: "block+" },
    paragraph: {
      group: "block",
      content: "text*",
      marks: "_",
      parseDOM: [{ tag: "p" }],
      toDOM: () => ["p", textAttrs, 0],
    },
    heading: {
      group: "block",
      content: "text*",
      marks: "_",
      attrs: { level: { default: 2 } },
      defining: true,
      parseDOM: ["h1", "h2", "h3", "h4", "h5", "h6"].map((tag) => ({ tag, attrs: { level: headingLevel(tag) } })),
      toDOM: (node) => ["h" + node.attrs.level, textAttrs, 0],
    },
    blockquote: {
      group: "block",
      content: "paragraph+",
      defining: true,
      parseDOM: [{ tag: "blockquote" }],
      toDOM: () => ["blockquote", 0],
    },
    bullet_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ul" }],
      toDOM: () => ["ul", 0],
    },
    ordered_list: {
      group: "block",
      content: "list_item+",
      parseDOM: [{ tag: "ol" }],
      toDOM: () => ["ol", 0],
    },
    list_item: {
      content: "paragraph",
      defining: true,
      parseDOM: [{ tag: "li" }],
      toDOM: () => ["li", 0],
    },
    image: {
      ...atom("image", { hash: {}, caption: { default: "" }, credit: { default: "" } }, (dom) => {
        const hash = dom.getAttribute("data-hash");
        if (!hash) return false;
        return { hash, caption: dom.getAttribute("data-caption") || "", credit: dom.getAttribute("data-credit") || "" };
      }),
      toDOM: (node) => [
        "figure",
        {
          "data-sahifa": "image",
          "data-hash": node.attrs.hash,
          "data-caption": node.attrs.caption,
          "data-credit": node.attrs.credit,
        },
        ["span", { dir: "ltr" }, "[[image:" + node.attrs.hash + "]]"],
      ],
    },
    related: {
      ...atom("related", { id: {} }, (dom) => {
        const id = dom.getAttribute("data-id");
        return id && /^[0-9]+$/.test(id) ? { id } : false;
      }),
      toDOM: (node) => [
        "figure",
        { "data-sahifa": "related", "data-id": node.attrs.id },
        ["span", { dir: "ltr" }, "[[related:" + node.attrs.id + "]]"],
      ],
    },
    embed: {
      ...atom("embed", { url: {} }, (dom) => {
        const url = dom.getAttribute("data-url");
        return url ? { url } : false;
      }),
      toDOM: (node) => [
        "figure",
        { "data-sahifa": "embed", "data-url": node.attrs.url },
        ["span", { dir: "ltr" }, "[[embed:" + node.attrs.url + "]]"],
      ],
    },
    text: {},
  },
  marks: {
    link: {
      attrs: { href: {} },
      inclusive: false,
      parseDOM: [
        {
          tag: "a[href]",
          getAttrs: (dom) => {
            const href = safeHref(dom.getAttribute("href"));
            return href ? { href } : false;
          },
        },
      ],
      toDOM: (mark) => ["a", { href: mark.attrs.href, rel: "noopener noreferrer" }, 0],
    },
    strong: {
      parseDOM: [
        { tag: "strong" },
        { tag: "b", getAttrs: boldTagAttrs },
        { style: "font-weight", getAttrs: boldWeight },
      ],
      toDOM: () => ["strong", 0],
    },
    em: {
      parseDOM: [{ tag: "em" }, { tag: "i" }, { style: "font-style=italic" }],
      toDOM: () => ["em", 0],
    },
    code: {
      parseDOM: [{ tag: "code" }, { tag: "kbd" }, { tag: "samp" }, { tag: "tt" }],
      toDOM: () => ["code", { dir: "ltr" }, 0],
    },
  },
});

/** Block types that are atoms (directives on a line of their own). */
export function isDirective(node) {
  return node.type === schema.nodes.image || node.type === schema.nodes.related || node.type === schema.nodes.embed;
}
