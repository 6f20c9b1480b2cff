// The desk's dialogs: a native <dialog>, modal where the browser has showModal, right to left
// and Arabic whatever the page around it, named by its heading, closed by Escape, by its
// close button or by its owner, and giving the focus back to where it was. Dialogs are put at
// the end of the body, outside the article form, so their fields are never posted with it.

let counter = 0;

/** Builds a dialog titled `title`; fill `body`, then `show(first)`. `result` resolves with what `close(value)` gets. */
export function createDialog(doc, { title, className = "" }) {
  const id = "desk-dialog-" + ++counter;
  const dialog = doc.createElement("dialog");
  dialog.className = "desk-dialog" + (className ? " " + className : "");
  dialog.setAttribute("dir", "rtl");
  dialog.setAttribute("lang", "ar");
  dialog.setAttribute("aria-labelledby", id + "-title");

  const head = doc.createElement("div");
  head.className = "desk-dialog-head";
  const heading = doc.createElement("h2");
  heading.id = id + "-title";
  heading.textContent = title;
  const dismiss = doc.createElement("button");
  dismiss.type = "button";
  dismiss.className = "desk-dialog-close";
  dismiss.textContent = "إغلاق";
  head.append(heading, dismiss);
  const body = doc.createElement("div");
  body.className = "desk-dialog-body";
  dialog.append(head, body);

  let returnTo = null;
  let isOpen = false;
  let resolve;
  const result = new Promise((done) => (resolve = done));

  function close(value = null) {
    if (!isOpen) return;
    isOpen = false;
    if (dialog.open && typeof dialog.close === "function") dialog.close();
    dialog.removeAttribute("open");
    dialog.remove();
    if (returnTo && returnTo.isConnected && typeof returnTo.focus === "function") returnTo.focus();
    resolve(value);
  }

  // Escape: the browser sends `cancel` to a modal dialog; without showModal only the key comes.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    close(null);
  });
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    event.stopPropagation();
    close(null);
  });
  dismiss.addEventListener("click", () => close(null));

  function show(first = null) {
    returnTo = doc.activeElement;
    isOpen = true;
    doc.body.append(dialog);
    if (typeof dialog.showModal === "function") dialog.showModal();
    else dialog.setAttribute("open", "");
    (first || dismiss).focus();
  }

  return { dialog, body, show, close, result, id, get isOpen() { return isOpen; } };
}

/** A labelled field: `{field, label, input, problem}`; `problem` shows a message beside it (see `showProblem`). */
export function labelledField(doc, id, labelText, { tag = "input", type = "text", hint = "" } = {}) {
  const field = doc.createElement("div");
  field.className = "desk-field";
  const label = doc.createElement("label");
  label.htmlFor = id;
  label.textContent = labelText;
  const input = doc.createElement(tag);
  input.id = id;
  if (tag === "input") input.type = type;
  input.setAttribute("dir", "auto");
  field.append(label, input);
  const described = [];
  if (hint) {
    const note = doc.createElement("p");
    note.className = "hint";
    note.id = id + "-hint";
    note.textContent = hint;
    field.append(note);
    described.push(note.id);
  }
  const problem = doc.createElement("p");
  problem.className = "field-problem";
  problem.id = id + "-problem";
  problem.hidden = true;
  field.append(problem);
  if (described.length) input.setAttribute("aria-describedby", described.join(" "));
  return { field, label, input, problem };
}

/** Shows `message` beside `entry`'s input (or clears it for ""), and marks the input so. */
export function showProblem(entry, message) {
  const { input, problem } = entry;
  problem.textContent = message || "";
  problem.hidden = !message;
  const ids = (input.getAttribute("aria-describedby") || "").split(" ").filter((id) => id && id !== problem.id);
  if (message) {
    input.setAttribute("aria-invalid", "true");
    ids.push(problem.id);
  } else {
    input.removeAttribute("aria-invalid");
  }
  if (ids.length) input.setAttribute("aria-describedby", ids.join(" "));
  else input.removeAttribute("aria-describedby");
}
