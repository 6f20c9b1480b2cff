// Pasting the address of a post on a network the site embeds (embeds.js knows which) puts an
// embed block into the body instead of the address as text: a paste of the address alone, as
// plain text or as HTML that is nothing but one link. Anything else pastes as it always did,
// and Shift with the paste (paste as plain text) keeps the address as text.

import { Plugin } from "prosemirror-state";
import { schema } from "../schema.js";
import { insertBlocks } from "../insert.js";
import { htmlToDOM } from "../paste.js";
import { embedNetwork } from "../embeds.js";

/** The post address a paste consists of, or null. */
export function pastedPostAddress(data, doc) {
  if (!data) return null;
  const text = (data.getData("text/plain") || "").trim();
  const html = data.getData("text/html") || "";
  let address = text;
  if (html.trim()) {
    const root = htmlToDOM(html, doc);
    if (root.querySelector("img, picture, video, audio, iframe, svg, object, embed")) return null;
    const links = root.querySelectorAll("a[href]");
    const words = root.textContent.trim();
    if (links.length === 1 && links[0].textContent.trim() === words) address = links[0].getAttribute("href").trim();
    else if (links.length > 1 || words !== text) return null;
  }
  // The address must come back from the Markdown as it went in: no spaces, no `|` or `]]`.
  if (!address || /[\s|]|\]\]/.test(address)) return null;
  return embedNetwork(address) ? address : null;
}

export function pasteEmbedPlugin(doc) {
  return new Plugin({
    props: {
      handlePaste(view, event) {
        if (view.shiftKey || (view.input && view.input.shiftKey)) return false;
        const address = pastedPostAddress(event.clipboardData, doc);
        if (!address) return false;
        insertBlocks(view, [schema.nodes.embed.create({ url: address })]);
        return true;
      },
    },
  });
}
