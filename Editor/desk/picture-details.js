// The dialog an uploaded picture waits in: its alt text, which the library requires and no
// file carries, and its caption and credit as the server read them from the file (IPTC, XMP),
// to keep, change or clear. Confirming stores the picture in the library (`finish`); what the
// server refuses shows beside the field it names, and the dialog stays open with everything
// typed. One such dialog at a time: pictures dropped together are described in turn.

import { createDialog, labelledField, showProblem } from "./dialog.js";
import { number } from "./format.js";

let turn = Promise.resolve();

/**
 * Asks about the picture `fileName`; `finish({alt, caption, credit})` resolves the stored
 * picture or throws a DeskError. Resolves `{picture, values}`, or null if the dialog is closed.
 */
export function askPictureDetails(doc, options) {
  const asked = turn.then(() => ask(doc, options));
  turn = asked.catch(() => null);
  return asked;
}

function ask(doc, { fileName = "", caption = "", credit = "", width = 0, height = 0, finish }) {
  const dialog = createDialog(doc, { title: "وصف الصورة قبل إضافتها", className: "desk-details" });
  const form = doc.createElement("form");
  form.className = "desk-form";
  form.noValidate = true;

  const about = doc.createElement("p");
  about.className = "hint";
  const size = width && height ? " (" + number(width) + "×" + number(height) + ")" : "";
  about.append("الملف: ");
  const name = doc.createElement("bdi");
  name.textContent = fileName;
  about.append(name, size);

  const alt = labelledField(doc, dialog.id + "-alt", "النص البديل (مطلوب)", {
    tag: "textarea",
    hint: "ما في الصورة لمن لا يراها، في جملة قصيرة: من فيها، وأين، وماذا يجري.",
  });
  alt.input.rows = 2;
  alt.input.required = true;
  const captionField = labelledField(doc, dialog.id + "-caption", "التعليق", {
    hint: "ما قرأه الموقع من الملف، إن وُجد. عدّله أو امحه.",
  });
  captionField.input.value = caption || "";
  const creditField = labelledField(doc, dialog.id + "-credit", "المصدر");
  creditField.input.value = credit || "";
  const fields = { alt, caption: captionField, credit: creditField };

  const general = doc.createElement("p");
  general.className = "field-problem";
  general.setAttribute("role", "alert");
  general.hidden = true;

  const actions = doc.createElement("div");
  actions.className = "desk-actions";
  const confirm = doc.createElement("button");
  confirm.type = "submit";
  confirm.textContent = "أضف الصورة";
  const cancel = doc.createElement("button");
  cancel.type = "button";
  cancel.className = "secondary";
  cancel.textContent = "إلغاء";
  actions.append(confirm, cancel);
  form.append(about, alt.field, captionField.field, creditField.field, general, actions);
  dialog.body.append(form);

  cancel.addEventListener("click", () => dialog.close(null));
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (confirm.disabled) return;
    for (const entry of Object.values(fields)) showProblem(entry, "");
    general.hidden = true;
    const values = {
      alt: alt.input.value.trim(),
      caption: captionField.input.value.trim(),
      credit: creditField.input.value.trim(),
    };
    if (!values.alt) {
      showProblem(alt, "اكتب النص البديل: ما في الصورة لمن لا يراها.");
      alt.input.focus();
      return;
    }
    confirm.disabled = true;
    confirm.textContent = "جارٍ الحفظ…";
    form.setAttribute("aria-busy", "true");
    try {
      const picture = await finish(values);
      dialog.close({ picture, values });
    } catch (error) {
      const entry = fields[error && error.field];
      if (entry) {
        showProblem(entry, error.message);
        entry.input.focus();
      } else {
        general.textContent = (error && error.message) || "تعذّر حفظ الصورة.";
        general.hidden = false;
      }
    } finally {
      confirm.disabled = false;
      confirm.textContent = "أضف الصورة";
      form.removeAttribute("aria-busy");
    }
  });

  dialog.show(alt.input);
  return dialog.result;
}
