// How the writing desk writes numbers, times and lists of names. Numbers are in Western
// digits, as the rest of the article editor's page writes them (its status line's
// "المراجعة 3", its problems' "أطول من 200 حرف"); this is the one place to change that.

/** `n` as the page writes numbers. */
export function number(n) {
  return String(n);
}

const two = (n) => String(n).padStart(2, "0");

/**
 * "14:05", on the 24-hour clock the newsroom uses. A time the server wrote with its offset
 * ("…T14:05:00+03:00") is read on the clock it was written in, which is the site's; one in
 * UTC ("…Z") or without an offset is shown on this computer's clock.
 */
export function clockTime(iso) {
  const text = String(iso || "");
  const withOffset = /T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?[+-]\d{2}(?::?\d{2})?$/.exec(text);
  if (withOffset) return number(withOffset[1]) + ":" + number(withOffset[2]);
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) return "";
  return number(two(date.getHours())) + ":" + number(two(date.getMinutes()));
}

/** Names apart by the Arabic comma: "هدى، عمر". */
export function nameList(names) {
  return names.join("، ");
}

/** "دقيقة واحدة", "دقيقتان", "3 دقائق", "11 دقيقة", "103 دقائق": Arabic counts its nouns so. */
export function minutes(n) {
  if (n === 1) return "دقيقة واحدة";
  if (n === 2) return "دقيقتان";
  const rest = n % 100;
  return number(n) + (rest >= 3 && rest <= 10 ? " دقائق" : " دقيقة");
}

const months = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"];

/** "7 ديسمبر 2025", with the month names the site's own dates use; "" for what is not a date. */
export function gregorianDate(iso) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return number(date.getDate()) + " " + months[date.getMonth()] + " " + number(date.getFullYear());
}
