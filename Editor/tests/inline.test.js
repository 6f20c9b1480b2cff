// Inline Markdown: read as InlineMarkdown.swift reads it, written so it reads back the same,
// with exactly MarkdownEscaping.swift's escapes.

import test from "node:test";
import assert from "node:assert/strict";
import { escapeInline, escapeLineStart, parseBody, parseInline, safeHref, serializeBody, writeInline } from "../markdown.js";

const r = (text, marks = {}) => ({
  text,
  strong: !!marks.strong,
  em: !!marks.em,
  code: !!marks.code,
  href: marks.href || null,
});
const roundTrips = (markdown) => assert.equal(serializeBody(parseBody(markdown)), markdown);

test("marks: strong, emphasis, code and links", () => {
  assert.deepEqual(parseInline("نص **عريض** و*مائل* و`code` و[رابط](https://example.com)"), [
    r("نص "),
    r("عريض", { strong: true }),
    r(" و"),
    r("مائل", { em: true }),
    r(" و"),
    r("code", { code: true }),
    r(" و"),
    r("رابط", { href: "https://example.com" }),
  ]);
  assert.deepEqual(parseInline("**عريض *ومائل* معاً**"), [
    r("عريض ", { strong: true }),
    r("ومائل", { strong: true, em: true }),
    r(" معاً", { strong: true }),
  ]);
  assert.deepEqual(parseInline("[**عريض** في رابط](/news/1)"), [
    r("عريض", { strong: true, href: "/news/1" }),
    r(" في رابط", { href: "/news/1" }),
  ]);
  assert.deepEqual(parseInline("_مائل_"), [r("مائل", { em: true })]);
});

test("the Swift reader's quirks are kept", () => {
  assert.deepEqual(parseInline("a * b * c"), [r("a * b * c")], "stars with spaces around are text");
  assert.deepEqual(parseInline("snake_case_name"), [r("snake_case_name")], "underscores inside words are text");
  assert.deepEqual(parseInline("**a"), [r("**a")]);
  assert.deepEqual(parseInline("**a*"), [r("*"), r("a", { em: true })]);
  assert.deepEqual(parseInline("``"), [], "an empty code span holds nothing");
  assert.deepEqual(parseInline("`a\\`b`"), [r("a\\", { code: true }), r("b`")], "no escapes inside code");
  assert.deepEqual(parseInline("\\q \\*"), [r("\\q *")], "only markup characters are escaped");
  assert.deepEqual(parseInline("[نص](javascript:alert(1))"), [r("نص")], "an unsafe link keeps its words only");
  assert.deepEqual(parseInline("[نص](https://a.example/x \"عنوان\")"), [r("نص", { href: "https://a.example/x" })]);
  assert.deepEqual(parseInline("[a [b](/x)](/y)"), [r("a [b](/x)", { href: "/y" })], "no link inside a link");
  assert.deepEqual(parseInline("[ويكي](https://ar.wikipedia.org/wiki/Foo_(bar))"), [
    r("ويكي", { href: "https://ar.wikipedia.org/wiki/Foo_(bar)" }),
  ]);
});

test("safe addresses are judged like InlineMarkdown.safeHref", () => {
  assert.equal(safeHref("https://example.com"), "https://example.com");
  assert.equal(safeHref("HTTP://example.com"), "HTTP://example.com");
  assert.equal(safeHref("mailto:a@b.c"), "mailto:a@b.c");
  assert.equal(safeHref("/news/1"), "/news/1");
  assert.equal(safeHref("#part"), "#part");
  assert.equal(safeHref("page?x=1"), "page?x=1");
  assert.equal(safeHref(" https://exa mple.com "), "https://example.com");
  assert.equal(safeHref("javascript:x"), null);
  assert.equal(safeHref("java\nscript:x"), null);
  assert.equal(safeHref("data:text/html,x"), null);
  assert.equal(safeHref("//evil.example"), null);
  assert.equal(safeHref("/\\evil.example"), null);
  assert.equal(safeHref("\\\\evil"), null);
  assert.equal(safeHref(""), null);
});

test("escapes: every markup character, and nothing else, so Arabic stays clean", () => {
  assert.equal(escapeInline("a\\b*c_d`e[f]g"), "a\\\\b\\*c\\_d\\`e\\[f\\]g");
  const arabic = "قال الوزير، في مؤتمر صحافي؛ «هل نتراجع؟» لا. (2025) #عاجل > - + ! .";
  assert.equal(escapeInline(arabic), arabic);
  assert.equal(escapeLineStart("# وسم"), "\\# وسم");
  assert.equal(escapeLineStart("> ليس اقتباساً"), "\\> ليس اقتباساً");
  assert.equal(escapeLineStart("- ليس بنداً"), "\\- ليس بنداً");
  assert.equal(escapeLineStart("+ ليس بنداً"), "\\+ ليس بنداً");
  assert.equal(escapeLineStart("2025. عام"), "2025\\. عام");
  assert.equal(escapeLineStart("3) ثالثاً"), "3\\) ثالثاً");
  assert.equal(escapeLineStart("2025 عام"), "2025 عام");
  assert.equal(escapeLineStart("٢٠٢٥. بالأرقام العربية"), "٢٠٢٥. بالأرقام العربية", "only ASCII digits make a list");
});

