// The hero picture: beside the form's #hero drop-down (which stays, and is what the form
// posts), a preview of the chosen picture (its thumbnail and alt text) and a button opening
// the library dialog, uploads included. A picture chosen there becomes the drop-down's value,
// with an option of its own if the page did not list it.

/** The option's words, as the server writes them: the alt text, and the credit in brackets. */
export function optionText(picture) {
  return (picture.alt || picture.hash) + (picture.credit ? " (" + picture.credit + ")" : "");
}

/** Makes `picture` the value of `select`, adding its option if needed, and tells the form. */
export function choosePicture(select, picture) {
  const doc = select.ownerDocument;
  let option = Array.from(select.options).find((candidate) => candidate.value === picture.hash);
  if (!option) {
    option = doc.createElement("option");
    option.value = picture.hash;
    option.textContent = optionText(picture);
    select.append(option);
  }
  select.value = picture.hash;
  select.dispatchEvent(new doc.defaultView.Event("change", { bubbles: true }));
}

export function startHero(desk, { choose }) {
  const { form, doc, library } = desk;
  const select = form.querySelector("select#hero");
  if (!select) return null;

  const box = doc.createElement("div");
  box.className = "desk-hero";
  const image = doc.createElement("img");
  image.className = "desk-thumbnail";
  image.alt = "";
  image.hidden = true;
  const words = doc.createElement("p");
  words.className = "desk-hero-alt";
  words.setAttribute("dir", "auto");
  words.id = "hero-preview";
  const button = doc.createElement("button");
  button.type = "button";
  button.className = "secondary";
  button.textContent = "اختر من المكتبة";
  button.setAttribute("aria-haspopup", "dialog");
  box.append(image, words, button);
  select.after(box);
  const described = (select.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
  select.setAttribute("aria-describedby", described.concat(words.id).join(" "));

  function show() {
    const hash = select.value;
    image.hidden = true;
    image.removeAttribute("src");
    if (!hash) {
      words.textContent = "بلا صورة رئيسية.";
      return;
    }
    words.textContent = "جارٍ جلب الصورة…";
    library.get(hash).then((picture) => {
      if (select.value !== hash) return;
      if (!picture) {
        words.textContent = "لا توجد هذه الصورة في المكتبة.";
        return;
      }
      words.textContent = picture.alt || hash;
      if (picture.thumbnail) {
        image.src = picture.thumbnail;
        image.hidden = false;
      }
    });
  }

  select.addEventListener("change", show);
  button.addEventListener("click", async () => {
    const chosen = await choose();
    if (!chosen) return;
    choosePicture(select, chosen.picture);
    select.focus();
  });
  show();
  return { box, show };
}
