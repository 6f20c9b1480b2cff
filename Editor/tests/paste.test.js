// The paste cleaner, on HTML shaped like what Word, Google Docs and web pages put on the
// clipboard (samples written for these tests), read with jsdom as the small DOM.

import test from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { DOMSerializer, Slice } from "prosemirror-model";
import { EditorState } from "prosemirror-state";
import { cleanPastedHTML, isOwnMarkup, htmlToDOM, parsePastedHTML, plainTextSlice } from "../paste.js";
import { isNumberMarker, pastedHref, readStyle } from "../paste/read.js";
import { parseBody, serializeBody } from "../markdown.js";
import { schema } from "../schema.js";

const { document } = new JSDOM("<!doctype html><html><body></body></html>").window;

/** What pasting `html` into an empty body gives, as the body's Markdown. */
function pasted(html) {
  const slice = parsePastedHTML(html, document);
  const state = EditorState.create({ schema });
  const tr = state.tr.replaceRange(0, state.doc.content.size, slice);
  return serializeBody(tr.doc);
}

test("Word: classes, fonts and o:p go; bold, italic and links stay", () => {
  const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal {margin:0cm; font-family:"Simplified Arabic"} --></style></head>
<body lang=AR-SA dir=RTL><!--StartFragment-->
<p class=MsoNormal dir=RTL style='text-align:justify;direction:rtl;unicode-bidi:embed'><span lang=AR-SA
style='font-size:14.0pt;font-family:"Simplified Arabic",serif'>أعلنت وزارة المالية، اليوم الأحد، عن
<b>موازنة</b> <b style='mso-bidi-font-weight:normal'>جديدة</b> بقيمة 1.2 تريليون ريال<o:p></o:p></span></p>
<p class=MsoNormal dir=RTL><span lang=AR-SA style='font-family:"Simplified Arabic"'>وقال الوزير لوكالة
<i>Reuters</i>: «نتوقع نمواً»، بحسب <a href="https://www.example.com/budget-2025">البيان</a>.<o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<!--EndFragment--></body></html>`;
  assert.equal(
    pasted(html),
    "أعلنت وزارة المالية، اليوم الأحد، عن **موازنة** **جديدة** بقيمة 1.2 تريليون ريال\n\n" +
      "وقال الوزير لوكالة *Reuters*: «نتوقع نمواً»، بحسب [البيان](https://www.example.com/budget-2025).",
  );
});

test("Word: list paragraphs become lists, bullets told from numbers, markers dropped", () => {
  const html = `<p class=MsoListParagraphCxSpFirst dir=RTL style='margin-right:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>
<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=AR-SA>خفض الضرائب</span></p>
<p class=MsoListParagraphCxSpLast dir=RTL style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span><![endif]><span lang=AR-SA>دعم <b>الصادرات</b></span></p>
<p class=MsoNormal dir=RTL>ثم الخطوات:</p>
<p class=MsoListParagraphCxSpFirst style='mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;&nbsp;</span></span><![endif]>الموافقة</p>
<p class=MsoListParagraphCxSpLast style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>2.<span>&nbsp;</span></span>التنفيذ</p>`;
  assert.equal(pasted(html), "- خفض الضرائب\n- دعم **الصادرات**\n\nثم الخطوات:\n\n1. الموافقة\n2. التنفيذ");
});

test("Word: headings and Arabic list numbers", () => {
  const html = `<h1 dir=RTL><span lang=AR-SA>الميزانية العامة</span></h1>
<h3 dir=RTL><span lang=AR-SA>الإيرادات</span></h3>
<h5>التفاصيل</h5>
<p class=MsoListParagraph style='mso-list:l2 level1 lfo3'><span style='mso-list:Ignore'>أ)<span>&nbsp;</span></span>النفط</p>`;
  assert.equal(pasted(html), "## الميزانية العامة\n\n### الإيرادات\n\n### التفاصيل\n\n1. النفط");
});

test("Google Docs: the normal-weight <b> wrapper, weight and style spans, lists of paragraphs", () => {
  const html = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-3f0a9c1e-7fff-1a2b-3c4d-5e6f70819203">
<h2 dir="rtl" style="line-height:1.38;margin-top:18pt"><span style="font-size:16pt;font-family:Arial;color:#000000;font-weight:400;font-style:normal;">خلفية الأزمة</span></h2>
<p dir="rtl" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial;font-weight:400;">بدأت الأزمة عام 2019 حين أعلنت شركة </span><span style="font-size:11pt;font-family:Arial;font-weight:700;">Aramco</span><span style="font-size:11pt;font-weight:400;"> عن </span><span style="font-size:11pt;font-weight:400;font-style:italic;">خطة جديدة</span><span style="font-size:11pt;font-weight:400;">.</span></p>
<br>
<ul style="margin-top:0;margin-bottom:0;"><li dir="rtl" style="list-style-type:disc;font-size:11pt;" aria-level="1"><p dir="rtl" role="presentation"><span style="font-weight:400;">زيادة الإنتاج</span></p></li><li dir="rtl" aria-level="1"><p dir="rtl" role="presentation"><span style="font-weight:400;">خفض الأسعار</span></p></li></ul>
<ol><li dir="rtl"><p dir="rtl"><span>أولاً</span></p></li></ol>
<p dir="rtl"><a href="https://www.google.com/url?q=https://www.example.org/report%3Fid%3D7&amp;sa=D&amp;source=editors&amp;ust=1" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;font-weight:400;">التقرير الكامل</span></a></p>
</b><br class="Apple-interchange-newline">`;
  assert.equal(
    pasted(html),
    "## خلفية الأزمة\n\n" +
      "بدأت الأزمة عام 2019 حين أعلنت شركة **Aramco** عن *خطة جديدة*.\n\n" +
      "- زيادة الإنتاج\n- خفض الأسعار\n\n" +
      "1. أولاً\n\n" +
      "[التقرير الكامل](https://www.example.org/report?id=7)",
  );
});

