// The writing desk: what the article editor's page adds around the body editor when the
// server gives it a desk (`data-desk` on the form): pictures dropped, pasted or chosen from
// the library, hero picture, related-story cards, post addresses pasted as embeds, length
// counters, word count, autosave (or a browser-kept draft for a new article), who else is
// editing, and the keyboard help. Each job is a file of its own here; this one wires them.
// Without `data-desk` only the keyboard help is added, since it needs no server.
//
// `createDesk` runs before the editor exists (its plugins, node views and toolbar buttons go
// into it); `start` runs once the editor is on the page. A part that fails to start is left
// out and the rest still work.

import { schema } from "../schema.js";
import { parseBody } from "../markdown.js";
import { insertBlocks } from "../insert.js";
import { directiveNodeViews } from "../nodeviews.js";
import { readPage } from "./page.js";
import { pictureLibrary } from "./pictures.js";
import { storyIndex } from "./stories.js";
import { openLibrary } from "./library.js";
import { openStoryPicker } from "./story-picker.js";
import { imageAttrs } from "./upload.js";
import { pictureDropPlugins } from "./drop-pictures.js";
import { pasteEmbedPlugin } from "./paste-embed.js";
import { PictureView } from "./picture-view.js";
import { CardView } from "./card-view.js";
import { readingPlugin } from "./reading.js";
import { startCounters } from "./counters.js";
import { startHero } from "./hero.js";
import { newerVersionNotice } from "./notices.js";
import { startAutosave } from "./autosave.js";
import { forgetSentDraft, startDraft } from "./draft.js";
import { startPresence } from "./presence.js";
import { helpItem, openHelp } from "./help.js";
import { pageShortcuts, startShortcuts } from "./shortcuts.js";

/** How long the desk waits, in ms: between autosaves, before retrying one, between draft writes, before searching. Tests shorten them. */
export const timing = { autosave: 5000, autosaveRetry: 30000, draft: 1000, search: 300, caption: 600 };

function attempt(name, start) {
  try {
    return start();
  } catch (error) {
    if (typeof console !== "undefined") console.error("writing desk, " + name + ":", error);
    return null;
  }
}

/** The body as `markdown`, in place of what the editor holds (one undoable change). */
export function replaceBody(view, markdown) {
  const doc = parseBody(markdown);
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content).scrollIntoView());
}

/**
 * The desk for the editor of `form`: `{plugins, nodeViews, toolbarItems, start(view, frame), desk}`.
 */
export function createDesk(form, doc) {
  const page = readPage(form);
  // `submitting`: the form is on its way, so autosave and presence keep quiet.
  const desk = { doc, form, page, submitting: false, library: null, stories: null };
  const shortcuts = pageShortcuts(form, { openHelp: () => openHelp(doc, schema, shortcuts) });
  const help = helpItem(() => openHelp(doc, schema, shortcuts));
  const directives = directiveNodeViews(doc);

  if (!page) {
    return {
      desk,
      plugins: [],
      nodeViews: directives,
      toolbarItems: [{ separator: true }, help],
      start() {
        attempt("shortcuts", () => startShortcuts(doc, shortcuts));
      },
    };
  }

  desk.library = pictureLibrary(page);
  desk.stories = storyIndex(page);
  const words = doc.createElement("p");
  words.className = "desk-words hint";
  words.id = "body-words";

  const choosePicture = () => openLibrary(desk, { searchDelay: timing.search });
  const dialogButton = (label, open) => ({
    label,
    opens: true,
    command: (_state, dispatch, view) => {
      if (dispatch) open(view);
      return true;
    },
  });
  const pictureButton = dialogButton("صورة", async (view) => {
    const chosen = await choosePicture();
    if (chosen) insertBlocks(view, [schema.nodes.image.create(imageAttrs(chosen.picture, chosen.values))]);
  });
  const cardButton = dialogButton("خبر ذو علاقة", async (view) => {
    const story = await openStoryPicker(desk, { searchDelay: timing.search });
    if (story) insertBlocks(view, [schema.nodes.related.create({ id: String(story.id) })]);
  });

  return {
    desk,
    plugins: [...pictureDropPlugins(desk), pasteEmbedPlugin(doc), readingPlugin(words)],
    nodeViews: {
      ...directives,
      image: (node, view, getPos) => new PictureView(node, view, getPos, desk, { pause: timing.caption }),
      related: (node) => new CardView(node, desk),
    },
    toolbarItems: [{ separator: true }, pictureButton, cardButton, { separator: true }, help],
    start(view, frame) {
      frame.after(words);
      form.addEventListener("submit", (event) => {
        desk.submitting = true;
        // A send another script stopped did not leave the page.
        setTimeout(() => event.defaultPrevented && (desk.submitting = false), 0);
      });
      doc.defaultView.addEventListener("pageshow", (event) => event.persisted && (desk.submitting = false));
      attempt("shortcuts", () => startShortcuts(doc, shortcuts));
      attempt("counters", () => startCounters(form));
      attempt("hero", () => startHero(desk, { choose: choosePicture }));
      const notice = newerVersionNotice(form);
      if (page.isNew) {
        const setBody = (markdown) => replaceBody(view, markdown);
        attempt("draft", () => startDraft(desk, { setBody, pause: timing.draft }));
      } else {
        attempt("draft", () => forgetSentDraft(doc.defaultView));
        attempt("autosave", () =>
          startAutosave(desk, { notice, interval: timing.autosave, retry: timing.autosaveRetry }),
        );
        attempt("presence", () => startPresence(desk, { notice }));
      }
    },
  };
}
