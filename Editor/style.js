// The editor's own style rules. The site's policy allows style sheets from the site only
// (style-src 'self'), which forbids a <style> element or style attributes written by a
// script, but not a constructed style sheet adopted by the document, which is how these
// rules arrive. ProseMirror needs the first few (how the editable text wraps, how a selected
// block shows); the rest fit the editor to the newsroom's look (site.css's colours).
// Ligatures stay on: Arabic needs them.

export const editorCSS = `
.body-editor { border: 1px solid var(--muted, #5c5c5c); border-radius: 4px; background: var(--paper, #fff); }
.body-editor:focus-within { outline: 2px solid var(--link, #0b4f8a); outline-offset: 1px; }
.body-editor[aria-invalid="true"] { border-color: var(--accent, #8a1c1c); }
.body-editor-toolbar { display: flex; flex-wrap: wrap; gap: 0.25rem; padding: 0.35rem; border-block-end: 1px solid var(--line, #e2e2e2); background: var(--tint, #f6f4f1); position: sticky; top: 0; z-index: 1; }
.body-editor-button { font: inherit; font-size: 0.9rem; padding: 0.2rem 0.6rem; border: 1px solid transparent; border-radius: 3px; background: transparent; color: var(--ink, #1a1a1a); cursor: pointer; }
.body-editor-button:hover:not(:disabled) { border-color: var(--muted, #5c5c5c); }
.body-editor-button[aria-pressed="true"] { background: var(--ink, #1a1a1a); color: var(--paper, #fff); }
.body-editor-button:disabled { opacity: 0.45; cursor: default; }
.body-editor-separator { inline-size: 1px; background: var(--line, #e2e2e2); margin-inline: 0.25rem; }
.body-editor-content { position: relative; min-block-size: 18rem; padding: 0.75rem 1rem; line-height: 1.9; word-wrap: break-word; overflow-wrap: break-word; white-space: pre-wrap; white-space: break-spaces; outline: none; }
.body-editor-content p { margin-block: 0 0.8rem; }
.body-editor-content h2, .body-editor-content h3 { font-family: var(--font-heading, inherit); margin-block: 1.2rem 0.6rem; }
.body-editor-content blockquote { margin-inline: 0; padding-inline-start: 1rem; border-inline-start: 4px solid var(--accent, #8a1c1c); }
.body-editor-content ul, .body-editor-content ol { padding-inline-start: 1.6rem; margin-block: 0 0.8rem; }
.body-editor-content li { position: relative; }
.body-editor-content li > p { margin: 0; }
.body-editor-content code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; background: var(--tint, #f6f4f1); padding-inline: 0.2rem; }
.body-editor-content a { color: var(--link, #0b4f8a); }
.body-directive { margin: 0 0 0.8rem; padding: 0.5rem 0.75rem; border: 1px dashed var(--muted, #5c5c5c); border-radius: 4px; background: var(--tint, #f6f4f1); cursor: default; user-select: none; white-space: normal; }
.body-directive-title { font-weight: 700; }
.body-directive-lines { display: grid; grid-template-columns: max-content 1fr; gap: 0 0.75rem; margin: 0.25rem 0 0; }
.body-directive-lines dt { color: var(--muted, #5c5c5c); }
.body-directive-lines dd { margin: 0; overflow-wrap: anywhere; }
.body-directive-warning { color: var(--accent, #8a1c1c); margin: 0.25rem 0 0; }
.ProseMirror-selectednode { outline: 2px solid var(--link, #0b4f8a); }
.ProseMirror-hideselection *::selection { background: transparent; }
.ProseMirror-hideselection { caret-color: transparent; }
img.ProseMirror-separator { display: inline !important; border: none !important; margin: 0 !important; }
`;

/** Adds the rules to `doc` once; an older browser without constructed sheets goes unstyled. */
export function installStyles(doc = globalThis.document) {
  if (!doc || doc.__sahifaEditorStyles) return;
  const View = doc.defaultView;
  if (!View || typeof View.CSSStyleSheet !== "function" || !("adoptedStyleSheets" in doc)) return;
  try {
    const sheet = new View.CSSStyleSheet();
    sheet.replaceSync(editorCSS);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    doc.__sahifaEditorStyles = true;
  } catch {
    // Unstyled is still usable.
  }
}
