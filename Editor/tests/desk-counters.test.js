// Length counters (desk/counters.js) and the body's word count and reading time
// (desk/reading.js), and the words the desk writes numbers, times and minutes in (format.js).

import test from "node:test";
import assert from "node:assert/strict";
import { characterCount, lengthState } from "../desk/counters.js";
import { countWords, readingMinutes } from "../desk/reading.js";
import { clockTime, gregorianDate, minutes, nameList } from "../desk/format.js";
import { mountedPage, tick, until } from "./support/desk.js";

test("characters are counted as the server counts them", () => {
  assert.equal(characterCount("  سلام  "), 4, "trimmed");
  assert.equal(characterCount("مُحَمَّد"), 4, "a letter with its harakat is one");
  assert.equal(characterCount("👍🏽 ok"), 4, "an emoji with its skin tone is one");
  assert.equal(characterCount("\u00a0عنوان\u2003"), 5, "Unicode white space at the ends");
  assert.equal(characterCount(""), 0);
});

test("the counter's words at each length", () => {
  assert.deepEqual(lengthState(45, 200, 70), { level: "ok", text: "عدد الأحرف: 45 · المقترح 70 على الأكثر · الحد الأقصى 200" });
  assert.equal(lengthState(71, 200, 70).level, "advice");
  assert.match(lengthState(71, 200, 70).text, /أطول من 70/);
  assert.equal(lengthState(200, 200, 70).level, "advice");
  assert.deepEqual(lengthState(205, 200, 70), { level: "limit", text: "عدد الأحرف: 205 · أطول من الحد الأقصى 200 بـ 5، ولن يقبله الموقع" });
  assert.equal(lengthState(10, 600, null).text, "عدد الأحرف: 10 · الحد الأقصى 600");
  assert.equal(lengthState(10, null, 70).text, "عدد الأحرف: 10 · المقترح 70 على الأكثر");
});

test("counters under the marked fields, read with them, and a status only when a line is crossed", async () => {
  const { window, document } = await mountedPage({ headline: "عنوان" });
  const headline = document.getElementById("headline");
  const counter = document.getElementById("headline-counter");
  assert.equal(headline.nextElementSibling, counter);
  assert.ok(headline.getAttribute("aria-describedby").split(" ").includes("headline-counter"));
  assert.equal(counter.textContent, "عدد الأحرف: 5 · المقترح 70 على الأكثر · الحد الأقصى 200");
  assert.equal(counter.dataset.level, "ok");
  const status = counter.nextElementSibling;
  assert.equal(status.getAttribute("role"), "status");
  assert.equal(status.textContent, "", "nothing said on opening");
  assert.equal(document.getElementById("kicker-counter"), null, "no attributes, no counter");
  assert.ok(document.getElementById("summary-counter"), "text areas too");
  assert.ok(document.getElementById("seo_description-counter"));

  const type = (value) => {
    headline.value = value;
    headline.dispatchEvent(new window.Event("input", { bubbles: true }));
  };
  type("ع".repeat(60));
  assert.equal(status.textContent, "", "no noise while within the advice");
  type("ع".repeat(71));
  assert.equal(counter.dataset.level, "advice");
  assert.equal(status.textContent, "العنوان: أطول مما تُظهره محركات البحث (70).");
  type("ع".repeat(72));
  assert.equal(status.textContent, "العنوان: أطول مما تُظهره محركات البحث (70).", "unchanged while the level stays");
  type("ع".repeat(201));
  assert.equal(counter.dataset.level, "limit");
  assert.equal(status.textContent, "العنوان: تجاوز الحد الأقصى (200)، ولن يقبله الموقع.");
});

test("words, Arabic and Latin alike, and reading time at 200 a minute, never under one", () => {
  assert.equal(countWords("قالت الوزارة إنّ النموّ بلغ 2.5٪ في عام 2025، وفق Reuters."), 11);
  assert.equal(countWords("مُحَمَّدٌ — «الأستاذ» don't"), 3);
  assert.equal(countWords("  \n "), 0);
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(200), 1);
  assert.equal(readingMinutes(201), 2);
  assert.equal(minutes(1), "دقيقة واحدة");
  assert.equal(minutes(2), "دقيقتان");
  assert.equal(minutes(3), "3 دقائق");
  assert.equal(minutes(10), "10 دقائق");
  assert.equal(minutes(11), "11 دقيقة");
  assert.equal(minutes(103), "103 دقائق");
});

test("the word count under the editor follows the body", async () => {
  const { document, view } = await mountedPage({ body: "كلمة ثانية ثالثة.\n\n[[image:aaa|تعليق طويل لا يُعدّ]]\n\n- بند أول" });
  const line = document.querySelector(".desk-words");
  assert.equal(line.previousElementSibling.className, "body-editor");
  assert.equal(line.textContent, "عدد الكلمات: 5 · مدة القراءة: دقيقة واحدة");
  view.dispatch(view.state.tr.insertText(" كلمة".repeat(300), view.state.doc.child(0).nodeSize - 1));
  await until(() => line.textContent !== "عدد الكلمات: 5 · مدة القراءة: دقيقة واحدة", 500, "the new count");
  assert.equal(line.textContent, "عدد الكلمات: 305 · مدة القراءة: دقيقتان");
  assert.equal(line.hasAttribute("aria-live"), false);
});

test("times, dates and names as the newsroom writes them", () => {
  assert.equal(clockTime("2025-12-07T14:05:09+03:00"), "14:05", "the site's clock, as the server wrote it");
  assert.equal(clockTime("2025-12-07T09:03:00.123-05:00"), "09:03");
  const utc = new Date("2025-12-07T11:05:00Z");
  assert.equal(clockTime("2025-12-07T11:05:00Z"), String(utc.getHours()).padStart(2, "0") + ":" + String(utc.getMinutes()).padStart(2, "0"));
  assert.equal(clockTime("nonsense"), "");
  assert.equal(gregorianDate("2025-12-07T12:00:00"), "7 ديسمبر 2025");
  assert.equal(nameList(["هدى", "عمر", "سارة"]), "هدى، عمر، سارة");
});
