// Talking to the newsroom's desk endpoints. Every answer is JSON; a refusal is a 4xx with
// `{"error": {"code", "message", "field"}}`, whose Arabic message is the one to show. Requests
// go to the same origin, so the session cookie goes along; every POST carries the form token.
// `fetch` and `XMLHttpRequest` are looked up when used, so tests can stand in for them.

const unreachable = "تعذّر الاتصال بالخادم. تحقّق من الاتصال ثم أعد المحاولة.";

/** A refusal or a failure, with the message to show and, where the server named one, the field. */
export class DeskError extends Error {
  constructor(message, { status = 0, code = "", field = "" } = {}) {
    super(message);
    this.name = "DeskError";
    this.status = status;
    this.code = code;
    this.field = field;
  }
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The error an answer carries, or one in our words when it carries none (a proxy's page, an expired session's redirect). */
export function errorFrom(status, data) {
  const error = data && data.error;
  if (error && typeof error.message === "string" && error.message) {
    return new DeskError(error.message, { status, code: String(error.code || ""), field: String(error.field || "") });
  }
  if (status === 0) return new DeskError(unreachable, { code: "network" });
  if (status === 401 || status === 403) {
    return new DeskError("انتهت الجلسة أو لا تملك هذا الإذن. سجّل الدخول في نافذة أخرى ثم أعد المحاولة؛ هذه الصفحة تحفظ ما كتبته.", { status });
  }
  if (status === 413) return new DeskError("الملف أكبر مما يقبله الموقع.", { status, code: "too_large" });
  return new DeskError("لم يُتمّ الخادم الطلب (الرمز " + status + ").", { status });
}

function answer(status, text) {
  const data = parse(text);
  if (status >= 200 && status < 300 && data && typeof data === "object") return data;
  throw errorFrom(status >= 200 && status < 300 ? 502 : status, data);
}

async function request(url, init) {
  let response;
  try {
    response = await globalThis.fetch(url, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
      ...init,
    });
  } catch {
    throw new DeskError(unreachable, { code: "network" });
  }
  let text = "";
  try {
    text = await response.text();
  } catch {
    throw new DeskError(unreachable, { code: "network" });
  }
  return answer(response.status, text);
}

/** GET `url`, the answer's JSON. */
export function getJSON(url) {
  return request(url, { method: "GET" });
}

/** POST `fields` (URLSearchParams, sent urlencoded, or FormData, sent as multipart) to `url`. */
export function postFields(url, fields) {
  return request(url, { method: "POST", body: fields });
}

/** `[[name, value]]` or an object as URLSearchParams, leaving out files. */
export function urlencoded(entries) {
  const params = new URLSearchParams();
  for (const [name, value] of Array.isArray(entries) ? entries : Object.entries(entries)) {
    if (typeof value === "string" || typeof value === "number") params.append(name, String(value));
  }
  return params;
}

/**
 * POST `formData` with XMLHttpRequest, which, unlike fetch, reports how much of a file has
 * gone: `onProgress(fraction)`. Resolves `{status, data}` for a 2xx answer.
 */
export function sendWithProgress(url, formData, onProgress = () => {}) {
  return new Promise((resolve, reject) => {
    const xhr = new globalThis.XMLHttpRequest();
    xhr.open("POST", url);
    xhr.setRequestHeader("Accept", "application/json");
    if (xhr.upload) {
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(Math.min(1, event.loaded / event.total));
      };
    }
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, data: answer(xhr.status, xhr.responseText) });
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => reject(new DeskError(unreachable, { code: "network" }));
    xhr.onabort = xhr.onerror;
    xhr.send(formData);
  });
}
