// A new article's draft kept in the browser (desk/draft.js): written as the form changes,
// offered back when the new-article page opens again, never put over typed text unasked,
// and cleared once the article has been saved.

import test from "node:test";
import assert from "node:assert/strict";
import { draftKey, forgetSentDraft } from "../desk/draft.js";
import { installPage, mountedPage, pageHTML, submitForm, tick, until } from "./support/desk.js";

const newPage = { article: null, headline: "", body: "" };

function type(window, field, value) {
  field.value = value;
  field.dispatchEvent(new window.Event("input", { bubbles: true }));
}

/** A new-article page whose browser already holds `stored` under the draft key. */
function withDraft(stored) {
  return {
    before: ({ window }) => window.localStorage.setItem(draftKey, JSON.stringify(stored)),
  };
}

const earlier = {
  saved: new Date().toISOString(),
  entries: [
    ["kicker", ""],
    ["headline", "عنوان المسودة"],
    ["summary", "موجز المسودة"],
    ["section", "sport"],
    ["authors", "huda"],
    ["authors", "omar"],
    ["tags", ""],
    ["hero", "pic77"],
    ["body", "## فرعي\n\nنص المسودة."],
    ["embargo", ""],
    ["correction", ""],
    ["slug", ""],
    ["seo_title", ""],
    ["seo_description", ""],
    ["featured", "1"],
  ],
};

test("a new article's form is kept in localStorage as it changes, without the token", async () => {
  const { window, document, view } = await mountedPage(newPage);
  assert.equal(window.localStorage.getItem(draftKey), null, "nothing is kept for an empty form");
  type(window, document.getElementById("headline"), "عنوان أول");
  view.dispatch(view.state.tr.insertText("بداية النص", 1));
  await until(() => window.localStorage.getItem(draftKey), 500, "the draft");
  const kept = JSON.parse(window.localStorage.getItem(draftKey));
  const fields = new Map(kept.entries);
  assert.equal(fields.get("headline"), "عنوان أول");
  assert.equal(fields.get("body"), "بداية النص");
  assert.equal(fields.has("form_token"), false);
  assert.ok(!Number.isNaN(Date.parse(kept.saved)));
  assert.equal(document.querySelector(".desk-offer"), null);
  // Emptied again: the draft goes too.
  type(window, document.getElementById("headline"), "");
  view.dispatch(view.state.tr.delete(1, view.state.doc.child(0).nodeSize - 1));
  await until(() => window.localStorage.getItem(draftKey) === null, 500, "the draft to go");
});

test("an earlier draft is offered, and left alone while the editor types; restoring fills every field and the body", async () => {
  const { window, document, form, textarea } = await mountedPage(newPage, withDraft(earlier));
  const offer = document.querySelector(".desk-offer");
  assert.ok(offer);
  assert.equal(offer.nextElementSibling, form);
  const [restore, dismiss] = offer.querySelectorAll("button");
  assert.match(restore.textContent, /^استعادة المسودة غير المحفوظة \(الساعة \d\d:\d\d\)$/);
  assert.equal(dismiss.textContent, "تجاهلها");

  type(window, document.getElementById("headline"), "شيء كُتب الآن");
  await tick(30);
  assert.equal(JSON.parse(window.localStorage.getItem(draftKey)).entries[1][1], "عنوان المسودة", "the stored draft is untouched");
  assert.equal(document.getElementById("headline").value, "شيء كُتب الآن", "and so is what was typed");

  restore.click();
  assert.equal(document.querySelector(".desk-offer"), null);
  assert.equal(document.getElementById("headline").value, "عنوان المسودة");
  assert.equal(document.getElementById("summary").value, "موجز المسودة");
  assert.equal(document.getElementById("section").value, "sport");
  assert.deepEqual([...form.querySelectorAll("[name=authors]")].map((box) => box.checked), [true, true]);
  assert.equal(form.querySelector("[name=featured]").checked, true);
  assert.equal(document.getElementById("hero").value, "pic77", "a picture the page did not list gets its option");
  assert.equal(textarea.value, "## فرعي\n\nنص المسودة.");
  assert.equal(document.querySelector(".body-editor-content h2").textContent, "فرعي");
  assert.match(document.querySelector("#headline ~ .desk-counter").textContent, /عدد الأحرف: 13/, "counters follow");
  assert.equal(document.activeElement, document.getElementById("headline"));
});

