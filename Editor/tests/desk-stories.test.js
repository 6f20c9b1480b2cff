// The "خبر ذو علاقة" dialog (desk/story-picker.js): the server's suggestions first and marked,
// then the latest; search; choosing puts a related card at the cursor.

import test from "node:test";
import assert from "node:assert/strict";
import { mountedPage, network, openDialog, until } from "./support/desk.js";

const story = (id, headline, suggested = false) => ({ id, headline, section: "سياسة", published: "2025-12-07T09:30:00Z", suggested });

function storyNet() {
  const net = network();
  net.route("GET", "/newsroom/desk/stories", (request) => {
    if (request.query.has("ids")) return { json: { stories: [story(31, "اجتماع وزراء الخارجية")] } };
    if (request.query.get("q")) return { json: { stories: [story(77, "نتائج " + request.query.get("q"))] } };
    return { json: { stories: [story(31, "اجتماع وزراء الخارجية", true), story(30, "خبر أحدث")] } };
  });
  return net;
}

test("with no query the dialog lists the suggestions first, marked; choosing inserts the card", async () => {
  const net = storyNet();
  const { window, document, textarea } = await mountedPage({ body: "فقرة أولى." }, { net });
  const button = [...document.querySelectorAll(".body-editor-toolbar button")].find((b) => b.textContent === "خبر ذو علاقة");
  button.click();
  const dialog = openDialog(document);
  assert.equal(document.getElementById(dialog.getAttribute("aria-labelledby")).textContent, "بطاقة خبر ذي علاقة");
  await until(() => dialog.querySelectorAll(".desk-story").length === 2, 500, "the list");
  const asked = net.requests.find((request) => request.path === "/newsroom/desk/stories");
  assert.equal(asked.url, "/newsroom/desk/stories?article=41&q=");
  const [first, second] = dialog.querySelectorAll(".desk-story");
  assert.equal(first.querySelector(".desk-badge").textContent, "مقترح");
  assert.equal(second.querySelector(".desk-badge"), null);
  assert.match(first.textContent, /اجتماع وزراء الخارجية/);
  assert.match(first.querySelector(".desk-story-meta").textContent, /سياسة · 7 ديسمبر 2025 · رقم 31/);
  assert.match(dialog.querySelector("[role=status]").textContent, /المقترحة/);

  const search = dialog.querySelector("input[type=search]");
  search.value = "النفط";
  search.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  await until(() => dialog.querySelector(".desk-story-headline")?.textContent === "نتائج النفط", 500, "the search");
  assert.ok(net.requests.some((request) => request.url === "/newsroom/desk/stories?article=41&q=%D8%A7%D9%84%D9%86%D9%81%D8%B7"));
  search.value = "";
  search.dispatchEvent(new window.Event("input", { bubbles: true }));
  await until(() => dialog.querySelectorAll(".desk-story").length === 2, 500, "the suggestions again");

  dialog.querySelector(".desk-story").click();
  await until(() => textarea.value !== "فقرة أولى.", 500, "the card");
  assert.equal(textarea.value, "فقرة أولى.\n\n[[related:31]]");
  // The card knows its story already: no request by id.
  await until(() => document.querySelector(".desk-card-headline")?.textContent === "اجتماع وزراء الخارجية", 500, "the card's headline");
  assert.equal(net.requests.filter((request) => request.query.has("ids")).length, 0);
});

test("on a new article the stories are asked without an article", async () => {
  const net = storyNet();
  const { document } = await mountedPage({ article: null, body: "" }, { net });
  [...document.querySelectorAll(".body-editor-toolbar button")].find((b) => b.textContent === "خبر ذو علاقة").click();
  await until(() => net.requests.some((request) => request.path === "/newsroom/desk/stories"), 500, "the request");
  assert.equal(net.requests.find((request) => request.path === "/newsroom/desk/stories").url, "/newsroom/desk/stories?q=");
});

test("a failed search says why in the dialog", async () => {
  const net = network();
  net.route("GET", "/newsroom/desk/stories", () => ({ status: 503, json: { error: { code: "busy", message: "البحث غير متاح الآن." } } }));
  const { document } = await mountedPage({ body: "نص." }, { net });
  [...document.querySelectorAll(".body-editor-toolbar button")].find((b) => b.textContent === "خبر ذو علاقة").click();
  const dialog = openDialog(document);
  await until(() => dialog.querySelector("[role=status]").textContent === "البحث غير متاح الآن.", 500, "the message");
});