test("Google Docs: bold headings are not written bold", () => {
  const html = `<b style="font-weight:normal;"><h3 dir="rtl"><span style="font-weight:700;">محور</span></h3></b>`;
  assert.equal(pasted(html), "### محور");
});

test("web pages: scripts, styles, pictures and forms go; block elements make paragraphs", () => {
  const html = `<div class="article-body" style="font-family: 'Noto Naskh Arabic'">
<script>window.track && track("copy")</script><style>.x{color:red}</style>
<header><nav><a href="/">الرئيسية</a></nav></header>
<figure><img src="https://cdn.example.com/a.jpg" alt="صورة"><figcaption>الرئيس في القمة (أ ف ب)</figcaption></figure>
<div>قال المتحدث: <span class="highlight" style="background:yellow">لا تراجع</span><br>وأضاف أن القرار نهائي.</div>
<blockquote class="twitter-tweet"><p lang="ar" dir="rtl">نص التغريدة الأولى</p><p>نص ثان</p></blockquote>
<table><tr><th>الفريق</th><th>النقاط</th></tr><tr><td>الهلال</td><td>45</td></tr></table>
<pre>سطر أول
سطر ثان</pre>
<form><input value="بحث"><button>ابحث</button></form>
<iframe src="https://www.youtube.com/embed/x"></iframe>
<p>رابط <a href="javascript:alert(1)">خطير</a> ورابط <a href="#footnote-1">حاشية</a> ورابط <a href="mailto:desk@example.com">بريد</a></p>
</div>`;
  assert.equal(
    pasted(html),
    [
      "[الرئيسية](/)",
      "الرئيس في القمة (أ ف ب)",
      "قال المتحدث: لا تراجع",
      "وأضاف أن القرار نهائي.",
      "> نص التغريدة الأولى\n>\n> نص ثان",
      "الفريق — النقاط",
      "الهلال — 45",
      "سطر أول",
      "سطر ثان",
      "رابط خطير ورابط حاشية ورابط [بريد](mailto:desk@example.com)",
    ].join("\n\n"),
  );
});

