// Character questions the Swift parser asks Unicode, answered the same way in JavaScript.
// The Swift code reads Unicode scalars; here a string is read as an array of code points
// (Array.from), which is the same thing for any text a browser or the server holds.

const whiteSpace = /^\p{White_Space}$/u;
const alphabetic = /^\p{Alphabetic}$/u;

/** Unicode's White_Space property (Swift: `properties.isWhitespace`). */
export function isWhitespace(character) {
  return whiteSpace.test(character);
}

/** Unicode's Alphabetic property, which takes in Arabic letters and harakat. */
export function isLetter(character) {
  return alphabetic.test(character);
}

/** Without spaces and tabs at either end: the only trimming the body parser does. */
export function trimSpaces(text) {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === " " || text[start] === "\t")) start++;
  while (end > start && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return text.slice(start, end);
}

/**
 * The line breaks the body parser splits at: CR LF as one, then CR, LF, VT, FF, NEL, LS, PS.
 * A paragraph's text must hold none of them, or it would be read back as several lines.
 */
export const lineBreak = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;
export const lineBreaks = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

export function splitLines(text) {
  return text.split(lineBreak);
}

/**
 * Controls no newsroom text means, as the server's `withoutControlCharacters` removes them:
 * C0 controls but tab, line feed and carriage return, DEL, and the C1 controls.
 */
export const strayControls = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]/g;
