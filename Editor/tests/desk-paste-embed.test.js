// Pasting a post's address (desk/paste-embed.js): the address alone, as text or as HTML that
// is only a link, becomes an embed block; anything else pastes as before.

import test from "node:test";
import assert from "node:assert/strict";
import { JSDOM } from "jsdom";
import { pastedPostAddress } from "../desk/paste-embed.js";
import { mountedPage, paste, transfer } from "./support/desk.js";

const { document } = new JSDOM("<!doctype html><body></body>").window;
const address = (data) => pastedPostAddress(transfer(data), document);

test("which pastes are a post's address", () => {
  assert.equal(address({ text: "  https://www.youtube.com/watch?v=dQw4w9WgXcQ \n" }), "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  assert.equal(address({ text: "https://x.com/sahifa/status/1234567890" }), "https://x.com/sahifa/status/1234567890");
  assert.equal(
    address({ text: "شاهد المقطع", html: '<meta charset="utf-8"><a href="https://youtu.be/abc_DEF-1">شاهد المقطع</a>' }),
    "https://youtu.be/abc_DEF-1",
    "a link alone, whatever its words",
  );
  assert.equal(address({ text: "https://youtu.be/abc", html: "<span>https://youtu.be/abc</span>" }), "https://youtu.be/abc");
  assert.equal(address({ text: "شاهد https://youtu.be/abc" }), null, "words around it");
  assert.equal(address({ text: "شاهد هنا", html: '<p>شاهد <a href="https://youtu.be/abc">هنا</a></p>' }), null);
  assert.equal(address({ text: "https://example.com/post/1" }), null, "not a network the site embeds");
  assert.equal(address({ text: "http://youtu.be/abc" }), null, "https only, as the server");
  assert.equal(address({ text: "https://youtu.be/abc\nhttps://youtu.be/def" }), null, "two addresses");
  assert.equal(address({ text: "https://www.facebook.com/page/posts/1|x" }), null, "would not come back from the Markdown");
  assert.equal(address({ text: "", html: '<a href="https://youtu.be/abc"><img src="a.png"></a>' }), null);
});

test("pasting an address puts an embed block after the paragraph; other pastes are left to the editor", async () => {
  const { textarea, view } = await mountedPage({ body: "فقرة أولى.\n\nفقرة ثانية." });
  view.dispatch(view.state.tr.setSelection(view.state.selection.constructor.atStart(view.state.doc)));
  assert.equal(paste(view, transfer({ text: "https://www.instagram.com/p/C0ab12/" })), true);
  assert.equal(textarea.value, "فقرة أولى.\n\n[[embed:https://www.instagram.com/p/C0ab12/]]\n\nفقرة ثانية.");
  assert.equal(paste(view, transfer({ text: "https://example.com/" })), false);
  assert.equal(paste(view, transfer({ text: "نص عادي", html: "<p>نص عادي</p>" })), false);
});
