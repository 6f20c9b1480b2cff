// A body picture as the desk shows it: the library's thumbnail and alt text, and two small
// fields for this article's own caption and credit, whose placeholders are the library's.
// Typing in them is not editor input (stopEvent, ignoreMutation): once the typing pauses the
// node's attributes change by one setNodeMarkup, one undo step. A caption or credit typed the
// same as the library's is kept empty, which the format reads as "as in the library".

import { BlockView } from "../nodeviews.js";
import { closeHistory } from "../commands/index.js";
import { debounce } from "./timing.js";

export class PictureView extends BlockView {
  constructor(node, view, getPos, desk, { pause = 600 } = {}) {
    super();
    this.node = node;
    this.view = view;
    this.getPos = getPos;
    this.desk = desk;
    this.picture = null;
    const doc = desk.doc;
    const make = (tag, className, text) => {
      const element = doc.createElement(tag);
      if (className) element.className = className;
      if (text != null) element.textContent = text;
      return element;
    };

    this.dom = make("figure", "body-directive body-directive-image desk-picture-view");
    this.dom.setAttribute("contenteditable", "false");
    this.image = make("img", "desk-thumbnail");
    this.image.alt = "";
    this.image.hidden = true;
    const about = make("div", "desk-picture-about");
    this.title = make("figcaption", "body-directive-title", "صورة من مكتبة الصور");
    this.alt = make("p", "desk-picture-alt");
    this.alt.setAttribute("dir", "auto");
    this.fields = make("div", "desk-picture-fields");
    this.caption = this.field("التعليق في هذا الخبر", "caption");
    this.credit = this.field("المصدر في هذا الخبر", "credit");
    const note = make("p", "hint", "اتركهما فارغين ليظهر ما في مكتبة الصور.");
    this.fields.append(note);
    about.append(this.title, this.alt, this.fields);
    this.dom.append(this.image, about);

    this.typed = debounce(() => this.commit(), pause);
    // Inside a draggable block a mouse drag would move the picture instead of selecting text.
    this.fields.addEventListener("mousedown", () => (this.dom.draggable = false));
    this.fields.addEventListener("focusin", () => (this.dom.draggable = false));
    this.fields.addEventListener("focusout", () => {
      this.typed.flush();
      this.dom.draggable = true;
    });
    this.fill();
    this.load();
  }

  field(labelText, name) {
    const doc = this.desk.doc;
    const label = doc.createElement("label");
    const words = doc.createElement("span");
    words.textContent = labelText;
    const input = doc.createElement("input");
    input.type = "text";
    input.setAttribute("dir", "auto");
    input.dataset.attr = name; // no name attribute: the article form must not post it
    input.addEventListener("input", () => this.typed());
    input.addEventListener("keydown", (event) => {
      // Enter would send the article form; here it means "done with this field".
      if (event.key === "Enter") {
        event.preventDefault();
        this.typed.flush();
      }
    });
    label.append(words, input);
    this.fields.append(label);
    return input;
  }

  load() {
    const hash = this.node.attrs.hash;
    this.picture = null;
    this.alt.textContent = "الملف: " + hash;
    this.alt.classList.remove("body-directive-warning");
    this.image.hidden = true;
    this.placeholders();
    this.desk.library.get(hash).then((picture) => {
      if (this.node.attrs.hash !== hash) return;
      this.picture = picture;
      if (!picture) {
        this.alt.textContent = "لا توجد في مكتبة الصور صورة بالملف " + hash + ".";
        this.alt.classList.add("body-directive-warning");
      } else {
        this.alt.textContent = picture.alt || hash;
        if (picture.thumbnail) {
          this.image.src = picture.thumbnail;
          this.image.hidden = false;
        }
      }
      this.placeholders();
    });
  }

  placeholders() {
    const picture = this.picture;
    this.caption.placeholder = !picture ? "كما في مكتبة الصور" : picture.caption || "لا تعليق في المكتبة";
    this.credit.placeholder = !picture ? "كما في مكتبة الصور" : picture.credit || "لا مصدر في المكتبة";
  }

  /** The inputs show the node's attributes, except one being typed in. */
  fill() {
    const active = this.desk.doc.activeElement;
    for (const input of [this.caption, this.credit]) {
      if (input === active || this.typed.pending()) continue;
      input.value = this.node.attrs[input.dataset.attr] || "";
    }
  }

  own(input) {
    const text = input.value.trim();
    const library = this.picture ? (this.picture[input.dataset.attr] || "").trim() : "";
    return library && text === library ? "" : text;
  }

  commit() {
    const pos = this.getPos();
    if (typeof pos !== "number") return;
    const node = this.view.state.doc.nodeAt(pos);
    if (!node || node.type !== this.node.type) return;
    const attrs = { ...node.attrs, caption: this.own(this.caption), credit: this.own(this.credit) };
    if (attrs.caption === node.attrs.caption && attrs.credit === node.attrs.credit) return;
    // A leaf's markup changes by a plain replace, which the history would join to a change
    // made just before; closing the group keeps each pause one step.
    this.view.dispatch(closeHistory(this.view.state.tr.setNodeMarkup(pos, null, attrs)));
  }

  update(node) {
    if (node.type !== this.node.type) return false;
    const moved = node.attrs.hash !== this.node.attrs.hash;
    this.node = node;
    if (moved) this.load();
    this.fill();
    return true;
  }

  stopEvent(event) {
    return this.fields.contains(event.target);
  }


  destroy() {
    this.typed.cancel();
  }
}
