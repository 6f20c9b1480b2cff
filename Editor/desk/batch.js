// Looking things up by key in few requests: the pictures and cards of a body ask for their
// details one by one as their views are drawn, and every key asked for before the next turn
// of the event loop goes in one request (`?hashes=a,b,c`, `?ids=1,2`). Answers are kept, so a
// card drawn again, or undone back into the body, asks nothing. A failed request is not kept:
// the next view to ask tries again.

/**
 * `fetchMany(keys)` resolves to the items found; `keyOf(item)` is an item's key. Returns
 * `{get(key) → Promise<item|null>, remember(item)}`.
 */
export function batchLookup(fetchMany, keyOf, { size = 50 } = {}) {
  const known = new Map();
  let waiting = new Map();
  let timer = null;

  async function ask(keys, promises) {
    let items = [];
    let failed = false;
    try {
      items = await fetchMany(keys);
    } catch {
      failed = true;
    }
    const found = new Map();
    for (const item of items || []) found.set(String(keyOf(item)), item);
    for (const key of keys) {
      const item = found.get(key) || null;
      if (failed) known.delete(key);
      else known.set(key, Promise.resolve(item));
      promises.get(key).resolve(item);
    }
  }

  function flush() {
    timer = null;
    const batch = waiting;
    waiting = new Map();
    const keys = [...batch.keys()];
    for (let start = 0; start < keys.length; start += size) ask(keys.slice(start, start + size), batch);
  }

  return {
    get(key) {
      key = String(key);
      if (known.has(key)) return known.get(key);
      let resolve;
      const promise = new Promise((done) => (resolve = done));
      waiting.set(key, { resolve });
      known.set(key, promise);
      if (timer === null) timer = setTimeout(flush, 0);
      return promise;
    },
    remember(item) {
      known.set(String(keyOf(item)), Promise.resolve(item));
    },
  };
}
