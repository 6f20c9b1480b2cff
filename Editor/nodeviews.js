// Pictures, related-news cards and embeds show in the editor as blocks that cannot be typed
// into: what the directive holds (the picture's hash, caption and credit; the card's article
// number; the post's address and network), so an editor sees what the page will carry.
// `describeDirective` decides the words and needs no DOM; the views only put them on screen.

import { embedNetwork } from "./embeds.js";

/** `{title, lines: [{label, value, dir}], warning}` for an image, related or embed node. */
export function describeDirective(node) {
  const { attrs } = node;
  switch (node.type.name) {
    case "image":
      return {
        title: "صورة من مكتبة الصور",
        lines: [
          { label: "الملف", value: attrs.hash, dir: "ltr" },
          { label: "التعليق", value: attrs.caption || "كما في مكتبة الصور", dir: "auto" },
          { label: "المصدر", value: attrs.credit || "كما في مكتبة الصور", dir: "auto" },
        ],
        warning: null,
      };
    case "related":
      return {
        title: "بطاقة «أخبار ذات علاقة»",
        lines: [{ label: "رقم الخبر", value: attrs.id, dir: "ltr" }],
        warning: null,
      };
    case "embed": {
      const network = embedNetwork(attrs.url);
      return {
        title: network ? "منشور مضمَّن من " + network.name : "منشور مضمَّن",
        lines: [{ label: "العنوان", value: attrs.url, dir: "ltr" }],
        warning: network ? null : "لا يعرف الموقع هذا العنوان منشوراً يمكن تضمينه، وسيُرفض عند الحفظ.",
      };
    }
    default:
      return { title: node.type.name, lines: [], warning: null };
  }
}

/**
 * What every block of the body that cannot be typed into does in ProseMirror: shows when it is
 * selected, and keeps the editor from reading its own DOM changes as typing.
 */
export class BlockView {
  selectNode() {
    this.dom.classList.add("ProseMirror-selectednode");
  }

  deselectNode() {
    this.dom.classList.remove("ProseMirror-selectednode");
  }

  ignoreMutation() {
    return true;
  }
}

class DirectiveView extends BlockView {
  constructor(node, doc) {
    super();
    this.node = node;
    this.doc = doc;
    this.dom = doc.createElement("figure");
    this.dom.className = "body-directive body-directive-" + node.type.name;
    this.dom.setAttribute("contenteditable", "false");
    this.render();
  }

  render() {
    const { title, lines, warning } = describeDirective(this.node);
    const make = (tag, className, text) => {
      const element = this.doc.createElement(tag);
      element.className = className;
      if (text != null) element.textContent = text;
      return element;
    };
    const caption = make("figcaption", "body-directive-title", title);
    const list = make("dl", "body-directive-lines");
    for (const line of lines) {
      list.appendChild(make("dt", "", line.label));
      const value = make("dd", "", line.value);
      value.setAttribute("dir", line.dir);
      list.appendChild(value);
    }
    const children = [caption, list];
    if (warning) {
      const note = make("p", "body-directive-warning", warning);
      note.setAttribute("role", "note");
      children.push(note);
    }
    this.dom.replaceChildren(...children);
  }

  update(node) {
    if (node.type !== this.node.type) return false;
    const changed = !node.sameMarkup(this.node);
    this.node = node;
    if (changed) this.render();
    return true;
  }
}

/** The node views for the editor (`nodeViews` prop). */
export function directiveNodeViews(doc = globalThis.document) {
  const view = (node) => new DirectiveView(node, doc);
  return { image: view, related: view, embed: view };
}
