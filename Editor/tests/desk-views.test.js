// The desk's node views: a body picture with its thumbnail and editable caption and credit
// (desk/picture-view.js), a related card with its story's headline (desk/card-view.js); the
// details come in one batched request each, and the Markdown is what it was.

import test from "node:test";
import assert from "node:assert/strict";
import { undo } from "../commands/index.js";
import { mountedPage, network, picture, tick, until } from "./support/desk.js";

const body = "مقدمة.\n\n[[image:aaa]]\n\n[[image:bbb|تعليق خاص|مصدر خاص]]\n\n[[related:12]]\n\n[[related:99]]\n\n[[image:gone]]";

function deskNet() {
  const net = network();
  net.route("GET", "/newsroom/desk/pictures", (request) => ({
    json: {
      pictures: (request.query.get("hashes") || "")
        .split(",")
        .filter((hash) => hash && hash !== "gone")
        .map((hash) => picture(hash)),
    },
  }));
  net.route("GET", "/newsroom/desk/stories", (request) => ({
    json: {
      stories: (request.query.get("ids") || "")
        .split(",")
        .filter((id) => id === "12")
        .map((id) => ({ id: Number(id), headline: "ارتفاع أسعار النفط", section: "اقتصاد", published: "2025-12-01T10:00:00Z", suggested: false })),
    },
  }));
  return net;
}

test("pictures and cards ask for their details in one request each, and the body stays byte for byte", async () => {
  const net = deskNet();
  const { document, textarea, form, window } = await mountedPage({ body }, { net });
  const original = textarea.value;
  await until(() => document.querySelector(".desk-card-headline")?.textContent === "ارتفاع أسعار النفط", 500, "the card");
  const pictureAsks = net.requests.filter((request) => request.query.has("hashes"));
  assert.deepEqual(pictureAsks.map((request) => request.query.get("hashes")), ["aaa,bbb,gone"]);
  const storyAsks = net.requests.filter((request) => request.query.has("ids"));
  assert.deepEqual(storyAsks.map((request) => request.query.get("ids")), ["12,99"]);

  const [first, second, third] = document.querySelectorAll(".desk-picture-view");
  await until(() => first.querySelector("img").getAttribute("src"), 500, "the thumbnail");
  assert.equal(first.querySelector("img").getAttribute("src"), "/media/aaa/thumb.jpg");
  assert.equal(first.querySelector(".desk-picture-alt").textContent, "وصف aaa");
  const [caption, credit] = first.querySelectorAll("input");
  assert.equal(caption.value, "");
  assert.equal(caption.placeholder, "تعليق aaa", "the library's caption shows as the placeholder");
  assert.equal(credit.placeholder, "مصدر aaa");
  assert.equal(caption.hasAttribute("name"), false, "the form does not post it");
  assert.equal(second.querySelectorAll("input")[0].value, "تعليق خاص");
  assert.match(third.textContent, /لا توجد في مكتبة الصور صورة بالملف gone/);

  const cards = document.querySelectorAll(".desk-card");
  assert.match(cards[0].querySelector(".desk-card-meta").textContent, /اقتصاد · رقم الخبر 12/);
  assert.equal(cards[1].querySelector(".desk-card-headline").textContent, "الخبر رقم 99", "the number stands in");
  assert.equal(cards[1].querySelector(".body-directive-warning").hidden, false);

  form.dispatchEvent(new window.Event("submit", { cancelable: true }));
  assert.equal(textarea.value, original);
});

test("typing a caption changes the node once the typing pauses, as one undo step", async () => {
  const { window, document, view, textarea } = await mountedPage({ body: "مقدمة.\n\n[[image:aaa]]" }, { net: deskNet() });
  const figure = document.querySelector(".desk-picture-view");
  await until(() => figure.querySelector("img").getAttribute("src"), 500, "the picture's details");
  const [caption, credit] = figure.querySelectorAll("input");

  const keydown = new window.KeyboardEvent("keydown", { key: "Backspace", bubbles: true });
  const desc = view.docView.children[1];
  assert.equal(desc.stopEvent(keydown) === false, true, "events outside the fields are the editor's");
  Object.defineProperty(keydown, "target", { value: caption });
  assert.equal(desc.stopEvent(keydown), true, "events in the fields are not editor input");

  caption.focus();
  for (const text of ["ا", "الو", "الوزير"]) {
    caption.value = text;
    caption.dispatchEvent(new window.Event("input", { bubbles: true }));
    await tick(2);
  }
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa]]", "nothing yet while typing");
  await until(() => textarea.value !== "مقدمة.\n\n[[image:aaa]]", 500, "the caption in the body");
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa|الوزير]]");
  assert.equal(document.activeElement, caption, "the field keeps the focus");

  credit.value = "مصدر aaa"; // the library's own credit: nothing of the body's own
  credit.dispatchEvent(new window.Event("input", { bubbles: true }));
  credit.dispatchEvent(new window.Event("focusout", { bubbles: true }));
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa|الوزير]]");
  credit.value = "أ ف ب | رويترز";
  credit.dispatchEvent(new window.Event("input", { bubbles: true }));
  credit.dispatchEvent(new window.Event("focusout", { bubbles: true }));
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa|الوزير|أ ف ب ¦ رويترز]]", "a | cannot end the part early");

  caption.blur();
  credit.blur();
  undo(view.state, view.dispatch);
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa|الوزير]]");
  assert.equal(credit.value, "", "the fields follow an undo");
  undo(view.state, view.dispatch);
  assert.equal(textarea.value, "مقدمة.\n\n[[image:aaa]]", "the caption's whole typing was one step");
  assert.equal(caption.value, "");
});

test("Enter in a caption field does not send the article form", async () => {
  const { window, document } = await mountedPage({ body: "[[image:aaa]]" }, { net: deskNet() });
  const caption = document.querySelector(".desk-picture-view input");
  const enter = new window.KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
  caption.dispatchEvent(enter);
  assert.equal(enter.defaultPrevented, true);
});
