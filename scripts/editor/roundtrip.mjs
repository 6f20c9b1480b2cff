// Checks that the editor's Markdown reader and writer (Editor/markdown.js) give back every
// body they are handed: the demo articles' bodies, and a sample of the shared Arabic news
// corpus made into Markdown the way the server's import makes it (PlainTextBody.swift). For
// each body, serializeBody(parseBody(md)) must equal md.
//
// A body the server stores can still be in a form the editor would not write, and not only
// one typed by hand (`* ` bullets, `3)` numbers, a heading with one `#`): the plain-text
// import splits lines at LF and CR only, so a paragraph separator (U+2029) or line separator
// (U+2028) inside a corpus paragraph stays in the Markdown, and BodyParser reads it as a line
// break (the two halves join with a space); a line that starts with a no-break space and then
// a space keeps the space after the import trims the no-break space, and BodyParser trims it. Such a body cannot come back
// byte for byte, since the editor writes one form for each meaning. For it the check is that
// the editor reads it to the same document as the form it writes (nothing lost or changed in
// meaning), and that this canonical form then round-trips exactly. Any other difference fails.
//
//   node --import ./Editor/tests/support/register.js scripts/editor/roundtrip.mjs [--sample N] [--all]
//
// (scripts/editor/roundtrip runs it so.) The corpus is read in place; nothing of it is copied.

