// Embeds' networks, and what the picture, card and embed blocks show.

import test from "node:test";
import assert from "node:assert/strict";
import { embedNetwork } from "../embeds.js";
import { describeDirective } from "../nodeviews.js";
import { schema } from "../schema.js";

test("embed addresses are recognised per network, https only", () => {
  const network = (url) => embedNetwork(url)?.network ?? null;
  assert.equal(network("https://www.youtube.com/watch?v=dQw4w9WgXcQ"), "youtube");
  assert.equal(network("https://youtu.be/dQw4w9WgXcQ"), "youtube");
  assert.equal(network("https://www.youtube.com/shorts/abc_DEF-1"), "youtube");
  assert.equal(network("https://x.com/AJArabic/status/1790000000000000000"), "x");
  assert.equal(network("https://twitter.com/AJArabic/status/12345"), "x");
  assert.equal(network("https://www.instagram.com/reel/C1a2b3/"), "instagram");
  assert.equal(network("https://www.tiktok.com/@newsroom/video/7300000000000000000"), "tiktok");
  assert.equal(network("https://www.facebook.com/aljazeerachannel/videos/123456789/"), "facebook");
  assert.equal(network("https://fb.watch/abcDEF/"), "facebook");
  assert.equal(network("http://youtu.be/dQw4w9WgXcQ"), null, "http is refused");
  assert.equal(network("https://user:pw@youtu.be/dQw4w9WgXcQ"), null);
  assert.equal(network("https://www.youtube.com/channel/UC123"), null);
  assert.equal(network("https://x.com/AJArabic"), null);
  assert.equal(network("https://example.com/video/1"), null);
  assert.equal(network("not a url"), null);
  assert.equal(embedNetwork("https://youtu.be/a").name, "يوتيوب");
});

test("the blocks show what their directive holds", () => {
  const { image, related, embed } = schema.nodes;
  const picture = describeDirective(image.create({ hash: "6f1c", caption: "", credit: "رويترز" }));
  assert.deepEqual(
    picture.lines.map((line) => [line.label, line.value, line.dir]),
    [
      ["الملف", "6f1c", "ltr"],
      ["التعليق", "كما في مكتبة الصور", "auto"],
      ["المصدر", "رويترز", "auto"],
    ],
  );
  assert.deepEqual(describeDirective(related.create({ id: "42" })).lines[0].value, "42");
  const known = describeDirective(embed.create({ url: "https://youtu.be/a1" }));
  assert.equal(known.title, "منشور مضمَّن من يوتيوب");
  assert.equal(known.warning, null);
  assert.ok(describeDirective(embed.create({ url: "https://example.com/x" })).warning);
});
