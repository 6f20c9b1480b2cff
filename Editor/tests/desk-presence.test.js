// Who else is editing (desk/presence.js), over a stand-in EventSource: the bar above the form,
// the alert when someone saves a newer revision, and the stream closed when the page goes.

import test from "node:test";
import assert from "node:assert/strict";
import { mountedPage, network, submitForm } from "./support/desk.js";

test("the bar names the others editing the article, and hides when the editor is alone", async () => {
  const net = network();
  const { document, form } = await mountedPage({ article: "41" }, { net });
  assert.equal(net.sources.length, 1);
  const source = net.sources[0];
  assert.equal(source.url, "/newsroom/desk/presence?article=41");
  const bar = document.querySelector(".desk-presence");
  assert.equal(bar.hidden, true);
  assert.equal(bar.nextElementSibling === form || bar.nextElementSibling.nextElementSibling === form, true, "above the form");

  source.emit("present", { editors: [{ id: 7, name: "هدى" }, { id: 9, name: "عمر" }] });
  assert.equal(bar.hidden, false);
  assert.equal(bar.textContent, "يعمل على هذا الخبر الآن أيضاً: هدى، عمر");
  source.emit("present", { editors: [] });
  assert.equal(bar.hidden, true);
});

test("a save of a newer revision by someone else shows an alert at once; an older one does not", async () => {
  const net = network();
  const { document, window, form } = await mountedPage({ article: "41", revision: "3" }, { net });
  const source = net.sources[0];
  source.emit("saved", { revision: 3, by: "هدى", at: "2025-12-07T11:20:00+03:00" });
  assert.equal(document.querySelector(".desk-newer"), null, "the revision this form was opened at");
  source.emit("saved", { revision: 4, by: "هدى", at: "2025-12-07T11:22:00+03:00" });
  const notice = document.querySelector(".desk-newer");
  assert.equal(notice.getAttribute("role"), "alert");
  assert.equal(
    notice.textContent,
    "حفظ هدى نسخة جديدة من الخبر (المراجعة 4) الساعة 11:22. ما تكتبه الآن لم يضع؛ احفظ لترى الفرق بين النسختين.",
  );
  source.emit("saved", { revision: 6, by: "عمر", at: "2025-12-07T11:30:00+03:00" });
  assert.match(notice.textContent, /حفظ عمر .*المراجعة 6.*11:30/);
  assert.equal(document.querySelectorAll(".desk-newer").length, 1);
  source.emit("saved", { revision: 5, by: "هدى", at: "2025-12-07T11:25:00+03:00" });
  assert.match(notice.textContent, /المراجعة 6/, "the newest stays");

  window.dispatchEvent(new window.Event("pagehide"));
  assert.equal(source.closed, true);
  void form;
});

test("no stream for a new article, and none heard once this form is on its way", async () => {
  const net = network();
  await mountedPage({ article: null }, { net });
  assert.equal(net.sources.length, 0);

  const again = network();
  const { window, document, form } = await mountedPage({ article: "41", revision: "3" }, { net: again });
  submitForm(window, form);
  again.sources[0].emit("saved", { revision: 4, by: "أنا", at: "2025-12-07T11:22:00+03:00" });
  assert.equal(document.querySelector(".desk-newer"), null, "most likely this editor's own save");
});

test("leaving the page tells the server at once which connection went, and a save's own time is shown", async () => {
  const net = network();
  const { document, window } = await mountedPage({ article: "41", revision: "3" }, { net });
  const source = net.sources[0];
  source.emit("joined", { connection: 12 });
  source.emit("saved", { revision: 4, by: "هدى", at: "2025-12-07T08:22:00Z", time: "١١:٢٢" });
  assert.match(document.querySelector(".desk-newer").textContent, /الساعة ١١:٢٢\./);

  window.dispatchEvent(new window.Event("pagehide"));
  const left = net.beacons.filter((beacon) => beacon.url === "/newsroom/desk/presence/leave");
  assert.equal(left.length, 1);
  assert.equal(left[0].fields.connection, "12");
  assert.ok(left[0].fields.form_token, "the form token goes with it");
});
