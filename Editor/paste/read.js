// Reads pasted HTML (already parsed into DOM nodes) into a flat list of blocks the body
// format can hold: paragraphs, h2/h3 headings, quote paragraphs and list items, each a list
// of text runs with the marks bold, italic, code and link; plus our own directive figures
// when the HTML was copied from this editor. Everything else is reduced to its words: styles,
// classes, fonts, spans, tables, pictures and scripts go. It handles the shapes Word, Google
// Docs and web pages put on the clipboard:
//
//  - Word: `<p class=MsoListParagraph style="mso-list:l0 level1">` paragraphs are list items,
//    whose typed bullet or number (between `<![if !supportLists]>` and `<![endif]>`, or in a
//    span styled `mso-list:Ignore`) tells bullets from numbers and is dropped; `<o:p>` and
//    conditional comments are ignored.
//  - Google Docs: the `<b style="font-weight:normal">` wrapper around a whole copy is not
//    bold; spans styled `font-weight:700` are, and `font-style:italic` ones are italic; a
//    paragraph inside a list item is that item's text; links through google.com/url are
//    unwrapped.
//  - Web pages: block elements end a paragraph, `<br>` ends one too (the format has no line
//    break inside a paragraph), table rows become one paragraph with their cells apart.
//
// It only walks nodes (nodeType, nodeName, childNodes, attributes), so it runs on a
// browser's DOM and on a small DOM under Node alike.

import { safeHref } from "../markdown/inline.js";

const TEXT = 3;
const ELEMENT = 1;
const COMMENT = 8;

const dropped = new Set([
  "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame",
  "object", "embed", "video", "audio", "canvas", "svg", "math", "select", "button", "input",
  "textarea", "img", "picture", "source", "track", "map", "area", "xml",
]);

const blockTags = new Set([
  "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "figure",
  "figcaption", "address", "dl", "dt", "dd", "center", "table", "thead", "tbody", "tfoot",
  "caption", "fieldset", "legend", "details", "summary", "hr", "form", "body", "html",
  "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "tr",
]);

