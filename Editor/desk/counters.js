// Length counters under the fields the server marks with data-limit (the most it accepts) and
// data-advice (what search engines and social cards show whole). The count is the server's:
// characters as Swift counts them (grapheme clusters, so a letter with its harakat is one),
// after trimming white space at both ends. The counter's own line changes as one types and is
// read with the field (aria-describedby); a polite status says only when the length crosses
// the advice or the limit, not at every key.

import { number } from "./format.js";

const segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("ar", { granularity: "grapheme" }) : null;

/** Characters in `text` as the server counts them. */
export function characterCount(text) {
  const trimmed = String(text).replace(/^\p{White_Space}+|\p{White_Space}+$/gu, "");
  if (!segmenter) return Array.from(trimmed).length;
  let count = 0;
  for (const _ of segmenter.segment(trimmed)) count++;
  return count;
}

/** `{level: "ok" | "advice" | "limit", text}` for `count` against the field's limits. */
export function lengthState(count, limit, advice) {
  const parts = ["عدد الأحرف: " + number(count)];
  if (limit != null && count > limit) {
    parts.push("أطول من الحد الأقصى " + number(limit) + " بـ " + number(count - limit) + "، ولن يقبله الموقع");
    return { level: "limit", text: parts.join(" · ") };
  }
  if (advice != null && count > advice) {
    parts.push("أطول من " + number(advice) + "، وهو ما تُظهره محركات البحث كاملاً");
    if (limit != null) parts.push("الحد الأقصى " + number(limit));
    return { level: "advice", text: parts.join(" · ") };
  }
  if (advice != null) parts.push("المقترح " + number(advice) + " على الأكثر");
  if (limit != null) parts.push("الحد الأقصى " + number(limit));
  return { level: "ok", text: parts.join(" · ") };
}

function limitOf(field, name) {
  const value = field.getAttribute(name);
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** What the status says when a field's length moves to `level`. */
function crossing(name, level, limit, advice) {
  if (level === "limit") return name + ": تجاوز الحد الأقصى (" + number(limit) + ")، ولن يقبله الموقع.";
  if (level === "advice") return name + ": أطول مما تُظهره محركات البحث (" + number(advice) + ").";
  return name + ": الطول مناسب.";
}

/** Puts a counter under `field`; returns its `update()`. */
export function attachCounter(field) {
  const doc = field.ownerDocument;
  const limit = limitOf(field, "data-limit");
  const advice = limitOf(field, "data-advice");
  if (limit === null && advice === null) return null;
  const base = field.id || field.name;
  const line = doc.createElement("p");
  line.className = "desk-counter";
  line.id = base + "-counter";
  const status = doc.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  field.after(line, status);
  const described = (field.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  if (!described.includes(line.id)) field.setAttribute("aria-describedby", described.concat(line.id).join(" "));
  const label = field.id ? doc.querySelector(`label[for="${field.id}"]`) : null;
  const name = label ? label.textContent.trim() : base;

  let level = null;
  function update() {
    const state = lengthState(characterCount(field.value), limit, advice);
    line.textContent = state.text;
    line.dataset.level = state.level;
    if (level !== null && state.level !== level) status.textContent = crossing(name, state.level, limit, advice);
    level = state.level;
  }
  field.addEventListener("input", update);
  update();
  return update;
}

/** Counters for every field of `form` that carries data-limit or data-advice. */
export function startCounters(form) {
  return Array.from(form.querySelectorAll("[data-limit], [data-advice]"))
    .filter((field) => field.matches("input, textarea"))
    .map(attachCounter)
    .filter(Boolean);
}
