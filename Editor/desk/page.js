// What the article editor's page tells the desk, read once: the desk's address, the article
// and the revision the form was opened at (both absent for a new article), and the form token
// every POST must carry.

/** `{form, doc, desk, article, revision, token, isNew}` for `form.editor`, or null without `data-desk`. */
export function readPage(form) {
  const desk = form && form.getAttribute("data-desk");
  if (!desk) return null;
  const article = form.getAttribute("data-article") || "";
  const revision = Number(form.getAttribute("data-revision"));
  const token = form.querySelector("input[name=form_token]");
  return {
    form,
    doc: form.ownerDocument,
    desk: desk.replace(/\/+$/, ""),
    article,
    revision: Number.isFinite(revision) && form.hasAttribute("data-revision") ? revision : null,
    token: token ? token.value : "",
    isNew: article === "",
  };
}

/** The form's fields as `[[name, value]]`, in order (authors repeated), as the form would send them. */
export function formEntries(form) {
  const entries = [];
  for (const [name, value] of new form.ownerDocument.defaultView.FormData(form)) {
    if (typeof value === "string") entries.push([name, value]);
  }
  return entries;
}
