import test from "node:test";
import assert from "node:assert/strict";
import { DOMSerializer } from "prosemirror-model";
import { JSDOM } from "jsdom";
import { schema, isDirective } from "../schema.js";

test("the schema holds exactly the body format's blocks and marks", () => {
  assert.deepEqual(Object.keys(schema.nodes).sort(), [
    "blockquote", "bullet_list", "doc", "embed", "heading", "image", "list_item", "ordered_list", "paragraph", "related", "text",
  ]);
  assert.deepEqual(Object.keys(schema.marks), ["link", "strong", "em", "code"]);
});

test("a quote holds paragraphs only, and an item one paragraph", () => {
  const { blockquote, paragraph, heading, list_item, bullet_list, image } = schema.nodes;
  const p = paragraph.create(null, schema.text("نص"));
  assert.ok(blockquote.validContent(schema.nodes.doc.create(null, [p, p]).content));
  assert.equal(blockquote.validContent(schema.nodes.doc.create(null, [heading.create(null, schema.text("x"))]).content), false);
  assert.ok(list_item.validContent(schema.nodes.doc.create(null, [p]).content));
  assert.equal(list_item.validContent(schema.nodes.doc.create(null, [p, p]).content), false);
  const list = bullet_list.create(null, list_item.create(null, p));
  assert.equal(list_item.validContent(schema.nodes.doc.create(null, [p, list]).content), false, "no nested lists");
  assert.equal(blockquote.validContent(schema.nodes.doc.create(null, [image.create({ hash: "a" })]).content), false);
});

test("headings are level 2 or 3 and read h1–h6", () => {
  const rules = schema.nodes.heading.spec.parseDOM;
  const levels = Object.fromEntries(rules.map((rule) => [rule.tag, rule.attrs.level]));
  assert.deepEqual(levels, { h1: 2, h2: 2, h3: 3, h4: 3, h5: 3, h6: 3 });
});

test("directives are atoms with their attributes, and survive a copy as HTML", () => {
  const { image, related, embed } = schema.nodes;
  for (const type of [image, related, embed]) {
    assert.ok(type.isAtom && type.isBlock, type.name);
    assert.ok(isDirective(type.create(type.name === "image" ? { hash: "h" } : type.name === "related" ? { id: "1" } : { url: "u" })));
  }
  assert.deepEqual(Object.keys(image.spec.attrs), ["hash", "caption", "credit"]);
  assert.deepEqual(Object.keys(related.spec.attrs), ["id"]);
  assert.deepEqual(Object.keys(embed.spec.attrs), ["url"]);

  const { document } = new JSDOM("").window;
  const serializer = DOMSerializer.fromSchema(schema);
  const node = image.create({ hash: "abc", caption: "تعليق", credit: "رويترز" });
  const dom = serializer.serializeNode(node, { document });
  assert.equal(dom.getAttribute("data-sahifa"), "image");
  assert.deepEqual(image.spec.parseDOM[0].getAttrs(dom), { hash: "abc", caption: "تعليق", credit: "رويترز" });
});

test("text blocks carry dir=auto; code reads left to right", () => {
  const { document } = new JSDOM("").window;
  const serializer = DOMSerializer.fromSchema(schema);
  const p = schema.nodes.paragraph.create(null, schema.text("Reuters", [schema.marks.code.create()]));
  const dom = serializer.serializeNode(p, { document });
  assert.equal(dom.outerHTML, '<p dir="auto"><code dir="ltr">Reuters</code></p>');
  const h = serializer.serializeNode(schema.nodes.heading.create({ level: 3 }, schema.text("عنوان")), { document });
  assert.equal(h.outerHTML, '<h3 dir="auto">عنوان</h3>');
});

test("link parse rules keep only safe addresses", () => {
  const rule = schema.marks.link.spec.parseDOM[0];
  const anchor = (href) => ({ getAttribute: () => href });
  assert.deepEqual(rule.getAttrs(anchor("https://example.com/a")), { href: "https://example.com/a" });
  assert.deepEqual(rule.getAttrs(anchor("/news/12")), { href: "/news/12" });
  assert.deepEqual(rule.getAttrs(anchor("mailto:desk@example.com")), { href: "mailto:desk@example.com" });
  assert.equal(rule.getAttrs(anchor("javascript:alert(1)")), false);
  assert.equal(rule.getAttrs(anchor("java\tscript:alert(1)")), false);
  assert.equal(rule.getAttrs(anchor("//evil.example")), false);
});

test("bold parse rules: Google Docs' normal-weight <b> wrapper is not bold", () => {
  const [, bTag, weight] = schema.marks.strong.spec.parseDOM;
  assert.equal(bTag.getAttrs({ style: { fontWeight: "normal" } }), false);
  assert.equal(bTag.getAttrs({ style: { fontWeight: "" } }), null);
  assert.equal(weight.getAttrs("700"), null);
  assert.equal(weight.getAttrs("bold"), null);
  assert.equal(weight.getAttrs("400"), false);
});