test("plain text reads back exactly, as the plain-text import writes it", () => {
  const cases = [
    ["سعر البرميل 85.5 دولار", "سعر البرميل 85.5 دولار"],
    ["# وسم في البداية", "\\# وسم في البداية"],
    ["1. ليس بنداً", "1\\. ليس بنداً"],
    ["[[related:5]] نص", "\\[\\[related:5\\]\\] نص"],
    ["a*b_c`d\\e", "a\\*b\\_c\\`d\\\\e"],
    ["- شرطة", "\\- شرطة"],
    ["> زاوية", "\\> زاوية"],
    ["https://example.com/a_b?x=1&y=[2]", "https://example.com/a\\_b?x=1&y=\\[2\\]"],
    ["رئيس الوزراء Benjamin Netanyahu والرئيس Emmanuel Macron", "رئيس الوزراء Benjamin Netanyahu والرئيس Emmanuel Macron"],
    ["هل انتهت الأزمة؟ ربما، لكن؛ ليس بعد.", "هل انتهت الأزمة؟ ربما، لكن؛ ليس بعد."],
    ["١٢٣٤ و1234 و۱۲۳۴", "١٢٣٤ و1234 و۱۲۳۴"],
  ];
  for (const [text, markdown] of cases) {
    assert.equal(writeInline([r(text)], { lineStart: true }), markdown, text);
    assert.deepEqual(parseInline(markdown.replace(/^\\([#>+-])/, "\\$1")), [r(text)], markdown);
    roundTrips(markdown);
  }
});

test("marks are written so they read back", () => {
  const cases = [
    [[r("نص "), r("عريض", { strong: true })], "نص **عريض**"],
    [[r("مائل", { em: true }), r(" ثم نص")], "*مائل* ثم نص"],
    [[r("دالة "), r("parse()", { code: true })], "دالة `parse()`"],
    [[r("موقع", { href: "https://example.com/a_(b)" })], "[موقع](https://example.com/a_(b))"],
    [[r("عريض ", { strong: true }), r("ومائل", { strong: true, em: true })], "**عريض _ومائل_**"],
    [[r("كله", { strong: true, em: true })], "**_كله_**"],
    [[r("مائل فيه "), r("رابط", { em: true, href: "/x" }), r(" نص", { em: true })], "مائل فيه [*رابط*](/x)* نص*"],
  ];
  for (const [runs, expected] of cases) {
    const written = writeInline(runs);
    assert.deepEqual(parseInline(written), runs, written);
    if (expected !== "مائل فيه [*رابط*](/x)* نص*") assert.equal(written, expected);
  }
});

test("what emphasis cannot hold is moved or rewritten, never lost from the words", () => {
  // Spaces move outside the stars.
  assert.equal(writeInline([r("أ"), r(" مائل ", { em: true }), r("ب")]), "أ *مائل* ب");
  // A star inside emphasis: underscores instead.
  const star = [r("قبل "), r("5*3", { em: true })];
  assert.equal(writeInline(star), "قبل _5\\*3_");
  assert.deepEqual(parseInline(writeInline(star)), star);
  // A backtick cannot sit in code: it is written as text between two spans.
  const tick = writeInline([r("a`b", { code: true })]);
  assert.equal(tick, "`a`\\``b`");
  assert.deepEqual(parseInline(tick), [r("a", { code: true }), r("`"), r("b", { code: true })]);
  // Unpaired brackets in a link's words would end it early: the words stay, the link goes.
  assert.equal(writeInline([r("قوس ]", { href: "/x" })]), "قوس \\]");
  // Unpaired parentheses in an address are percent-encoded.
  assert.equal(writeInline([r("رابط", { href: "/a)b" })]), "[رابط](/a%29b)");
  // An unsafe address is not written as a link.
  assert.equal(writeInline([r("رابط", { href: "javascript:alert(1)" })]), "رابط");
});

test("any mix of marks writes words that read back unchanged", () => {
  // Every combination of marks over three words, some with markup characters in them.
  const words = ["كلمة", " *نجمة* ", "a_b", "[قوس]", "2025."];
  const markSets = [];
  for (let bits = 0; bits < 16; bits++) {
    markSets.push({ strong: !!(bits & 1), em: !!(bits & 2), code: !!(bits & 4), href: bits & 8 ? "https://e.example/p" : null });
  }
  let checked = 0;
  for (const a of markSets) {
    for (const b of markSets) {
      for (const word of words) {
        const runs = [r("أول ", a), r(word, b), r(" آخر", a)];
        const written = writeInline(runs, { lineStart: true });
        const back = parseInline(written.replace(/^\\([#>+-])/, "\\$1"));
        const text = (list) => list.map((piece) => piece.text).join("");
        assert.equal(text(back).trim(), text(runs).replace(/`/g, "`").trim(), written);
        checked += 1;
      }
    }
  }
  assert.ok(checked > 1000);
});

test("inline marks survive a round trip through the document", () => {
  roundTrips("قال **وزير الخارجية** إن *المفاوضات* مع `OPEC+` مستمرة، وفق [رويترز](https://www.reuters.com/world/).");
  roundTrips("## عنوان فيه **عريض**");
  roundTrips("> اقتباس فيه [رابط](/articles/12)");
  roundTrips("- بند فيه `code`\n- بند فيه *مائل*");
  roundTrips("\\*\\*ليس عريضاً\\*\\* و\\_ليس مائلاً\\_");
});
