// Splits a body's Markdown into blocks, line by line, exactly as BodyParser.swift does.
// The result is plain data (like the Swift BodyBlock) so tests and the round-trip check can
// compare what the server would read; markdown/to-doc.js turns it into a ProseMirror doc.
//
// Where the Swift parser throws (a `[[…]]` line that is not a directive it knows), this one
// records a problem with the line number and keeps the line as a block of kind "invalid", so
// the editor can show the words instead of losing them.

import { splitLines, trimSpaces } from "./text.js";
import { embedNetwork } from "../embeds.js";

const largestID = 9223372036854775807n; // Int64.max

export function parseBlocks(markdown) {
  const blocks = [];
  const problems = [];
  let paragraph = [];
  let quote = [];
  let quoteParagraph = [];
  let items = [];
  let ordered = false;

  function closeParagraph() {
    if (paragraph.length === 0) return;
    blocks.push({ kind: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  }
  function closeQuoteParagraph() {
    if (quoteParagraph.length === 0) return;
    quote.push(quoteParagraph.join(" "));
    quoteParagraph = [];
  }
  function closeQuote() {
    closeQuoteParagraph();
    if (quote.length === 0) return;
    blocks.push({ kind: "quote", paragraphs: quote });
    quote = [];
  }
  function closeList() {
    if (items.length === 0) return;
    blocks.push({ kind: "list", ordered, items });
    items = [];
  }
  function closeAll() {
    closeParagraph();
    closeQuote();
    closeList();
  }

  const lines = splitLines(markdown);
  for (let index = 0; index < lines.length; index++) {
    const trimmed = trimSpaces(lines[index]);
    if (trimmed === "") {
      closeAll();
      continue;
    }
    if (trimmed.startsWith("[[")) {
      closeAll();
      const block = directive(trimmed);
      if (block.kind === "invalid") problems.push({ line: index + 1, text: trimmed, reason: block.reason });
      if (block.kind === "embed" && !embedNetwork(block.url)) {
        problems.push({ line: index + 1, text: trimmed, reason: "unknownEmbed" });
      }
      blocks.push(block);
      continue;
    }
    const heading = headingLine(trimmed);
    if (heading) {
      closeAll();
      blocks.push(heading);
      continue;
    }
    if (trimmed.startsWith(">")) {
      closeParagraph();
      closeList();
      const content = trimSpaces(trimmed.slice(1));
      if (content === "") closeQuoteParagraph();
      else quoteParagraph.push(content);
      continue;
    }
    closeQuote();
    const item = listLine(trimmed);
    if (item) {
      closeParagraph();
      if (items.length > 0 && item.ordered !== ordered) closeList();
      ordered = item.ordered;
      items.push(item.content);
      continue;
    }
    if (items.length > 0) {
      // A plain line right after an item continues that item.
      items[items.length - 1] += " " + trimmed;
      continue;
    }
    paragraph.push(trimmed);
  }
  closeAll();
  return { blocks, problems };
}

/** `#` to `######`, a space, then text: one or two hashes make an h2, more an h3. */
function headingLine(line) {
  let hashes = 0;
  while (line[hashes] === "#") hashes++;
  if (hashes < 1 || hashes > 6 || line[hashes] !== " ") return null;
  const text = trimSpaces(line.slice(hashes));
  if (text === "") return null;
  return { kind: "heading", level: hashes <= 2 ? 2 : 3, text };
}

/** `-`, `*` or `+` and a space, or up to nine ASCII digits, `.` or `)` and a space. */
function listLine(line) {
  const first = line[0];
  if (first === "-" || first === "*" || first === "+") {
    if (line[1] !== " ") return null;
    return { ordered: false, content: trimSpaces(line.slice(1)) };
  }
  let digits = 0;
  while (digits < line.length && line[digits] >= "0" && line[digits] <= "9") digits++;
  if (digits === 0 || digits > 9) return null;
  const marker = line[digits];
  if ((marker !== "." && marker !== ")") || line[digits + 1] !== " ") return null;
  return { ordered: true, content: trimSpaces(line.slice(digits + 1)) };
}

/** A trimmed line starting with `[[`: one of our directives, or an invalid block saying why. */
function directive(line) {
  const invalid = (reason) => ({ kind: "invalid", text: line, reason });
  if (!line.endsWith("]]") || Array.from(line).length <= 4) return invalid("malformedDirective");
  const inside = line.slice(2, -2);
  const colon = inside.indexOf(":");
  if (colon < 0) return invalid("malformedDirective");
  const name = trimSpaces(inside.slice(0, colon)).toLowerCase();
  const argument = inside.slice(colon + 1);
  switch (name) {
    case "related": {
      const id = trimSpaces(argument);
      // Swift's Int64(_:) takes an optional sign and ASCII digits, and refuses an overflow.
      if (!/^[+-]?[0-9]+$/.test(id)) return invalid("invalidRelatedID");
      const value = BigInt(id);
      if (value <= 0n || value > largestID) return invalid("invalidRelatedID");
      return { kind: "related", id: value.toString() };
    }
    case "image": {
      const parts = argument.split("|").map(trimSpaces);
      if (parts[0] === "" || parts.length > 3) return invalid("malformedDirective");
      return { kind: "image", reference: parts[0], caption: parts[1] || "", credit: parts[2] || "" };
    }
    case "embed": {
      const url = trimSpaces(argument);
      if (url === "") return invalid("unknownEmbed");
      return { kind: "embed", url };
    }
    default:
      return invalid("malformedDirective");
  }
}
