// Pictures dropped or pasted into the body (desk/drop-pictures.js, upload.js,
// picture-details.js): a placeholder with the upload's progress where the file landed, the
// alt-text dialog with the caption and credit the server read from the file, and the image
// node in the placeholder's place; refusals shown where they belong, nothing lost.

import test from "node:test";
import assert from "node:assert/strict";
import { serializeBody } from "../markdown.js";
import { imageAttrs } from "../desk/upload.js";
import { pastedPictures } from "../desk/drop-pictures.js";
import { drop, mountedPage, network, openDialog, paste, picture, tick, transfer, until } from "./support/desk.js";

const held = { held: "H-1", caption: "من ملف الصورة", credit: "وكالة من الملف", width: 4000, height: 3000 };

function file(window, name = "مؤتمر.jpg", type = "image/jpeg") {
  return new window.File(["not really a jpeg"], name, { type });
}

function dialogParts(document) {
  const dialog = openDialog(document);
  const [alt, caption, credit] = dialog.querySelectorAll("textarea, input");
  return { dialog, alt, caption, credit, form: dialog.querySelector("form"), confirm: dialog.querySelector("button[type=submit]") };
}

function submit(window, form) {
  form.dispatchEvent(new window.Event("submit", { cancelable: true, bubbles: true }));
}

function images(view) {
  const found = [];
  view.state.doc.forEach((node) => node.type.name === "image" && found.push({ ...node.attrs }));
  return found;
}

test("a dropped picture uploads into a placeholder, asks its alt text, and becomes an image node", async () => {
  const net = network();
  net.route("POST", "/newsroom/desk/pictures", (request) => {
    assert.equal(request.fields.get("held"), "H-1");
    assert.equal(request.fields.get("form_token"), "tok-123");
    return {
      status: 201,
      json: { picture: picture("abc123", { alt: request.fields.get("alt"), caption: request.fields.get("caption"), credit: request.fields.get("credit") }) },
    };
  });
  net.route("GET", "/newsroom/desk/pictures", () => ({ json: { pictures: [] } }));
  const { window, document, view, textarea } = await mountedPage({ body: "فقرة أولى.\n\nفقرة ثانية." }, { net });

  view.dispatch(view.state.tr.setSelection(view.state.selection.constructor.atStart(view.state.doc)));
  assert.equal(drop(view, transfer({ files: [file(window)] })), true);

  const upload = await until(() => net.uploads[0], 500, "the upload");
  assert.equal(upload.method, "POST");
  assert.equal(upload.url, "/newsroom/desk/pictures");
  assert.equal(upload.fields.alt, "");
  assert.equal(upload.fields.form_token, "tok-123");
  assert.equal(upload.fields.file.name, "مؤتمر.jpg");

  const placeholder = document.querySelector(".ProseMirror .desk-upload");
  assert.ok(placeholder, "a placeholder shows in the body");
  assert.equal(placeholder.getAttribute("contenteditable"), "false");
  upload.progress(40, 100);
  assert.equal(placeholder.querySelector("progress").value, 40);
  assert.match(placeholder.textContent, /40٪/);
  assert.equal(serializeBody(view.state.doc), "فقرة أولى.\n\nفقرة ثانية.", "the placeholder is not in the Markdown");

  upload.respond(202, held);
  const parts = await until(() => openDialog(document) && dialogParts(document), 500, "the dialog");
  assert.equal(parts.dialog.getAttribute("dir"), "rtl");
  assert.equal(parts.dialog.getAttribute("lang"), "ar");
  const title = document.getElementById(parts.dialog.getAttribute("aria-labelledby"));
  assert.equal(title.textContent, "وصف الصورة قبل إضافتها");
  assert.equal(document.activeElement, parts.alt, "the alt text has the focus");
  assert.equal(parts.caption.value, "من ملف الصورة");
  assert.equal(parts.credit.value, "وكالة من الملف");
  assert.match(parts.dialog.textContent, /4000×3000/);
  assert.match(placeholder.textContent, /بانتظار وصف الصورة/);

  // No alt text: said beside the field, nothing sent.
  submit(window, parts.form);
  assert.equal(parts.alt.getAttribute("aria-invalid"), "true");
  const problem = document.getElementById(parts.alt.getAttribute("aria-describedby").split(" ").pop());
  assert.match(problem.textContent, /النص البديل/);
  assert.equal(net.requests.filter((r) => r.method === "POST").length, 0);

  parts.alt.value = "الوزير يتحدث في المؤتمر";
  parts.caption.value = "الوزير في المؤتمر الصحفي";
  submit(window, parts.form);
  await until(() => images(view).length === 1, 500, "the image node");
  assert.equal(openDialog(document), null, "the dialog closed");
  assert.equal(document.querySelector(".desk-upload"), null, "the placeholder is gone");
  // What was typed went to the library, so the body needs no caption or credit of its own.
  assert.deepEqual(images(view), [{ hash: "abc123", caption: "", credit: "" }]);
  assert.equal(textarea.value, "فقرة أولى.\n\n[[image:abc123]]\n\nفقرة ثانية.");
});