import { createHash } from "node:crypto";
import { createReadStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import { parseBody, readBody, serializeBody } from "../../Editor/markdown.js";
import { escapeInline, escapeLineStart } from "../../Editor/markdown/escape.js";

const root = new URL("../../", import.meta.url).pathname;
const demoFolder = join(root, "Sources/SahifaWeb/Resources/Demo");
// The shared folder as scripts/shared_data.py looks for it: SAHIFA_SHARED, beside the
// checkout, or /work/shared; SAHIFA_CORPUS names another copy of the corpus itself.
const sharedFolder = [process.env.SAHIFA_SHARED, join(root, "../shared"), "/work/shared"].find(
  (folder) => folder && existsSync(join(folder, "corpus")),
);
const corpusFile = process.env.SAHIFA_CORPUS || join(sharedFolder || "/work/shared", "corpus/news-ar.jsonl.gz");

const args = process.argv.slice(2);
const everyArticle = args.includes("--all");
const sampleIndex = args.indexOf("--sample");
const sampleSize = sampleIndex >= 0 ? Number(args[sampleIndex + 1]) : 1000;

// Swift's Character.isNewline: LF, VT, FF, CR (and CR LF as one), NEL, LS, PS.
const swiftNewline = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/;

/** A demo file's body exactly as DemoArticleFile.swift cuts it: everything after the `---` line. */
function demoFile(name, text) {
  const lines = text.split(swiftNewline);
  const fields = {};
  for (let index = 0; index < lines.length; index++) {
    const trimmed = lines[index].trim();
    if (trimmed === "---") return { fields, body: lines.slice(index + 1).join("\n") };
    if (trimmed === "") continue;
    const colon = lines[index].indexOf(":");
    if (colon < 0) throw new Error(`${name}: a header line without a colon`);
    fields[lines[index].slice(0, colon).trim()] = lines[index].slice(colon + 1).trim();
  }
  throw new Error(`${name}: no --- line`);
}

function relatedKeys(body) {
  return body
    .split(swiftNewline)
    .map((line) => line.trim())
    .filter((line) => line.startsWith("[[related:") && line.endsWith("]]"))
    .map((line) => line.slice("[[related:".length, -2).trim());
}

/**
 * The demo bodies as DemoSite.swift saves them: `[[related:KEY]]` becomes the id the article
 * gets (ids counted from 1 in the order the loader saves articles, each after those it
 * names), `[[image:FILE|…]]` the picture's hash (SHA-256 of the file, as the media library
 * names it).
 */
function demoBodies() {
  const folder = join(demoFolder, "articles");
  const names = readdirSync(folder).filter((name) => name.endsWith(".md")).sort();
  const pending = names.map((name) => ({ name, ...demoFile(name, readFileSync(join(folder, name), "utf8")) }));
  const ids = new Map();
  const saved = [];
  while (pending.length) {
    const next = pending.findIndex((file) => relatedKeys(file.body).every((key) => ids.has(key)));
    if (next < 0) throw new Error(`${pending[0].name}: names an article that is not there`);
    const [file] = pending.splice(next, 1);
    ids.set(file.fields.key, ids.size + 1);
    saved.push(file);
  }
  const hashes = new Map();
  const hashOf = (file) => {
    if (!hashes.has(file)) {
      hashes.set(file, createHash("sha256").update(readFileSync(join(demoFolder, "images", file))).digest("hex"));
    }
    return hashes.get(file);
  };
  return saved
    .map((file) => {
      const body = file.body
        .split(swiftNewline)
        .map((line) => {
          const trimmed = line.trim();
          if (trimmed.startsWith("[[related:") && trimmed.endsWith("]]")) {
            return `[[related:${ids.get(trimmed.slice("[[related:".length, -2).trim())}]]`;
          }
          if (trimmed.startsWith("[[image:") && trimmed.endsWith("]]")) {
            const inside = trimmed.slice("[[image:".length, -2);
            const bar = inside.indexOf("|");
            const picture = (bar < 0 ? inside : inside.slice(0, bar)).trim();
            return `[[image:${hashOf(picture)}` + (bar < 0 ? "" : inside.slice(bar)) + "]]";
          }
          return line;
        })
        .join("\n");
      return { name: file.name, body };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** String.withoutControlCharacters: stray controls out, CR LF and CR made LF. */
function withoutControlCharacters(text) {
  return text.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, "");
}

/** PlainTextBody.body(fromText:): a paragraph per non-empty line, each escaped as a line. */
function plainTextBody(text) {
  const paragraphs = [];
  for (const line of text.split(/[\n\r]/)) {
    let paragraph = line.replace(/^[ \t]+/, "").replace(/[ \t]+$/, "");
    paragraph = paragraph.replace(/^\u00a0+/, "").replace(/\u00a0+$/, "");
    if (paragraph === "") continue;
    paragraphs.push(escapeLineStart(escapeInline(paragraph)));
  }
  return paragraphs.join("\n\n");
}

async function corpusBodies() {
  if (!existsSync(corpusFile)) return null;
  const lines = createInterface({ input: createReadStream(corpusFile).pipe(createGunzip()), crlfDelay: Infinity });
  const records = [];
  for await (const line of lines) if (line.trim()) records.push(line);
  // An even spread over the file (which is sorted by date), the same articles on every run.
  const count = everyArticle ? records.length : Math.min(sampleSize, records.length);
  const chosen = [];
  for (let index = 0; index < count; index++) {
    const article = JSON.parse(records[Math.floor((index * records.length) / count)]);
    chosen.push({ name: article.id, body: plainTextBody(withoutControlCharacters(article.body)) });
  }
  return { bodies: chosen, total: records.length };
}

/** The first place two strings differ, with some text either side, escapes visible. */
function firstDifference(a, b) {
  let index = 0;
  while (index < a.length && index < b.length && a[index] === b[index]) index++;
  const visible = (text) =>
    text.replace(/[\u0000-\u001f\u007f-\u00a0\u2000-\u200f\u2028-\u202f\ufeff]/g, (character) =>
      character === "\n" ? "\\n" : `<U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`,
    );
  const show = (text) => `"${visible(text.slice(Math.max(0, index - 30), index + 40))}"`;
  return `at ${index}: ${show(a)}\n      became ${show(b)}`;
}

function check(set, label) {
  const result = { exact: 0, canonical: 0, failed: 0, problems: 0, examples: { canonical: [], failed: [] } };
  for (const { name, body } of set) {
    const { doc, problems } = readBody(body);
    result.problems += problems.length;
    const once = serializeBody(doc);
    if (once === body) {
      result.exact += 1;
      continue;
    }
    const again = serializeBody(parseBody(once));
    const sameDocument = parseBody(once).eq(doc);
    const kind = again === once && sameDocument ? "canonical" : "failed";
    result[kind] += 1;
    if (result.examples[kind].length < 5) result.examples[kind].push(`${name} ${firstDifference(body, once)}`);
  }
  console.log(
    `${label}: ${set.length} bodies, ${result.exact} exact, ${result.canonical} canonicalized, ` +
      `${result.failed} failed, ${result.problems} directive problems`,
  );
  for (const [kind, examples] of Object.entries(result.examples)) {
    for (const example of examples) console.log(`  ${kind}: ${example}`);
  }
  return result;
}

let failed = 0;
const demos = demoBodies();
// A demo file ends with a line break, which the loader keeps as the body's last character;
// it is the file's ending rather than the body's (the importers end a body without one, and
// so does the editor), so it is taken off here.
failed += check(
  demos.map(({ name, body }) => ({ name, body: body.replace(/\n$/, "") })),
  "demo articles (without the file's final line break)",
).failed;

const corpus = await corpusBodies();
if (corpus) {
  failed += check(corpus.bodies, `news corpus (${corpus.bodies.length} of ${corpus.total} articles, evenly spaced)`).failed;
} else {
  console.log(`news corpus: ${corpusFile} is not here; skipped`);
}

console.log(failed === 0 ? "round trip: passed" : `round trip: ${failed} bodies failed`);
process.exit(failed === 0 ? 0 : 1);