/** A style attribute as a map of lower-case property names to values. */
export function readStyle(text) {
  const style = new Map();
  for (const declaration of String(text || "").split(";")) {
    const colon = declaration.indexOf(":");
    if (colon < 0) continue;
    style.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return style;
}

function attribute(node, name) {
  return node.getAttribute ? node.getAttribute(name) : null;
}

function tagOf(node) {
  return String(node.nodeName).toLowerCase();
}

/** The link a pasted `href` may keep: absolute http(s) or mailto, or a path on this site. */
export function pastedHref(href) {
  if (!href) return null;
  let address = href.trim();
  const redirect = /^https?:\/\/(www\.)?google\.[a-z.]+\/url\?/i.exec(address);
  if (redirect) {
    const target = new URLSearchParams(address.slice(address.indexOf("?") + 1)).get("q");
    if (target) address = target;
  }
  const safe = safeHref(address);
  if (!safe) return null;
  // Word's footnote and bookmark anchors, and addresses relative to another page, lead nowhere here.
  if (!/^(https?:|mailto:)/i.test(safe) && !safe.startsWith("/")) return null;
  return safe;
}

/** "1." "أ)" "(2)" are numbers; "·" "o" "§" "•" and Wingdings letters are bullets. */
export function isNumberMarker(marker) {
  const text = marker.replace(/\s+/g, "");
  return /^[([]?([0-9\u0660-\u0669\u06f0-\u06f9]+|[a-z]{1,3}|[\u0621-\u064a]{1,2})[.)\]-]$/i.test(text);
}

function isWordListParagraph(node) {
  const style = readStyle(attribute(node, "style"));
  const list = style.get("mso-list");
  return !!list && list !== "none" && !list.startsWith("ignore");
}

function isWordListMarker(node) {
  return node.nodeType === ELEMENT && readStyle(attribute(node, "style")).get("mso-list") === "ignore";
}

class Reader {
  constructor() {
    this.blocks = [];
    this.current = null;
  }

  /** The block text goes into, opened on first use in the current context. */
  block(context) {
    if (!this.current) {
      const { kind, level, list, quote } = context;
      this.current = { kind, level, list, quote, runs: [] };
      this.blocks.push(this.current);
    }
    return this.current;
  }

  close() {
    this.current = null;
  }

  text(value, context) {
    const text = context.pre ? value : value.replace(/[ \t\n\r\f]+/g, " ");
    if (text === "") return;
    if (context.pre && /[\n\r]/.test(text)) {
      text.split(/\r\n|[\n\r]/).forEach((line, index) => {
        if (index > 0) this.close();
        if (line) this.text(line, { ...context, pre: false });
      });
      return;
    }
    this.block(context).runs.push({
      text,
      strong: context.strong && context.kind !== "heading",
      em: context.em,
      code: context.code,
      href: context.href,
    });
  }

  children(node, context) {
    let skipping = false;
    for (const child of Array.from(node.childNodes || [])) {
      if (child.nodeType === COMMENT) {
        const data = String(child.data || child.nodeValue || "").trim();
        if (/^\[if !supportLists\]/i.test(data)) skipping = true;
        else if (/^\[endif\]/i.test(data)) skipping = false;
        continue;
      }
      if (skipping) {
        if (context.listMarker) context.listMarker.text += child.textContent || "";
        continue;
      }
      this.node(child, context);
    }
  }

  node(node, context) {
    if (node.nodeType === TEXT) return this.text(String(node.data ?? node.nodeValue ?? ""), context);
    if (node.nodeType !== ELEMENT && node.nodeType !== 11 && node.nodeType !== 9) return;
    const tag = tagOf(node);
    if (node.nodeType !== ELEMENT) return this.children(node, context);
    if (dropped.has(tag) || (tag.includes(":") && tag !== "o:p")) return;
    if (tag === "figure" && attribute(node, "data-sahifa")) return this.directive(node);
    if (isWordListMarker(node)) {
      if (context.listMarker) context.listMarker.text += node.textContent || "";
      return;
    }
    if (tag === "br") {
      if (context.kind === "paragraph" && !context.cell) this.close();
      else this.text(" ", context);
      return;
    }
    const inner = this.innerContext(node, tag, context);
    const isBlock = blockTags.has(tag);
    if (tag === "li" || tag === "ul" || tag === "ol") {
      this.close();
      this.children(node, inner);
      this.close();
      return;
    }
    if (tag === "tr") {
      this.close();
      let first = true;
      for (const cell of Array.from(node.childNodes || [])) {
        if (cell.nodeType !== ELEMENT) continue;
        if (!first) this.text(" — ", inner);
        first = false;
        this.children(cell, { ...inner, cell: true });
      }
      this.close();
      return;
    }
    if (inner.wordList) {
      this.close();
      const marker = { text: "" };
      this.children(node, { ...inner, listMarker: marker });
      if (this.current) this.current.list = isNumberMarker(marker.text) ? "ol" : "ul";
      this.close();
      return;
    }
    if (isBlock && !context.inItem && !context.cell) {
      this.close();
      this.children(node, inner);
      this.close();
      return;
    }
    if (isBlock) this.text(" ", inner);
    this.children(node, inner);
    if (isBlock) this.text(" ", inner);
  }

  /** What the element changes for the text inside it. */
  innerContext(node, tag, context) {
    const inner = { ...context, wordList: false };
    const style = readStyle(attribute(node, "style"));
    switch (tag) {
      case "h1":
      case "h2":
        if (!context.quote && !context.inItem) Object.assign(inner, { kind: "heading", level: 2 });
        break;
      case "h3":
      case "h4":
      case "h5":
      case "h6":
        if (!context.quote && !context.inItem) Object.assign(inner, { kind: "heading", level: 3 });
        break;
      case "blockquote":
        Object.assign(inner, { quote: true, kind: "paragraph" });
        break;
      case "ul":
      case "ol":
        inner.list = tag;
        break;
      case "li":
        Object.assign(inner, { kind: "item", inItem: true, list: context.list || "ul" });
        break;
      case "p":
        if (!context.inItem && isWordListParagraph(node)) Object.assign(inner, { kind: "item", wordList: true, list: "ul" });
        break;
      case "pre":
        inner.pre = true;
        break;
      case "b":
      case "strong":
        inner.strong = true;
        break;
      case "i":
      case "em":
        inner.em = true;
        break;
      case "code":
      case "kbd":
      case "samp":
      case "tt":
        inner.code = true;
        break;
      case "a": {
        const href = pastedHref(attribute(node, "href"));
        if (href) inner.href = href;
        break;
      }
    }
    const weight = style.get("font-weight");
    if (weight) inner.strong = /^(bold|bolder|[5-9]00)$/.test(weight);
    const fontStyle = style.get("font-style");
    if (fontStyle) inner.em = fontStyle === "italic" || fontStyle === "oblique";
    return inner;
  }

  directive(node) {
    this.close();
    const kind = attribute(node, "data-sahifa");
    const attrs = {};
    for (const name of ["hash", "caption", "credit", "id", "url"]) {
      const value = attribute(node, "data-" + name);
      if (value != null) attrs[name] = value;
    }
    this.blocks.push({ kind: "directive", directive: kind, attrs });
  }
}

/** Collapses spaces across runs and trims each block; drops blocks left without words. */
function tidy(blocks) {
  const tidied = [];
  for (const block of blocks) {
    if (block.kind === "directive") {
      tidied.push(block);
      continue;
    }
    const runs = [];
    let spaceBefore = true;
    for (const piece of block.runs) {
      let text = piece.text.replace(/\u00a0/g, " ").replace(/\ufeff/g, "");
      if (!piece.code) text = text.replace(/[ \t\n\r\f]+/g, " ");
      if (spaceBefore && !piece.code) text = text.replace(/^ /, "");
      if (text === "") continue;
      spaceBefore = !piece.code && text.endsWith(" ");
      runs.push({ ...piece, text });
    }
    while (runs.length) {
      const last = runs[runs.length - 1];
      if (last.code || !last.text.endsWith(" ")) break;
      last.text = last.text.slice(0, -1);
      if (last.text === "") runs.pop();
      else break;
    }
    if (runs.length) tidied.push({ ...block, runs });
  }
  return tidied;
}

/** The blocks of the pasted `root` (a DOM node whose children are the pasted content). */
export function readPasted(root) {
  const reader = new Reader();
  reader.children(root, {
    kind: "paragraph",
    level: 0,
    list: null,
    quote: false,
    inItem: false,
    cell: false,
    pre: false,
    strong: false,
    em: false,
    code: false,
    href: null,
  });
  return tidy(reader.blocks);
}
