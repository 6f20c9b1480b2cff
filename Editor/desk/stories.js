// Published stories for "أخبار ذات علاقة" cards (GET {desk}/stories). A story is `{id,
// headline, section, published, suggested}`. Without a query the server lists the stories it
// suggests for this article first, then the latest; with one, what the search finds.

import { batchLookup } from "./batch.js";
import { getJSON } from "./http.js";

export function storyIndex(page) {
  const base = page.desk + "/stories";
  const list = (answer) => (answer && Array.isArray(answer.stories) ? answer.stories : []);
  const lookup = batchLookup(
    async (ids) => list(await getJSON(base + "?ids=" + ids.map(encodeURIComponent).join(","))),
    (story) => story.id,
    // The server answers at most 20 ids at a time.
    { size: 20 },
  );
  const keep = (story) => {
    if (story && story.id != null) lookup.remember(story);
    return story;
  };
  return {
    /** Suggestions and the latest for "", or the search results for `query`. */
    async find(query) {
      const parts = [];
      if (page.article) parts.push("article=" + encodeURIComponent(page.article));
      parts.push("q=" + encodeURIComponent(query));
      return list(await getJSON(base + "?" + parts.join("&"))).map(keep);
    },
    /** One story by id, batched; null if there is none. */
    get: (id) => lookup.get(id),
    remember: keep,
  };
}
