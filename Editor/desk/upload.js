// Uploading one picture from start to end, wherever the file came from (dropped or pasted into
// the body, or chosen in the library dialog): the file goes without its alt text, the server
// holds it, the details dialog asks for the alt text, and the hold is turned into a library
// picture. If the hold ran out while the dialog was open, the file is sent again with its
// details, so nothing typed is lost.

import { DeskError } from "./http.js";
import { askPictureDetails } from "./picture-details.js";

function stored(answer) {
  if (answer && answer.picture && answer.picture.hash) return answer.picture;
  throw new DeskError("لم يُعِد الخادم الصورة المحفوظة. أعد المحاولة.");
}

/**
 * Uploads `file` through `library` (desk/pictures.js). `onProgress(fraction)` while the file
 * goes, `onAsking()` when the dialog opens. Resolves `{picture, values}` (values: what the
 * dialog sent, or null if it was not needed), or null if the dialog was cancelled; rejects
 * with the server's DeskError if it refused the file itself.
 */
export async function uploadPicture(file, { library, doc, onProgress = () => {}, onAsking = () => {} }) {
  const first = await library.upload(file, { alt: "", caption: "", credit: "" }, onProgress);
  if (first.picture) return { picture: stored(first), values: null };
  if (!first.held) throw new DeskError("لم يحتفظ الخادم بالملف. أعد المحاولة.");
  let held = first.held;
  onAsking();
  return askPictureDetails(doc, {
    fileName: file.name || "",
    caption: first.caption,
    credit: first.credit,
    width: first.width,
    height: first.height,
    async finish(values) {
      try {
        return stored(await library.finish(held, values));
      } catch (error) {
        if (!error || error.code !== "held_upload_gone") throw error;
        const again = await library.upload(file, values, onProgress);
        if (again.picture) return stored(again);
        held = again.held;
        return stored(await library.finish(held, values));
      }
    },
  });
}

/**
 * A body image's attributes for `picture`. The body carries a caption or credit only where
 * it differs from the library's own (`chosen`: what the editor typed); empty means "as in
 * the library", so a caption corrected there reaches every article that did not change it.
 */
export function imageAttrs(picture, chosen = null) {
  const own = (typed, library) => {
    const text = (typed || "").trim();
    return text && text !== (library || "").trim() ? text : "";
  };
  return {
    hash: picture.hash,
    caption: chosen ? own(chosen.caption, picture.caption) : "",
    credit: chosen ? own(chosen.credit, picture.credit) : "",
  };
}
