// The editor's own style rules. The site's policy allows style sheets from the site only
// (style-src 'self'), which forbids a <style> element or style attributes written by a
// script, but not a constructed style sheet adopted by the document, which is how these
// rules arrive. ProseMirror needs the first few (how the editable text wraps, how a selected
// block shows); the rest fit the editor to the newsroom's look (site.css's colours), and the
// last part dresses the writing desk (desk/): its dialogs, placeholders, counters and bars.
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
.desk-dialog { inline-size: min(44rem, calc(100vw - 2rem)); max-block-size: calc(100vh - 2rem); box-sizing: border-box; padding: 1rem 1.25rem; border: 1px solid var(--muted, #5c5c5c); border-radius: 6px; background: var(--paper, #fff); color: var(--ink, #1a1a1a); font: inherit; overflow: auto; }
.desk-dialog::backdrop { background: rgb(0 0 0 / 0.45); }
.desk-dialog-head { display: flex; align-items: center; justify-content: space-between; gap: 1rem; margin-block-end: 0.75rem; }
.desk-dialog-head h2 { margin: 0; font-size: 1.2rem; }
.desk-dialog button, .desk-upload button, .desk-offer button, .desk-hero button { font: inherit; padding: 0.4rem 1rem; border: 1px solid var(--muted, #5c5c5c); border-radius: 4px; background: var(--tint, #f6f4f1); color: var(--ink, #1a1a1a); cursor: pointer; }
.desk-dialog button[type="submit"], .desk-offer button:not(.secondary) { background: var(--accent, #8a1c1c); border-color: var(--accent, #8a1c1c); color: var(--accent-ink, #fff); }
.desk-dialog button:disabled { opacity: 0.6; cursor: default; }
.desk-dialog :focus-visible, .desk-picture-fields input:focus-visible { outline: 2px solid var(--link, #0b4f8a); outline-offset: 2px; }
.desk-field { margin-block-end: 0.75rem; }
.desk-field label { display: block; font-weight: 700; margin-block-end: 0.25rem; }
.desk-field input:not([type="file"]), .desk-field textarea { inline-size: 100%; box-sizing: border-box; padding: 0.45rem; font: inherit; border: 1px solid var(--muted, #5c5c5c); border-radius: 4px; }
.desk-field [aria-invalid="true"] { border-color: var(--accent, #8a1c1c); }
.desk-field .hint, .desk-field .field-problem { margin-block: 0.2rem 0; }
.desk-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block-start: 0.75rem; }
.desk-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); gap: 0.75rem; list-style: none; margin: 0; padding: 0; }
.desk-dialog .desk-picture { display: flex; flex-direction: column; gap: 0.3rem; inline-size: 100%; block-size: 100%; padding: 0.3rem; text-align: start; background: var(--paper, #fff); }
.desk-picture img { inline-size: 100%; aspect-ratio: 4 / 3; object-fit: cover; background: var(--tint, #f6f4f1); }
.desk-picture span { font-size: 0.85rem; overflow-wrap: anywhere; }
.desk-story-list { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
.desk-dialog .desk-story { display: block; inline-size: 100%; text-align: start; background: var(--paper, #fff); }
.desk-story-headline { display: block; font-weight: 700; }
.desk-story-meta { display: block; color: var(--muted, #5c5c5c); font-size: 0.85rem; }
.desk-badge { float: inline-end; margin-inline-start: 0.5rem; padding: 0 0.4rem; border-radius: 3px; background: var(--accent, #8a1c1c); color: var(--accent-ink, #fff); font-size: 0.8rem; }
.desk-keys { border-collapse: collapse; inline-size: 100%; margin-block-end: 1rem; }
.desk-keys caption { text-align: start; font-weight: 700; padding-block: 0.3rem; }
.desk-keys th, .desk-keys td { border-block-end: 1px solid var(--line, #e2e2e2); padding: 0.3rem; text-align: start; vertical-align: top; }
.desk-keys kbd { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 0.85rem; padding: 0 0.3rem; border: 1px solid var(--muted, #5c5c5c); border-radius: 3px; background: var(--tint, #f6f4f1); white-space: nowrap; }
.desk-upload { margin: 0 0 0.8rem; padding: 0.5rem 0.75rem; border: 1px dashed var(--link, #0b4f8a); border-radius: 4px; background: var(--tint, #f6f4f1); white-space: normal; user-select: none; }
.desk-upload p { margin: 0 0 0.3rem; }
.desk-upload progress { inline-size: 100%; }
.desk-picture-view { display: flex; gap: 0.75rem; align-items: flex-start; }
.desk-thumbnail { inline-size: 8rem; max-inline-size: 40%; block-size: auto; border-radius: 3px; background: var(--paper, #fff); }
.desk-picture-about { flex: 1; min-inline-size: 0; }
.desk-picture-alt { margin: 0.2rem 0; overflow-wrap: anywhere; }
.desk-picture-fields { display: grid; gap: 0.3rem; user-select: text; }
.desk-picture-fields label { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem; align-items: center; color: var(--muted, #5c5c5c); }
.desk-picture-fields input { font: inherit; padding: 0.2rem 0.4rem; border: 1px solid var(--line, #e2e2e2); border-radius: 3px; background: var(--paper, #fff); color: var(--ink, #1a1a1a); }
.desk-picture-fields .hint { margin: 0; font-size: 0.8rem; }
.desk-card-headline { margin: 0.2rem 0 0; font-weight: 700; }
.desk-card-meta { margin: 0; color: var(--muted, #5c5c5c); font-size: 0.9rem; }
.desk-counter { margin-block: 0.2rem 0; color: var(--muted, #5c5c5c); font-size: 0.85rem; }
.desk-counter[data-level="advice"] { color: #7a4b00; }
.desk-counter[data-level="limit"] { color: var(--accent, #8a1c1c); font-weight: 700; }
.desk-words { margin-block: 0.3rem 0; }
.desk-autosave { margin: 0; }
.desk-presence { padding: 0.5rem 0.75rem; background: var(--tint, #f6f4f1); border-inline-start: 4px solid var(--link, #0b4f8a); }
.desk-offer { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; margin-block: 1rem; background: var(--tint, #f6f4f1); }
.desk-offer p { margin: 0; flex-basis: 100%; }
.desk-hero { display: flex; flex-wrap: wrap; gap: 0.5rem 0.75rem; align-items: center; margin-block-start: 0.5rem; }
.desk-hero-alt { margin: 0; flex: 1; min-inline-size: 10rem; color: var(--muted, #5c5c5c); }
.desk-dialog [hidden], .body-editor [hidden], .desk-hero [hidden], .desk-presence[hidden], .desk-thumbnail[hidden] { display: none !important; }
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