test("a refusal of the alt text shows beside its field; a refused file shows in its placeholder", async () => {
  const net = network();
  net.route("GET", "/newsroom/desk/pictures", () => ({ json: { pictures: [] } }));
  net.route("POST", "/newsroom/desk/pictures", () => ({
    status: 400,
    json: { error: { code: "alt_missing", message: "النص البديل قصير جداً.", field: "alt" } },
  }));
  net.onUpload = (xhr) =>
    xhr.fields.file.name === "ملف.pdf"
      ? xhr.respond(415, { error: { code: "not_a_picture", message: "هذا الملف ليس صورة." } })
      : xhr.respond(202, held);
  const { window, document, view } = await mountedPage({ body: "نص." }, { net });

  drop(view, transfer({ files: [new window.File(["x"], "ملف.pdf", { type: "image/png" })] }));
  const refused = await until(() => document.querySelector(".desk-upload .field-problem:not([hidden])"), 500, "the refusal");
  assert.equal(refused.textContent, "هذا الملف ليس صورة.");
  assert.equal(refused.getAttribute("role"), "alert");
  const dismiss = document.querySelector(".desk-upload button");
  assert.equal(dismiss.hidden, false);
  dismiss.click();
  assert.equal(document.querySelector(".desk-upload"), null);
  assert.equal(serializeBody(view.state.doc), "نص.");

  drop(view, transfer({ files: [file(window)] }));
  const parts = await until(() => openDialog(document) && dialogParts(document), 500, "the dialog");
  parts.alt.value = "أ";
  submit(window, parts.form);
  await until(() => parts.alt.getAttribute("aria-invalid") === "true", 500, "the field's problem");
  assert.match(parts.dialog.textContent, /النص البديل قصير جداً/);
  assert.equal(parts.alt.value, "أ", "what was typed stays");
  assert.ok(openDialog(document), "the dialog stays open");

  // Cancelling takes the placeholder away and leaves the body as it was.
  parts.dialog.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
  assert.equal(openDialog(document), null);
  await until(() => !document.querySelector(".desk-upload"), 500, "the placeholder to go");
  assert.equal(serializeBody(view.state.doc), "نص.");
});

test("a hold that ran out is sent again with its details; captions changed from the library's stay in the body", async () => {
  const net = network();
  net.route("GET", "/newsroom/desk/pictures", () => ({ json: { pictures: [] } }));
  net.route("POST", "/newsroom/desk/pictures", () => ({
    status: 410,
    json: { error: { code: "held_upload_gone", message: "انتهت مدة حفظ الملف." } },
  }));
  net.onUpload = (xhr) =>
    xhr.fields.alt
      ? xhr.respond(201, { picture: picture("fff999", { alt: xhr.fields.alt, caption: "تعليق المكتبة", credit: xhr.fields.credit }) })
      : xhr.respond(202, held);
  const { window, document, view } = await mountedPage({ body: "نص." }, { net });

  assert.equal(paste(view, transfer({ files: [file(window, "لقطة.png", "image/png")] })), true);
  const parts = await until(() => openDialog(document) && dialogParts(document), 500, "the dialog");
  parts.alt.value = "لقطة شاشة";
  parts.caption.value = "تعليق لهذا الخبر";
  submit(window, parts.form);
  await until(() => images(view).length === 1, 500, "the image");
  assert.equal(net.uploads.length, 2, "the file went twice");
  assert.equal(net.uploads[1].fields.alt, "لقطة شاشة");
  assert.equal(net.uploads[1].fields.caption, "تعليق لهذا الخبر");
  assert.deepEqual(images(view), [{ hash: "fff999", caption: "تعليق لهذا الخبر", credit: "" }]);
});

test("several pictures dropped together are described in turn and kept in order", async () => {
  const net = network();
  let count = 0;
  net.route("GET", "/newsroom/desk/pictures", () => ({ json: { pictures: [] } }));
  net.route("POST", "/newsroom/desk/pictures", (request) => ({
    status: 201,
    json: { picture: picture("p" + request.fields.get("held"), { alt: request.fields.get("alt") }) },
  }));
  net.onUpload = (xhr) => xhr.respond(202, { ...held, held: String(++count) });
  const { window, document, view } = await mountedPage({ body: "نص." }, { net });
  drop(view, transfer({ files: [file(window, "1.jpg"), file(window, "2.jpg"), new window.File(["x"], "نص.txt", { type: "text/plain" })] }));
  assert.equal(document.querySelectorAll(".desk-upload").length, 2, "only the pictures");
  for (const alt of ["الأولى", "الثانية"]) {
    const parts = await until(() => openDialog(document) && dialogParts(document), 500, "dialog " + alt);
    assert.equal(document.querySelectorAll("dialog.desk-dialog[open]").length, 1, "one dialog at a time");
    parts.alt.value = alt;
    submit(window, parts.form);
    await until(() => !openDialog(document) || dialogParts(document).alt !== parts.alt, 500, "the next dialog");
  }
  await until(() => images(view).length === 2, 500, "both images");
  assert.deepEqual(images(view).map((attrs) => attrs.hash), ["p1", "p2"]);
});

test("a paste is pictures only when it holds no words", async () => {
  const { window, document } = await mountedPage();
  const png = file(window, "image.png", "image/png");
  assert.equal(pastedPictures(transfer({ files: [png] }), document).length, 1, "a screenshot");
  assert.equal(pastedPictures(transfer({ files: [png], html: '<meta charset="utf-8"><img src="https://example.com/a.png">' }), document).length, 1, "a copied picture");
  assert.equal(pastedPictures(transfer({ files: [png], text: "فقرة من Word", html: "<p>فقرة من Word</p>" }), document).length, 0, "Word's picture of the text");
  assert.equal(pastedPictures(transfer({ text: "نص" }), document).length, 0);
});

test("imageAttrs keeps a caption or credit only where it differs from the library's", () => {
  const own = picture("h1", { caption: "تعليق", credit: "رويترز" });
  assert.deepEqual(imageAttrs(own), { hash: "h1", caption: "", credit: "" });
  assert.deepEqual(imageAttrs(own, { caption: " تعليق ", credit: "أ ف ب" }), { hash: "h1", caption: "", credit: "أ ف ب" });
});
