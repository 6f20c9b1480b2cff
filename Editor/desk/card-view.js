// A "أخبار ذات علاقة" card in the body as the desk shows it: the story's headline and section,
// asked for with the other cards' in one request, and its number until they come (or if the
// story cannot be found).

import { BlockView } from "../nodeviews.js";
import { number } from "./format.js";

export class CardView extends BlockView {
  constructor(node, desk) {
    super();
    this.node = node;
    this.desk = desk;
    const doc = desk.doc;
    const make = (tag, className, text) => {
      const element = doc.createElement(tag);
      element.className = className;
      if (text != null) element.textContent = text;
      return element;
    };
    this.dom = make("figure", "body-directive body-directive-related desk-card");
    this.dom.setAttribute("contenteditable", "false");
    this.title = make("figcaption", "body-directive-title", "خبر ذو علاقة");
    this.headline = make("p", "desk-card-headline");
    this.headline.setAttribute("dir", "auto");
    this.meta = make("p", "desk-card-meta");
    this.warning = make("p", "body-directive-warning");
    this.warning.hidden = true;
    this.dom.append(this.title, this.headline, this.meta, this.warning);
    this.load();
  }

  load() {
    const id = this.node.attrs.id;
    this.headline.textContent = "الخبر رقم " + number(id);
    this.meta.textContent = "رقم الخبر " + number(id);
    this.warning.hidden = true;
    this.desk.stories.get(id).then((story) => {
      if (this.node.attrs.id !== id) return;
      if (!story) {
        this.warning.textContent = "لا يوجد خبر بهذا الرقم.";
        this.warning.hidden = false;
        return;
      }
      this.headline.textContent = story.headline || "الخبر رقم " + number(id);
      this.meta.textContent = [story.section, "رقم الخبر " + number(id)].filter(Boolean).join(" · ");
    });
  }

  update(node) {
    if (node.type !== this.node.type) return false;
    const changed = node.attrs.id !== this.node.attrs.id;
    this.node = node;
    if (changed) this.load();
    return true;
  }
}
