// Writes the blocks read from a paste (paste/read.js) as plain HTML made only of the tags the
// schema's parse rules know, so ProseMirror's DOMParser turns it into exactly our nodes:
// consecutive items of one kind make one list, consecutive quote paragraphs one quote (a
// list inside a quote becomes quote paragraphs, since the format has no such thing).

function escapeHTML(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function inlineHTML(runs) {
  return runs
    .map((piece) => {
      let html = escapeHTML(piece.text);
      if (piece.code) html = "<code>" + html + "</code>";
      if (piece.em) html = "<em>" + html + "</em>";
      if (piece.strong) html = "<strong>" + html + "</strong>";
      if (piece.href) html = '<a href="' + escapeHTML(piece.href) + '">' + html + "</a>";
      return html;
    })
    .join("");
}

function directiveHTML(block) {
  const attributes = Object.entries(block.attrs)
    .map(([name, value]) => ` data-${name}="${escapeHTML(String(value))}"`)
    .join("");
  return `<figure data-sahifa="${escapeHTML(block.directive)}"${attributes}></figure>`;
}

export function blocksToHTML(blocks) {
  let html = "";
  let open = null; // "blockquote", "ul" or "ol" while one is open
  const openContainer = (tag) => {
    if (open === tag) return;
    if (open) html += `</${open}>`;
    if (tag) html += `<${tag}>`;
    open = tag;
  };
  for (const block of blocks) {
    if (block.kind === "directive") {
      openContainer(null);
      html += directiveHTML(block);
    } else if (block.quote) {
      openContainer("blockquote");
      html += "<p>" + inlineHTML(block.runs) + "</p>";
    } else if (block.kind === "item") {
      openContainer(block.list === "ol" ? "ol" : "ul");
      html += "<li><p>" + inlineHTML(block.runs) + "</p></li>";
    } else if (block.kind === "heading") {
      openContainer(null);
      const tag = block.level === 3 ? "h3" : "h2";
      html += `<${tag}>` + inlineHTML(block.runs) + `</${tag}>`;
    } else {
      openContainer(null);
      html += "<p>" + inlineHTML(block.runs) + "</p>";
    }
  }
  openContainer(null);
  return html;
}