test("setting the draft aside forgets it; a draft the form already holds is not offered", async () => {
  const first = await mountedPage(newPage, withDraft(earlier));
  first.document.querySelector(".desk-offer button.secondary").click();
  assert.equal(first.document.querySelector(".desk-offer"), null);
  assert.equal(first.window.localStorage.getItem(draftKey), null);
  assert.equal(first.document.getElementById("headline").value, "");

  const empty = await mountedPage(newPage, withDraft({ saved: earlier.saved, entries: [["section", "sport"]] }));
  assert.equal(empty.document.querySelector(".desk-offer"), null, "no words, no offer");

  const same = { saved: earlier.saved, entries: [["headline", "عنوان"], ["section", "politics"], ["authors", "huda"], ["tags", ""], ["body", "نص "]] };
  const held = await mountedPage({ ...newPage, headline: "عنوان", body: "نص" }, withDraft(same));
  assert.equal(held.document.querySelector(".desk-offer"), null, "the form already holds it (a refused save shown again)");
});

test("the draft is cleared once the sent form lands on the saved article", async () => {
  const { window, document, form } = await mountedPage(newPage);
  type(window, document.getElementById("headline"), "خبر سيُحفظ");
  submitForm(window, form);
  assert.ok(window.localStorage.getItem(draftKey), "kept until the save is known to have worked");
  const flag = window.sessionStorage.getItem("sahifa-draft-new-sent");
  assert.ok(flag);

  // The next page, in the same browser: the saved article.
  const next = installPage(pageHTML({ article: "52" }), { url: "https://sahifa.test/newsroom/articles/52?done=saved" });
  next.window.localStorage.setItem(draftKey, window.localStorage.getItem(draftKey));
  next.window.sessionStorage.setItem("sahifa-draft-new-sent", flag);
  assert.equal(forgetSentDraft(next.window), true);
  assert.equal(next.window.localStorage.getItem(draftKey), null);
  assert.equal(next.window.sessionStorage.getItem("sahifa-draft-new-sent"), null);

  // Any other page after the send (a refused save shows the new-article form again) keeps it.
  const refused = installPage(pageHTML({ article: "52" }), { url: "https://sahifa.test/newsroom/articles/52" });
  refused.window.localStorage.setItem(draftKey, "{}");
  refused.window.sessionStorage.setItem("sahifa-draft-new-sent", flag);
  assert.equal(forgetSentDraft(refused.window), false);
  assert.equal(refused.window.localStorage.getItem(draftKey), "{}");
  // A saved article reached without a send from this tab keeps it too.
  const unrelated = installPage(pageHTML({ article: "52" }), { url: "https://sahifa.test/newsroom/articles/52?done=saved" });
  unrelated.window.localStorage.setItem(draftKey, "{}");
  assert.equal(forgetSentDraft(unrelated.window), false);
  assert.equal(unrelated.window.localStorage.getItem(draftKey), "{}");
});

test("the saved article's page clears the draft by itself", async () => {
  const { window } = await mountedPage(
    { article: "52" },
    {
      url: "https://sahifa.test/newsroom/articles/52?done=saved",
      before: ({ window }) => {
        window.localStorage.setItem(draftKey, JSON.stringify(earlier));
        window.sessionStorage.setItem("sahifa-draft-new-sent", String(Date.now()));
      },
    },
  );
  assert.equal(window.localStorage.getItem(draftKey), null);
});
