// The picture library as the desk reaches it (GET and POST {desk}/pictures). A picture is
// `{hash, alt, caption, credit, width, height, thumbnail}`. Sending a file without its alt
// text makes the server check the file and hold it (202 `{held, caption, credit, width,
// height}`, the caption and credit read from the file); the upload is finished by posting the
// hold's token with the alt text, or, once the hold is gone (410 held_upload_gone), by sending
// the file again with it.

import { batchLookup } from "./batch.js";
import { getJSON, postFields, sendWithProgress, urlencoded } from "./http.js";

export function pictureLibrary(page) {
  const base = page.desk + "/pictures";
  const list = (answer) => (answer && Array.isArray(answer.pictures) ? answer.pictures : []);
  const lookup = batchLookup(
    async (hashes) => list(await getJSON(base + "?hashes=" + hashes.map(encodeURIComponent).join(","))),
    (picture) => picture.hash,
    // At most 60 pictures an answer.
    { size: 60 },
  );
  const keep = (picture) => {
    if (picture && picture.hash) lookup.remember(picture);
    return picture;
  };

  return {
    /** The newest pictures matching `query` (all of them for ""), at most 60. */
    async search(query) {
      return list(await getJSON(base + "?q=" + encodeURIComponent(query))).map(keep);
    },

    /** One picture by hash, batched with the others asked for now; null if the library has none. */
    get: (hash) => lookup.get(hash),

    remember: keep,

    /**
     * Sends `file` with `{alt, caption, credit}`; `onProgress(fraction)` as it goes. Resolves
     * `{picture}` (stored) or `{held, caption, credit, width, height}` (alt text still to give).
     */
    async upload(file, fields, onProgress) {
      const form = new page.doc.defaultView.FormData();
      form.append("file", file, file.name || "picture");
      form.append("alt", fields.alt || "");
      form.append("caption", fields.caption || "");
      form.append("credit", fields.credit || "");
      form.append("form_token", page.token);
      const { data } = await sendWithProgress(base, form, onProgress);
      if (data.picture) keep(data.picture);
      return data;
    },

    /** Finishes a held upload with `{alt, caption, credit}`; resolves `{picture}`. */
    async finish(held, fields) {
      const data = await postFields(
        base,
        urlencoded([
          ["held", held],
          ["alt", fields.alt || ""],
          ["caption", fields.caption || ""],
          ["credit", fields.credit || ""],
          ["form_token", page.token],
        ]),
      );
      if (data.picture) keep(data.picture);
      return data;
    },
  };
}
