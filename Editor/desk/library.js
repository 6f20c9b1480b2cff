// The picture library dialog ("صورة" in the toolbar, "اختر من المكتبة" beside the hero
// picture): a search box asking the library once the typing pauses, the pictures found as
// thumbnails with their alt text, and a file input to upload a new one, which goes through
// the same details dialog as a dropped file. Resolves with `{picture, values}` or null.

import { createDialog } from "./dialog.js";
import { searchList } from "./search-list.js";
import { number } from "./format.js";
import { uploadPicture } from "./upload.js";

export function openLibrary(desk, { title = "مكتبة الصور", searchDelay = 300 } = {}) {
  const { doc, library } = desk;
  const dialog = createDialog(doc, { title, className: "desk-library" });

  const upload = doc.createElement("div");
  upload.className = "desk-field desk-library-upload";
  const uploadLabel = doc.createElement("label");
  uploadLabel.htmlFor = dialog.id + "-file";
  uploadLabel.textContent = "أو ارفع صورة جديدة من جهازك";
  const file = doc.createElement("input");
  file.type = "file";
  file.id = dialog.id + "-file";
  file.accept = "image/*";
  const uploading = doc.createElement("p");
  uploading.className = "hint";
  uploading.setAttribute("role", "status");
  const uploadProblem = doc.createElement("p");
  uploadProblem.className = "field-problem";
  uploadProblem.setAttribute("role", "alert");
  uploadProblem.hidden = true;
  upload.append(uploadLabel, file, uploading, uploadProblem);

  function tile(picture) {
    const item = doc.createElement("li");
    const button = doc.createElement("button");
    button.type = "button";
    button.className = "desk-picture";
    const image = doc.createElement("img");
    image.alt = "";
    image.loading = "lazy";
    if (picture.thumbnail) image.src = picture.thumbnail;
    const words = doc.createElement("span");
    words.setAttribute("dir", "auto");
    words.textContent = picture.alt || picture.hash;
    button.append(image, words);
    if (picture.credit) button.title = picture.alt + " (" + picture.credit + ")";
    button.addEventListener("click", () => dialog.close({ picture, values: null }));
    item.append(button);
    return item;
  }

  const { query, find } = searchList(dialog, doc, {
    label: "ابحث في الصور (بالوصف أو التعليق أو المصدر)",
    listClass: "desk-grid",
    listLabel: "الصور",
    ask: (text) => library.search(text),
    item: tile,
    summary: (pictures, text) =>
      pictures.length ? "الصور: " + number(pictures.length) + (text ? "" : "، الأحدث أولاً") : "لا صور تطابق البحث.",
    before: [upload],
    delay: searchDelay,
  });

  file.addEventListener("change", async () => {
    const chosen = file.files && file.files[0];
    if (!chosen) return;
    uploadProblem.hidden = true;
    file.disabled = true;
    uploading.textContent = "جارٍ رفع الصورة…";
    try {
      const result = await uploadPicture(chosen, {
        library,
        doc,
        onProgress: (fraction) => (uploading.textContent = "جارٍ رفع الصورة: " + number(Math.round(fraction * 100)) + "٪"),
        onAsking: () => (uploading.textContent = "بانتظار وصف الصورة…"),
      });
      uploading.textContent = "";
      if (result) dialog.close(result);
    } catch (error) {
      uploading.textContent = "";
      uploadProblem.textContent = error.message;
      uploadProblem.hidden = false;
    } finally {
      file.disabled = false;
      file.value = "";
    }
  });

  dialog.show(query);
  find();
  return dialog.result;
}