test("web pages: lists inside quotes become quote paragraphs, nested lists flatten", () => {
  const html = `<blockquote><ul><li>أ</li><li>ب</li></ul></blockquote>
<ul><li>واحد<ul><li>فرعي</li></ul></li><li>اثنان</li></ul>
<h4>عنوان <em>صغير</em></h4><h6>أصغر</h6>`;
  assert.equal(pasted(html), "> أ\n>\n> ب\n\n- واحد\n- فرعي\n- اثنان\n\n### عنوان *صغير*\n\n### أصغر");
});

test("markup characters in pasted text are escaped, not read", () => {
  assert.equal(pasted("<p>1. ليس بنداً *ولا مائل* [ولا رابط](x)</p>"), "1\\. ليس بنداً \\*ولا مائل\\* \\[ولا رابط\\](x)");
  assert.equal(pasted("<p># وسم</p><p>[[related:1]]</p>"), "\\# وسم\n\n\\[\\[related:1\\]\\]");
});

test("the cleaned HTML holds only the schema's tags", () => {
  const clean = cleanPastedHTML(
    `<div style="color:red" class="c"><span style="font-weight:bold">ع</span><font face="Arial">ن</font></div>`,
    document,
  );
  assert.equal(clean, "<p><strong>ع</strong>ن</p>");
});

test("a copy from the editor itself pastes back unchanged, pictures and cards included", () => {
  const body = "## عنوان\n\nنص **عريض**\n\n[[image:abc|تعليق|رويترز]]\n\n- بند\n\n> قول\n\n[[related:5]]\n\n[[embed:https://youtu.be/abc]]";
  const doc = parseBody(body);
  const fragment = DOMSerializer.fromSchema(schema).serializeFragment(doc.content, { document });
  const wrap = document.createElement("div");
  wrap.appendChild(fragment);
  wrap.firstChild.setAttribute("data-pm-slice", "0 0 []");
  const html = '<meta charset="utf-8">' + wrap.innerHTML;
  assert.ok(isOwnMarkup(htmlToDOM(html, document)));
  assert.equal(cleanPastedHTML(html, document), html);
  assert.equal(pasted(html), body);
  // Without the editor's mark, the same markup is cleaned, and the directives still survive.
  const foreign = html.replace(' data-pm-slice="0 0 []"', "");
  assert.equal(isOwnMarkup(htmlToDOM(foreign, document)), false);
  assert.equal(pasted(foreign), body);
});

test("plain text: a paragraph per non-empty line", () => {
  const slice = plainTextSlice("سطر أول\r\n\r\n  سطر ثان\u0007 \n\u2028ثالث");
  assert.ok(slice instanceof Slice);
  assert.deepEqual(
    slice.content.content.map((node) => node.textContent),
    ["سطر أول", "سطر ثان", "ثالث"],
  );
  assert.equal(plainTextSlice(" \n ").size, 0);
});

test("helpers: style attributes, list markers, addresses", () => {
  assert.deepEqual([...readStyle("Font-Weight: 700 ; font-style:italic;;bad")], [
    ["font-weight", "700"],
    ["font-style", "italic"],
  ]);
  for (const marker of ["1.", "12)", "(3)", "a.", "iv.", "أ.", "ب)", "١."]) assert.ok(isNumberMarker(marker), marker);
  for (const marker of ["·", "o", "§", "•", "-", "Ø", "ü"]) assert.equal(isNumberMarker(marker), false, marker);
  assert.equal(pastedHref("https://example.com/x"), "https://example.com/x");
  assert.equal(pastedHref("/articles/5"), "/articles/5");
  assert.equal(pastedHref("#_ftn1"), null);
  assert.equal(pastedHref("page.html"), null);
  assert.equal(pastedHref("file:///C:/doc.docx"), null);
  assert.equal(pastedHref("https://www.google.com/url?q=https://a.example/b&sa=D"), "https://a.example/b");
});
