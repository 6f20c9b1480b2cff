// The backslashes that make text read literally, as MarkdownEscaping.swift writes them. The
// importers (plain text, WordPress) escape with these rules, so a body the editor saves reads
// byte for byte like one imported: every `\ * _ ` [ ]` gets a backslash, nothing else does,
// and a line start that would open a heading, quote or list gets one before its marker.

const inlineMarker = /[\\*_`[\]]/g;

/** A backslash before every character inline Markdown reads as markup. */
export function escapeInline(text) {
  return text.replace(inlineMarker, "\\$&");
}

/**
 * A paragraph's Markdown made safe at the start of a line: a backslash before a first `#`,
 * `>`, `-` or `+`, or before a `.` or `)` right after leading digits ("2025." stays text).
 */
export function escapeLineStart(markdown) {
  const first = markdown[0];
  if (first === "#" || first === ">" || first === "-" || first === "+") return "\\" + markdown;
  let digits = 0;
  while (digits < markdown.length && markdown[digits] >= "0" && markdown[digits] <= "9") digits++;
  if (digits > 0 && (markdown[digits] === "." || markdown[digits] === ")")) {
    return markdown.slice(0, digits) + "\\" + markdown.slice(digits);
  }
  return markdown;
}
