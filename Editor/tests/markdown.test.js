// The body's Markdown read into blocks and documents and written back. The expectations
// follow BodyParser.swift line by line; each canonical body must come back byte for byte.

import test from "node:test";
import assert from "node:assert/strict";
import { parseBlocks, parseBody, readBody, serializeBody } from "../markdown.js";
import { schema } from "../schema.js";

const roundTrips = (markdown) => assert.equal(serializeBody(parseBody(markdown)), markdown);

test("paragraphs: lines join with a space, a blank line separates", () => {
  assert.deepEqual(parseBlocks("سطر أول\nسطر ثان\n\nفقرة ثانية").blocks, [
    { kind: "paragraph", text: "سطر أول سطر ثان" },
    { kind: "paragraph", text: "فقرة ثانية" },
  ]);
  assert.deepEqual(parseBlocks("  \t مسافات حول السطر \t ").blocks, [{ kind: "paragraph", text: "مسافات حول السطر" }]);
  roundTrips("فقرة أولى.\n\nفقرة ثانية، وفيها فاصلة؛ وفاصلة منقوطة؟ وعلامة استفهام.");
});

test("every line break the Swift parser knows splits lines", () => {
  for (const separator of ["\n", "\r\n", "\r", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029"]) {
    assert.deepEqual(parseBlocks(`أ${separator}${separator}ب`).blocks.length, 2, JSON.stringify(separator));
  }
  assert.equal(parseBlocks("أ\r\n\r\nب").blocks.length, 2, "CR LF counts once");
});

test("headings: one or two hashes make an h2, three to six an h3", () => {
  const kinds = (markdown) => parseBlocks(markdown).blocks.map((block) => [block.kind, block.level, block.text]);
  assert.deepEqual(kinds("# أ"), [["heading", 2, "أ"]]);
  assert.deepEqual(kinds("## أ"), [["heading", 2, "أ"]]);
  assert.deepEqual(kinds("### أ"), [["heading", 3, "أ"]]);
  assert.deepEqual(kinds("###### أ"), [["heading", 3, "أ"]]);
  assert.deepEqual(kinds("####### أ"), [["paragraph", undefined, "####### أ"]]);
  assert.deepEqual(kinds("##أ"), [["paragraph", undefined, "##أ"]], "a space must follow");
  assert.deepEqual(kinds("##\tأ"), [["paragraph", undefined, "##\tأ"]], "a tab is not that space");
  assert.deepEqual(kinds("## "), [["paragraph", undefined, "##"]], "an empty heading is not one");
  assert.deepEqual(kinds("فقرة\n## عنوان\nفقرة"), [
    ["paragraph", undefined, "فقرة"],
    ["heading", 2, "عنوان"],
    ["paragraph", undefined, "فقرة"],
  ]);
  roundTrips("## عنوان فرعي\n\n### عنوان أصغر عن Boeing 787");
  assert.equal(serializeBody(parseBody("#### عنوان")), "### عنوان");
});

test("quotes: > lines, a lone > between paragraphs, a blank line ends the quote", () => {
  assert.deepEqual(parseBlocks("> أ\n> ب\n>\n> ج\n\n> د").blocks, [
    { kind: "quote", paragraphs: ["أ ب", "ج"] },
    { kind: "quote", paragraphs: ["د"] },
  ]);
  assert.deepEqual(parseBlocks("> أ\nب").blocks, [
    { kind: "quote", paragraphs: ["أ"] },
    { kind: "paragraph", text: "ب" },
  ]);
  assert.deepEqual(parseBlocks(">أ").blocks, [{ kind: "quote", paragraphs: ["أ"] }], "no space needed");
  roundTrips("> قال المتحدث: «لن نتراجع».\n>\n> وأضاف أن الاتفاق سيُوقَّع في 2026.");
  const quote = parseBody("> أ\n>\n> ب").firstChild;
  assert.equal(quote.type, schema.nodes.blockquote);
  assert.equal(quote.childCount, 2);
});

test("lists: -, * and + bullets, 1. and 1) numbers, a plain line continues the item", () => {
  assert.deepEqual(parseBlocks("- أ\n* ب\n+ ج").blocks, [{ kind: "list", ordered: false, items: ["أ", "ب", "ج"] }]);
  assert.deepEqual(parseBlocks("1. أ\n2) ب\n7. ج").blocks, [{ kind: "list", ordered: true, items: ["أ", "ب", "ج"] }]);
  assert.deepEqual(parseBlocks("- أ\nتكملة\n- ب").blocks, [{ kind: "list", ordered: false, items: ["أ تكملة", "ب"] }]);
  assert.deepEqual(parseBlocks("- أ\n1. ب").blocks, [
    { kind: "list", ordered: false, items: ["أ"] },
    { kind: "list", ordered: true, items: ["ب"] },
  ]);
  assert.deepEqual(parseBlocks("1234567890. ليس بنداً").blocks[0].kind, "paragraph", "ten digits are too many");
  assert.deepEqual(parseBlocks("-أ").blocks[0].kind, "paragraph");
  roundTrips("- بند أول\n- بند ثان عن OPEC+\n\n1. الخطوة الأولى\n2. الخطوة الثانية\n3. الخطوة الثالثة");
  assert.equal(serializeBody(parseBody("* أ\n+ ب")), "- أ\n- ب", "bullets are written as -");
  assert.equal(serializeBody(parseBody("3) أ\n9. ب")), "1. أ\n2. ب", "numbers are written in order");
  const list = parseBody("- أ").firstChild;
  assert.equal(list.type, schema.nodes.bullet_list);
  assert.equal(list.firstChild.type, schema.nodes.list_item);
  assert.equal(list.firstChild.firstChild.type, schema.nodes.paragraph);
});

test("directives on a line of their own", () => {
  assert.deepEqual(parseBlocks("[[related:42]]").blocks, [{ kind: "related", id: "42" }]);
  assert.deepEqual(parseBlocks("  [[ Related : +0042 ]]  ").blocks, [{ kind: "related", id: "42" }]);
  assert.deepEqual(parseBlocks("[[image:abc123]]").blocks, [{ kind: "image", reference: "abc123", caption: "", credit: "" }]);
  assert.deepEqual(parseBlocks("[[image: abc.svg | تعليق الصورة | رويترز ]]").blocks, [
    { kind: "image", reference: "abc.svg", caption: "تعليق الصورة", credit: "رويترز" },
  ]);
  assert.deepEqual(parseBlocks("[[image:abc||أ ف ب]]").blocks, [{ kind: "image", reference: "abc", caption: "", credit: "أ ف ب" }]);
  assert.deepEqual(parseBlocks("[[embed:https://youtu.be/dQw4w9WgXcQ]]").blocks, [
    { kind: "embed", url: "https://youtu.be/dQw4w9WgXcQ" },
  ]);
  assert.deepEqual(parseBlocks("فقرة\n[[related:1]]\nفقرة").blocks.map((block) => block.kind), [
    "paragraph", "related", "paragraph",
  ]);
  roundTrips("[[related:42]]\n\n[[image:abc]]\n\n[[image:abc|تعليق]]\n\n[[image:abc|تعليق|رويترز]]\n\n[[image:abc||رويترز]]");
  roundTrips("[[embed:https://x.com/Reuters/status/1234567890]]\n\n[[embed:https://www.instagram.com/p/Cabc123/]]");
  const doc = parseBody("[[image:abc|تعليق|رويترز]]\n\n[[related:7]]\n\n[[embed:https://youtu.be/a1]]");
  assert.deepEqual({ ...doc.child(0).attrs }, { hash: "abc", caption: "تعليق", credit: "رويترز" });
  assert.deepEqual({ ...doc.child(1).attrs }, { id: "7" });
  assert.deepEqual({ ...doc.child(2).attrs }, { url: "https://youtu.be/a1" });
});

test("lines the server refuses are kept as words, with the problem noted", () => {
  const cases = {
    "[[related:abc]]": "invalidRelatedID",
    "[[related:0]]": "invalidRelatedID",
    "[[related:9223372036854775808]]": "invalidRelatedID",
    "[[image:]]": "malformedDirective",
    "[[image:a|b|c|d]]": "malformedDirective",
    "[[video:x]]": "malformedDirective",
    "[[related:1]] بعدها نص": "malformedDirective",
    "[[]]": "malformedDirective",
    "[[embed:]]": "unknownEmbed",
    "[[embed:https://example.com/watch]]": "unknownEmbed",
  };
  for (const [line, reason] of Object.entries(cases)) {
    const { doc, problems } = readBody("قبل\n\n" + line);
    assert.deepEqual(problems, [{ line: 3, text: line, reason }], line);
    if (reason !== "unknownEmbed" || line === "[[embed:]]") {
      assert.equal(doc.lastChild.type, schema.nodes.paragraph, line);
      assert.equal(doc.lastChild.textContent, line, line);
      // Written back, the words are escaped: the server then reads them as text.
      assert.equal(serializeBody(doc), "قبل\n\n" + line.replace(/[\\*_`[\]]/g, "\\$&"));
    } else {
      assert.equal(doc.lastChild.type, schema.nodes.embed, "an unknown embed stays an embed, with a warning");
    }
  }
  assert.deepEqual(readBody("[[related:9223372036854775807]]").problems, []);
});

test("an empty body is one empty paragraph, and empty blocks are not written", () => {
  const empty = parseBody("");
  assert.equal(empty.childCount, 1);
  assert.equal(empty.firstChild.type, schema.nodes.paragraph);
  assert.equal(serializeBody(empty), "");
  const { paragraph, heading, doc, bullet_list, list_item, blockquote } = schema.nodes;
  const text = (words) => paragraph.create(null, schema.text(words));
  const built = doc.create(null, [
    paragraph.create(),
    text("أ"),
    heading.create({ level: 2 }),
    blockquote.create(null, [paragraph.create(), text("ب")]),
    bullet_list.create(null, [list_item.create(null, paragraph.create()), list_item.create(null, text("ج"))]),
    bullet_list.create(null, [list_item.create(null, paragraph.create())]),
    paragraph.create(null, schema.text("   ")),
  ]);
  assert.equal(serializeBody(built), "أ\n\n> ب\n\n- ج");
});

test("a line break or a control character typed into a block is not written as one", () => {
  const { paragraph, doc } = schema.nodes;
  const built = doc.create(null, paragraph.create(null, schema.text("أ\nب\u2028ج\u0000د\u0085هـ")));
  assert.equal(serializeBody(built), "أ ب جد هـ");
});

test("directive attributes are written so they read back the same", () => {
  const { image, related, embed, doc } = schema.nodes;
  const built = doc.create(null, [
    image.create({ hash: " abc ", caption: "سطر\nثان | وبعده", credit: "" }),
    related.create({ id: "0012" }),
    related.create({ id: "" }),
    embed.create({ url: " https://youtu.be/abc " }),
    image.create({ hash: "" }),
  ]);
  const markdown = serializeBody(built);
  assert.equal(markdown, "[[image:abc|سطر ثان ¦ وبعده]]\n\n[[related:12]]\n\n[[embed:https://youtu.be/abc]]");
  roundTrips(markdown);
});

test("a demo-like body with every block round-trips", () => {
  roundTrips(
    [
      "استضاف الرئيس الأمريكي دونالد ترامب، الخميس 6 نوفمبر/تشرين الثاني 2025، قادة دول آسيا الوسطى في قمة C5+1.",
      "## طائرات وقطارات ومناجم",
      "[[related:14]]",
      "تشمل الحزمة 22 طائرة Boeing 787 و10 طائرات 737 MAX، بقيمة 25 مليار دولار (نحو 92 مليار ريال).",
      "[[image:6f1c0e|تتوزع ثروات المعادن على الدول الخمس|رسم: المدار]]",
      "> المنطقة تملك الموقع والطلب.",
      "### نحو إلغاء تعديل جاكسون-فانيك",
      "- تثبيت المعاملة التجارية.\n- إزالة عقبة رمزية.",
      "1. الخطط الوطنية.\n2. تمويل العمل المناخي.",
      "[[embed:https://www.youtube.com/watch?v=dQw4w9WgXcQ]]",
    ].join("\n\n"),
  );
});
