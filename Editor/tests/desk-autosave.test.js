// Autosave for an existing article (desk/autosave.js): the whole form to {desk}/autosave, at
// most once per interval, a quiet status line, the notice when someone saved a newer
// revision, and a beacon when the page is hidden or left.

import test from "node:test";
import assert from "node:assert/strict";
import { mountedPage, network, submitForm, tick, until } from "./support/desk.js";

function autosaves(net) {
  return net.requests.filter((request) => request.path === "/newsroom/desk/autosave");
}

function type(window, field, value) {
  field.value = value;
  field.dispatchEvent(new window.Event("input", { bubbles: true }));
}

test("a change sends the whole form, with the token, the article and the revision", async () => {
  const net = network();
  const { window, document, view } = await mountedPage({ body: "نص." }, { net });
  const status = document.querySelector(".editor-actions .desk-autosave");
  assert.equal(status.getAttribute("role"), "status");
  assert.equal(autosaves(net).length, 0, "nothing before a change");

  type(window, document.getElementById("headline"), "عنوان جديد");
  view.dispatch(view.state.tr.insertText(" وزيادة", view.state.doc.child(0).nodeSize - 1));
  const [sent] = await until(() => autosaves(net).length && autosaves(net), 500, "the autosave");
  const fields = sent.fields;
  assert.equal(sent.method, "POST");
  assert.equal(fields.get("form_token"), "tok-123");
  assert.equal(fields.get("article"), "41");
  assert.equal(fields.get("revision"), "3");
  assert.equal(fields.getAll("revision").length, 1);
  assert.equal(fields.get("headline"), "عنوان جديد");
  assert.equal(fields.get("section"), "politics");
  assert.deepEqual(fields.getAll("authors"), ["huda"]);
  assert.equal(fields.get("body"), "نص. وزيادة");
  assert.equal(fields.get("featured"), null);
  assert.equal(fields.get("action"), null, "no button pressed");
  await until(() => status.textContent, 500, "the status");
  assert.equal(status.textContent, "حُفظت مسودة تلقائياً الساعة 14:05");
});

test("changes in a burst are sent at most once per interval, and the last state goes", async () => {
  const net = network();
  const { window, document, timing } = await mountedPage({}, { net });
  timing.autosave = 20;
  const headline = document.getElementById("headline");
  for (let i = 1; i <= 8; i++) {
    type(window, headline, "عنوان " + i);
    await tick(4);
  }
  await tick(60);
  const sent = autosaves(net);
  assert.ok(sent.length >= 2 && sent.length <= 4, "sent " + sent.length + " times for 8 changes");
  assert.equal(sent[sent.length - 1].fields.get("headline"), "عنوان 8");
  for (let i = 1; i < sent.length; i++) assert.ok(sent[i].time - sent[i - 1].time >= 18, "apart by the interval");
});

test("a refusal shows quietly in the status line and is tried again", async () => {
  const net = network();
  let refuse = true;
  net.route("POST", "/newsroom/desk/autosave", () =>
    refuse
      ? { status: 409, json: { error: { code: "conflict", message: "الخبر مقفل الآن." } } }
      : { json: { saved_at: "2025-12-07T06:41:00Z", time: "٠٩:٤١", revision_now: 3 } },
  );
  const { window, document } = await mountedPage({}, { net });
  const status = document.querySelector(".desk-autosave");
  type(window, document.getElementById("tags"), "نفط");
  await until(() => status.textContent, 500, "the status");
  assert.equal(status.textContent, "لم تُحفظ المسودة التلقائية: الخبر مقفل الآن.");
  assert.equal(document.querySelector("[role=alert]"), null, "not an alert");
  refuse = false;
  // The server's own writing of the time (the site's clock and digits), as its offer shows it.
  await until(() => status.textContent === "حُفظت مسودة تلقائياً الساعة ٠٩:٤١", 500, "the retry");
});

test("a newer revision in the answer shows the notice above the form", async () => {
  const net = network();
  net.route("POST", "/newsroom/desk/autosave", () => ({ json: { saved_at: "2025-12-07T10:00:00+03:00", revision_now: 5 } }));
  const { window, document, form } = await mountedPage({ revision: "3" }, { net });
  type(window, document.getElementById("headline"), "عنوان");
  const notice = await until(() => document.querySelector(".desk-newer"), 500, "the notice");
  assert.equal(notice.getAttribute("role"), "alert");
  assert.equal(notice.nextElementSibling, form);
  assert.match(notice.textContent, /المراجعة 5/);
  assert.match(notice.textContent, /احفظ لترى الفرق/);
});

test("hiding the page sends the unsent changes by beacon, with the token; sending the form does not", async () => {
  const net = network();
  const { window, document, form, timing } = await mountedPage({}, { net });
  timing.autosave = 20;
  type(window, document.getElementById("headline"), "أول");
  await until(() => autosaves(net).length === 1, 500, "the first autosave");
  type(window, document.getElementById("headline"), "ثانٍ"); // within the interval: waits
  Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
  document.dispatchEvent(new window.Event("visibilitychange"));
  assert.equal(net.beacons.length, 1);
  assert.equal(net.beacons[0].url, "/newsroom/desk/autosave");
  assert.ok(net.beacons[0].body instanceof URLSearchParams, "urlencoded, as every autosave");
  assert.equal(net.beacons[0].fields.form_token, "tok-123");
  assert.equal(net.beacons[0].fields.article, "41");
  assert.equal(net.beacons[0].fields.headline, "ثانٍ");
  window.dispatchEvent(new window.Event("pagehide"));
  assert.equal(net.beacons.length, 1, "nothing new to send");

  type(window, document.getElementById("headline"), "ثالث");
  submitForm(window, form);
  window.dispatchEvent(new window.Event("pagehide"));
  assert.equal(net.beacons.length, 1, "the form itself is on its way");
  await tick(40);
  assert.equal(autosaves(net).length, 1);
});
