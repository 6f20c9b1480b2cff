// Picture files dropped or pasted into the body. Each file gets a placeholder block where it
// landed (between the blocks around the drop, or after the block holding the cursor for a
// paste) showing how much of it has gone up; then the details dialog asks for its alt text,
// and the placeholder becomes the image node. If the server refuses the file, the reason
// stays in the placeholder until it is dismissed; the body itself is not touched.
//
// A paste counts as pictures only when it carries no words: Word and web pages put a picture
// of the copied text on the clipboard beside the text itself, and that text is what was meant.

import { Plugin } from "prosemirror-state";
import { schema } from "../schema.js";
import { blockBoundary, insertBlocks } from "../insert.js";
import { htmlToDOM } from "../paste.js";
import { addPlaceholder, placeholderPos, removePlaceholder, placeholders } from "./placeholders.js";
import { imageAttrs, uploadPicture } from "./upload.js";
import { number } from "./format.js";

/** The picture files in a FileList (or array). */
export function pictureFiles(files) {
  return Array.from(files || []).filter((file) => file && /^image\//i.test(file.type || ""));
}

/** The picture files of a paste that holds nothing else (no text, no HTML with words). */
export function pastedPictures(data, doc) {
  if (!data) return [];
  const files = pictureFiles(data.files);
  if (files.length === 0) return [];
  if ((data.getData("text/plain") || "").trim()) return [];
  const html = data.getData("text/html") || "";
  if (html && htmlToDOM(html, doc).textContent.trim()) return [];
  return files;
}

function afterCursor(state) {
  const { $to } = state.selection;
  return $to.depth === 0 ? $to.pos : $to.after(1);
}

function dropPosition(view, event) {
  try {
    const found = view.posAtCoords({ left: event.clientX, top: event.clientY });
    if (found) return blockBoundary(view.state.doc, found.pos);
  } catch {
    // No layout to ask (or the point is outside the text): use the cursor.
  }
  return afterCursor(view.state);
}

/** The placeholder's DOM and what it can show. */
function placeholderBlock(doc, file) {
  const box = doc.createElement("div");
  box.className = "desk-upload";
  box.setAttribute("contenteditable", "false");
  box.setAttribute("role", "group");
  box.setAttribute("aria-label", "صورة تُرفع");
  const line = doc.createElement("p");
  line.className = "desk-upload-line";
  const name = doc.createElement("bdi");
  name.textContent = file.name || "صورة";
  const state = doc.createElement("span");
  line.append(name, " — ", state);
  const bar = doc.createElement("progress");
  bar.max = 100;
  bar.value = 0;
  bar.setAttribute("aria-label", "ما رُفع من الصورة");
  const problem = doc.createElement("p");
  problem.className = "field-problem";
  problem.setAttribute("role", "alert");
  problem.hidden = true;
  const dismiss = doc.createElement("button");
  dismiss.type = "button";
  dismiss.className = "secondary";
  dismiss.textContent = "إزالة";
  dismiss.hidden = true;
  box.append(line, bar, problem, dismiss);
  state.textContent = "جارٍ الرفع…";
  return {
    box,
    dismiss,
    progress(fraction) {
      const percent = Math.round(fraction * 100);
      bar.value = percent;
      state.textContent = "جارٍ الرفع: " + number(percent) + "٪";
    },
    asking() {
      bar.value = 100;
      state.textContent = "بانتظار وصف الصورة…";
    },
    failed(message) {
      bar.hidden = true;
      state.textContent = "لم تُرفع الصورة.";
      problem.textContent = message;
      problem.hidden = false;
      dismiss.hidden = false;
    },
  };
}

async function uploadOne(view, desk, file, pos) {
  const shown = placeholderBlock(desk.doc, file);
  const id = addPlaceholder(view, pos, shown.box);
  shown.dismiss.addEventListener("click", () => {
    removePlaceholder(view, id);
    view.focus();
  });
  let result;
  try {
    result = await uploadPicture(file, {
      library: desk.library,
      doc: desk.doc,
      onProgress: (fraction) => shown.progress(fraction),
      onAsking: () => shown.asking(),
    });
  } catch (error) {
    shown.failed((error && error.message) || "تعذّر رفع الصورة.");
    return;
  }
  if (!result) {
    removePlaceholder(view, id);
    return;
  }
  const node = schema.nodes.image.create(imageAttrs(result.picture, result.values));
  const at = placeholderPos(view.state, id);
  if (at === null) {
    // The blocks around the placeholder were deleted meanwhile: the picture goes to the cursor.
    insertBlocks(view, [node]);
    return;
  }
  const tr = view.state.tr.insert(blockBoundary(view.state.doc, at), node);
  view.dispatch(removePlaceholder(view, id, tr).scrollIntoView());
}

/** Uploads each of `files` into a placeholder at `pos`, in the order given. */
export function uploadIntoBody(view, desk, files, pos) {
  return Promise.all(files.map((file) => uploadOne(view, desk, file, pos)));
}

/** The plugins: the placeholders, and drop and paste handlers for picture files. */
export function pictureDropPlugins(desk) {
  return [
    placeholders(),
    new Plugin({
      props: {
        handleDrop(view, event, _slice, moved) {
          if (moved) return false;
          const files = pictureFiles(event.dataTransfer && event.dataTransfer.files);
          if (files.length === 0) return false;
          uploadIntoBody(view, desk, files, dropPosition(view, event));
          return true;
        },
        handlePaste(view, event) {
          const files = pastedPictures(event.clipboardData, desk.doc);
          if (files.length === 0) return false;
          uploadIntoBody(view, desk, files, afterCursor(view.state));
          return true;
        },
      },
    }),
  ];
}
