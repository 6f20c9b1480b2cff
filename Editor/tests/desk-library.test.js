// The picture library dialog (desk/library.js) from the toolbar's "صورة" and from the hero
// picture's "اختر من المكتبة" (desk/hero.js): search once the typing pauses, thumbnails with
// their alt text, an upload in the dialog itself, and what choosing does in each place.

import test from "node:test";
import assert from "node:assert/strict";
import { mountedPage, network, openDialog, picture, tick, until } from "./support/desk.js";

function toolbarButton(document, label) {
  return [...document.querySelectorAll(".body-editor-toolbar button")].find((button) => button.textContent === label);
}

function libraryNet() {
  const net = network();
  net.route("GET", "/newsroom/desk/pictures", (request) => {
    if (request.query.has("hashes")) {
      const hashes = request.query.get("hashes").split(",");
      return { json: { pictures: hashes.filter((hash) => hash !== "gone").map((hash) => picture(hash)) } };
    }
    const q = request.query.get("q");
    return { json: { pictures: q ? [picture("q1", { alt: "ملعب " + q })] : [picture("new1"), picture("new2")] } };
  });
  return net;
}

test("the toolbar's picture button opens the library; choosing puts the picture at the cursor", async () => {
  const net = libraryNet();
  const { window, document, view, textarea } = await mountedPage({ body: "فقرة." }, { net });
  const button = toolbarButton(document, "صورة");
  assert.equal(button.getAttribute("aria-haspopup"), "dialog");
  button.click();
  const dialog = openDialog(document);
  assert.ok(dialog);
  assert.equal(dialog.getAttribute("dir"), "rtl");
  assert.equal(document.getElementById(dialog.getAttribute("aria-labelledby")).textContent, "مكتبة الصور");
  const search = dialog.querySelector("input[type=search]");
  assert.equal(document.activeElement, search);
  assert.equal(dialog.querySelector(`label[for="${search.id}"]`).textContent.length > 0, true, "the search box is labelled");

  await until(() => dialog.querySelectorAll(".desk-grid button").length === 2, 500, "the newest pictures");
  assert.equal(net.requests[net.requests.length - 1].url, "/newsroom/desk/pictures?q=");
  const first = dialog.querySelector(".desk-grid button");
  assert.equal(first.querySelector("img").getAttribute("src"), "/media/new1/thumb.jpg");
  assert.equal(first.querySelector("img").alt, "", "the alt text is the button's words beside it");
  assert.equal(first.textContent, "وصف new1");

  // Typing asks once the typing pauses, not at every letter.
  const before = net.requests.length;
  for (const text of ["م", "مل", "ملع"]) {
    search.value = text;
    search.dispatchEvent(new window.Event("input", { bubbles: true }));
  }
  await until(() => dialog.querySelector(".desk-grid button")?.textContent === "ملعب ملع", 500, "the search result");
  const asked = net.requests.slice(before).filter((request) => request.path === "/newsroom/desk/pictures");
  assert.deepEqual(asked.map((request) => request.query.get("q")), ["ملع"]);

  dialog.querySelector(".desk-grid button").click();
  assert.equal(openDialog(document), null);
  await until(() => textarea.value !== "فقرة.", 500, "the picture in the body");
  assert.equal(textarea.value, "فقرة.\n\n[[image:q1]]");
  assert.ok(view.hasFocus() || document.activeElement === view.dom);
});

test("a file uploaded in the library dialog goes through the alt-text dialog and is chosen", async () => {
  const net = libraryNet();
  net.onUpload = (xhr) => xhr.respond(202, { held: "H9", caption: "", credit: "", width: 10, height: 10 });
  net.route("POST", "/newsroom/desk/pictures", (request) => ({
    status: 201,
    json: { picture: picture("up1", { alt: request.fields.get("alt"), caption: "", credit: "" }) },
  }));
  const { window, document, textarea } = await mountedPage({ body: "فقرة." }, { net });
  toolbarButton(document, "صورة").click();
  const library = openDialog(document);
  const input = library.querySelector("input[type=file]");
  Object.defineProperty(input, "files", { configurable: true, value: [new window.File(["x"], "صورة.jpg", { type: "image/jpeg" })] });
  input.dispatchEvent(new window.Event("change"));
  const details = await until(() => openDialog(document) !== library && openDialog(document), 500, "the details dialog");
  details.querySelector("textarea").value = "صورة مرفوعة";
  details.querySelector("form").dispatchEvent(new window.Event("submit", { cancelable: true }));
  await until(() => !openDialog(document), 500, "both dialogs to close");
  assert.equal(textarea.value, "فقرة.\n\n[[image:up1]]");
});

test("Escape closes the library and gives the focus back; nothing is inserted", async () => {
  const { window, document, textarea } = await mountedPage({ body: "فقرة." }, { net: libraryNet() });
  const button = toolbarButton(document, "صورة");
  button.focus();
  button.click();
  const dialog = openDialog(document);
  dialog.querySelector("input").dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  assert.equal(openDialog(document), null);
  assert.equal(document.querySelector("dialog"), null, "the dialog is taken off the page");
  assert.equal(document.activeElement, button);
  assert.equal(textarea.value, "فقرة.");
});

test("the hero picture: a preview beside the select, and the library sets its value", async () => {
  const net = libraryNet();
  const { window, document, form } = await mountedPage({ pictures: [picture("old1")] }, { net });
  const select = document.getElementById("hero");
  const box = select.nextElementSibling;
  assert.equal(box.className, "desk-hero");
  assert.equal(box.querySelector("p").textContent, "بلا صورة رئيسية.");
  assert.equal(box.querySelector("img").hidden, true);

  select.value = "old1";
  select.dispatchEvent(new window.Event("change", { bubbles: true }));
  await until(() => box.querySelector("p").textContent === "وصف old1", 500, "the preview");
  assert.equal(box.querySelector("img").getAttribute("src"), "/media/old1/thumb.jpg");
  assert.equal(box.querySelector("img").hidden, false);

  const choose = box.querySelector("button");
  assert.equal(choose.textContent, "اختر من المكتبة");
  choose.click();
  const dialog = openDialog(document);
  await until(() => dialog.querySelectorAll(".desk-grid button").length === 2, 500, "the pictures");
  dialog.querySelectorAll(".desk-grid button")[1].click();
  await until(() => select.value === "new2", 500, "the select's value");
  const option = [...select.options].find((candidate) => candidate.value === "new2");
  assert.equal(option.textContent, "وصف new2 (مصدر new2)", "an option added as the server writes them");
  assert.equal(new window.FormData(form).get("hero"), "new2");
  await until(() => box.querySelector("p").textContent === "وصف new2", 500, "the new preview");
});
