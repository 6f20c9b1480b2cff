// The desk's requests (desk/http.js) and batched look-ups (desk/batch.js), against stand-ins.

import test from "node:test";
import assert from "node:assert/strict";
import { batchLookup } from "../desk/batch.js";
import { DeskError, errorFrom, getJSON, postFields, urlencoded } from "../desk/http.js";

test("keys asked for together go in one request, by chunks; a failure is not kept", async () => {
  const asked = [];
  let fail = false;
  const lookup = batchLookup(
    async (keys) => {
      asked.push(keys);
      if (fail) throw new Error("down");
      return keys.filter((key) => key !== "none").map((key) => ({ id: Number(key), name: "خبر " + key }));
    },
    (item) => item.id,
    { size: 2 },
  );
  const answers = await Promise.all(["1", 2, "3", "none", "1"].map((key) => lookup.get(key)));
  assert.deepEqual(asked, [["1", "2"], ["3", "none"]]);
  assert.deepEqual(answers.map((item) => item && item.name), ["خبر 1", "خبر 2", "خبر 3", null, "خبر 1"]);
  assert.equal((await lookup.get(2)).name, "خبر 2");
  assert.equal(asked.length, 2, "kept");

  fail = true;
  assert.equal(await lookup.get("8"), null);
  fail = false;
  assert.equal((await lookup.get("8")).name, "خبر 8", "asked again after a failure");
  lookup.remember({ id: 9, name: "معروف" });
  assert.equal((await lookup.get("9")).name, "معروف");
  assert.equal(asked.length, 4);
});

test("a refusal brings the server's Arabic message, code and field", async () => {
  globalThis.fetch = async () => ({
    status: 422,
    text: async () => JSON.stringify({ error: { code: "hidden_data", message: "في الملف بيانات مخفية.", field: "file" } }),
  });
  await assert.rejects(getJSON("/x"), (error) => {
    assert.ok(error instanceof DeskError);
    assert.equal(error.message, "في الملف بيانات مخفية.");
    assert.equal(error.code, "hidden_data");
    assert.equal(error.field, "file");
    assert.equal(error.status, 422);
    return true;
  });
});

test("an answer that is not the desk's JSON, or no answer, says so in Arabic", async () => {
  globalThis.fetch = async () => ({ status: 200, text: async () => "<!doctype html><title>تسجيل الدخول</title>" });
  await assert.rejects(getJSON("/x"), /الرمز 502/);
  globalThis.fetch = async () => {
    throw new TypeError("Failed to fetch");
  };
  await assert.rejects(getJSON("/x"), (error) => error.code === "network" && /تعذّر الاتصال/.test(error.message));
  assert.match(errorFrom(403, null).message, /انتهت الجلسة/);
  assert.match(errorFrom(413, "").message, /أكبر/);
});

test("posts are urlencoded from entries, files left out, with the session's cookie", async () => {
  let seen;
  globalThis.fetch = async (url, init) => {
    seen = { url, init };
    return { status: 200, text: async () => "{\"ok\":true}" };
  };
  const body = urlencoded([["a", "1"], ["authors", "هدى"], ["authors", "عمر"], ["file", {}]]);
  assert.deepEqual(await postFields("/desk/autosave", body), { ok: true });
  assert.equal(seen.init.method, "POST");
  assert.equal(seen.init.credentials, "same-origin");
  assert.equal(seen.init.body.toString(), "a=1&authors=%D9%87%D8%AF%D9%89&authors=%D8%B9%D9%85%D8%B1");
});
