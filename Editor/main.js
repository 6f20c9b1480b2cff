// The entry point bundled into Public/editor.js. On the article editor's page it replaces the
// body's text area with the structured editor: the text area is hidden (it stays in the form)
// and every change writes the document back into it as Markdown, and once more just before
// the form is sent, so the form posts the body as it always has. A body that was not changed
// is posted exactly as it came. Without JavaScript, or if the editor cannot start, the text
// area stays as it is.
//
// The newsroom's "أدرج في النص" buttons (data-insert, for related-news cards) put their
// directive into the editor at the cursor instead of into the hidden text area.
//
// Where the server gives the form a writing desk (data-desk), desk/ adds its plugins, node
// views and toolbar buttons to the editor and its parts to the page (see desk/index.js).

import { EditorState } from "prosemirror-state";
import { EditorView } from "prosemirror-view";
import { schema } from "./schema.js";
import { parseBody, serializeBody } from "./markdown.js";
import { bindings, history, keymap } from "./commands/index.js";
import { pasteProps } from "./paste.js";
import { toolbar, toolbarItems } from "./toolbar.js";
import { installStyles } from "./style.js";
import { insertBlocks } from "./insert.js";
import { createDesk } from "./desk/index.js";

export { insertBlocks };

function askForAddress(doc) {
  const view = doc.defaultView;
  return view && view.prompt ? view.prompt("عنوان الرابط (يبدأ بـ https:// أو /)", "https://") : null;
}

/** Mounts the editor for `textarea` (the body field) and returns its EditorView. */
export function mountBodyEditor(textarea) {
  const doc = textarea.ownerDocument;
  const form = textarea.form;
  installStyles(doc);

  const frame = doc.createElement("div");
  frame.className = "body-editor";
  const bar = doc.createElement("div");
  bar.className = "body-editor-toolbar";
  const place = doc.createElement("div");
  frame.append(bar, place);

  const label = textarea.id ? doc.querySelector(`label[for="${textarea.id}"]`) : null;
  if (label && !label.id) label.id = textarea.id + "-label";
  const attributes = {
    class: "body-editor-content",
    dir: "rtl",
    lang: "ar",
    role: "textbox",
    "aria-multiline": "true",
    spellcheck: "true",
  };
  if (label) attributes["aria-labelledby"] = label.id;
  for (const name of ["aria-describedby", "aria-invalid"]) {
    const value = textarea.getAttribute(name);
    if (value) attributes[name] = value;
  }
  if (textarea.getAttribute("aria-invalid") === "true") frame.setAttribute("aria-invalid", "true");

  let changed = false;
  const write = () => {
    textarea.value = serializeBody(view.state.doc);
  };
  const desk = createDesk(form, doc);
  const items = toolbarItems(schema, () => askForAddress(doc)).concat(desk.toolbarItems);
  const state = EditorState.create({
    doc: parseBody(textarea.value),
    plugins: [history(), keymap(bindings(schema)), toolbar(items, bar), ...desk.plugins],
  });
  const view = new EditorView(
    { mount: place },
    {
      state,
      attributes,
      nodeViews: desk.nodeViews,
      ...pasteProps(),
      dispatchTransaction(tr) {
        view.updateState(view.state.apply(tr));
        if (tr.docChanged) {
          changed = true;
          write();
          textarea.dispatchEvent(new doc.defaultView.Event("input", { bubbles: true }));
        }
      },
    },
  );

  textarea.after(frame);
  textarea.hidden = true;
  if (label) label.addEventListener("click", () => view.focus());
  if (form) form.addEventListener("submit", () => changed && write(), true);
  desk.start(view, frame);

  doc.addEventListener(
    "click",
    (event) => {
      const button = event.target.closest && event.target.closest("button[data-insert]");
      if (!button || !frame.isConnected) return;
      event.preventDefault();
      event.stopPropagation();
      const inserted = parseBody(button.dataset.insert);
      const nodes = [];
      inserted.forEach((node) => {
        if (!(node.type === schema.nodes.paragraph && node.content.size === 0)) nodes.push(node);
      });
      if (nodes.length) insertBlocks(view, nodes);
    },
    true,
  );
  return view;
}

function start() {
  const textarea = document.querySelector("form.editor textarea#body[name='body']");
  if (!textarea || textarea.hidden) return;
  try {
    mountBodyEditor(textarea);
  } catch (error) {
    // The text area is still there and still works.
    textarea.hidden = false;
    if (typeof console !== "undefined") console.error("body editor:", error);
  }
}

if (typeof document !== "undefined" && typeof window !== "undefined" && !window.__sahifaBodyEditorTest) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
