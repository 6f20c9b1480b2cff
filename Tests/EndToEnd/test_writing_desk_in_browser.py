"""The writing desk around the body editor (Editor/desk/) in Chromium, as two newsroom members
use it: a photo dropped into the body and described, a related-story card, a draft that comes
back after the window was closed (the server's working copy of an article, the browser's copy
of a new one), two members on one article at once, Arabic mixed with Latin names and figures
under the arrow keys, and the length and word counters."""

from __future__ import annotations

import base64
import hashlib
import re
import subprocess
import sys
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import REPO, assert_graceful_shutdown, clean_env, run_sahifa, sahifa_binary, start_server
from test_newsroom_in_browser import body_editor
from test_reader_in_browser import WAIT, chrome

sys.path.insert(0, str(REPO / "scripts"))
from shared_data import shared_folder  # noqa: E402

# The agency photo the other picture tests use.
PHOTO = shared_folder() / "interchange" / "uploads" / "2026" / "12" / "wpbench-cover.jpg"
PASSWORD = "عبارة مرور مكتب الكتابة"
WRITER = ("huda@example.org", "هدى الكاتبة")
EDITOR = ("omar@example.org", "عمر المحرر")
UPLOAD_WAIT = 2 * WAIT  # a debug build checks the photo and makes its thumbnail

# Demo stories, one for each test that saves or autosaves, so no test sees another's changes.
# All are published, and their bodies are paragraphs and subheadings, no pictures.
DROP_STORY, CARD_STORY, AUTOSAVE_STORY, SHARED_STORY = 3, 4, 5, 8

MIXED = "قمة C5+1 في Geneva يوم 6 نوفمبر"


def add_member(database, email: str, name: str) -> None:
    added = subprocess.run(
        [str(sahifa_binary()), "user", "add", "--database", str(database), "--email", email,
         "--name", name, "--role", "editor"],
        input=PASSWORD + "\n", text=True, capture_output=True, env=clean_env(), timeout=120)
    assert added.returncode == 0, added.stderr


@pytest.fixture(scope="module")
def site(sahifa_bin, tmp_path_factory):
    """A demo site with two editors' accounts, opened with `sahifa user add` before it is served."""
    folder = tmp_path_factory.mktemp("desk")
    database = folder / "news.sqlite"
    made = run_sahifa("demo", "--database", str(database), cwd=folder, timeout=120)
    assert made.returncode == 0, made.stderr
    for email, name in (WRITER, EDITOR):
        add_member(database, email, name)
    server = start_server(folder / "serve", "--database", str(database), demo=False)
    yield server
    assert_graceful_shutdown(server)


def sign_in(driver, base: str, member=WRITER):
    """Signs `member` in, unless this browser's profile still holds their session."""
    email, name = member
    driver.get(base + "/newsroom/login")
    if urlsplit(driver.current_url).path != "/newsroom":
        driver.find_element(By.ID, "email").send_keys(email)
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, WAIT).until(lambda d: urlsplit(d.current_url).path == "/newsroom")
    assert "أهلاً " + name in driver.page_source
    return driver


def browser_for(base: str, member=WRITER, profile=None):
    driver = chrome(profile=profile)
    try:
        return sign_in(driver, base, member)
    except BaseException:
        driver.quit()
        raise


@pytest.fixture
def writer(site):
    """A browser of its own, with هدى signed in."""
    driver = browser_for(site.base_url)
    yield driver
    driver.quit()


def open_editor(driver, base: str, path: str):
    driver.get(base + path)
    return body_editor(driver)


def close_window(driver) -> None:
    """Closes the tab being worked in, as its window's close button does: the page gets its
    `pagehide` (quitting through the driver alone would end Chromium without one). A blank tab
    is left so the browser is still there to quit."""
    page = driver.current_window_handle
    driver.switch_to.new_window("tab")
    blank = driver.current_window_handle
    driver.switch_to.window(page)
    driver.close()
    driver.switch_to.window(blank)


def save(driver) -> None:
    driver.find_element(By.CSS_SELECTOR, "form.editor button[value=save]").click()
    WebDriverWait(driver, WAIT).until(lambda d: "done=saved" in d.current_url)
    WebDriverWait(driver, WAIT).until(lambda d: "حُفظ الخبر (المراجعة" in d.page_source)


def stored_body(driver) -> str:
    """The body as the server sent it with the page (the hidden text area's own text)."""
    return driver.execute_script("return document.getElementById('body').defaultValue")


def posted_body(driver) -> str:
    """The body as the form would post it now."""
    return driver.find_element(By.ID, "body").get_attribute("value")


def blocks(editor) -> list:
    return editor.find_elements(By.XPATH, "./*")


def toolbar_button(driver, label: str):
    return driver.find_element(
        By.XPATH, f"//div[@role='toolbar']//button[normalize-space()='{label}']")


def open_dialog(driver, kind: str):
    return WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f"dialog.desk-dialog.{kind}[open]"))


def has_loaded(driver, image) -> bool:
    return driver.execute_script(
        "const i = arguments[0]; return i.complete && i.naturalWidth > 0 && !i.hidden", image)


def type_new_last_paragraph(driver, editor, text: str) -> None:
    editor.click()
    editor.send_keys(Keys.CONTROL, Keys.END)
    editor.send_keys(Keys.ENTER, text)
    WebDriverWait(driver, WAIT).until(lambda d: blocks(editor)[-1].text == text)


# --- 1. a photo dropped into the body -------------------------------------------------------

DROP_PHOTO = """
const [editor, encoded, name] = arguments;
const bytes = Uint8Array.from(atob(encoded), c => c.charCodeAt(0));
const data = new DataTransfer();
data.items.add(new File([bytes], name, {type: 'image/jpeg'}));
const first = editor.firstElementChild;
first.scrollIntoView({block: 'center'});
const box = first.getBoundingClientRect();
editor.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true,
  clientX: box.left + box.width / 2, clientY: box.bottom - 3}));
"""


def test_a_photo_dropped_into_the_body_is_described_shown_in_place_saved_and_found_in_the_library(writer, site):
    photo = PHOTO.read_bytes()
    digest = hashlib.sha256(photo).hexdigest()
    alt = "قادة آسيا الوسطى يلتقطون صورة جماعية في قاعة القمة"
    editor = open_editor(writer, site.base_url, f"/newsroom/articles/{DROP_STORY}")
    before = posted_body(writer)
    assert digest not in before
    assert blocks(editor)[0].tag_name == "p", "the story should open with a paragraph to drop the photo under"
    opening = blocks(editor)[0].text

    writer.execute_script(DROP_PHOTO, editor, base64.b64encode(photo).decode("ascii"), "قمة-واشنطن.jpg")
    # A placeholder shows where the photo landed, named after its file, while it goes up.
    placeholder = WebDriverWait(writer, WAIT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".body-editor .desk-upload[aria-label='صورة تُرفع']"))
    assert "قمة-واشنطن.jpg" in placeholder.text
    # Then the photo waits for its description, in a dialog that has the focus.
    dialog = open_dialog(writer, "desk-details")
    assert dialog.find_element(By.TAG_NAME, "h2").text == "وصف الصورة قبل إضافتها"
    assert "قمة-واشنطن.jpg" in dialog.text
    field = dialog.find_element(By.TAG_NAME, "textarea")
    WebDriverWait(writer, WAIT).until(lambda d: d.switch_to.active_element == field)
    WebDriverWait(writer, UPLOAD_WAIT).until(lambda d: "بانتظار وصف الصورة" in placeholder.text)
    assert posted_body(writer) == before, "a placeholder is not part of the body"

    field.send_keys(alt)
    dialog.find_element(By.XPATH, ".//button[normalize-space()='أضف الصورة']").click()
    WebDriverWait(writer, UPLOAD_WAIT).until(
        lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog.desk-details"))
    # The picture block stands where the placeholder was, under the first paragraph, with its
    # thumbnail and the alt text just typed.
    WebDriverWait(writer, WAIT).until(
        lambda d: not d.find_elements(By.CSS_SELECTOR, ".body-editor .desk-upload"))
    picture = blocks(editor)[1]
    assert "desk-picture-view" in picture.get_attribute("class")
    thumbnail = picture.find_element(By.CSS_SELECTOR, "img.desk-thumbnail")
    WebDriverWait(writer, UPLOAD_WAIT).until(lambda d: has_loaded(d, thumbnail))
    assert f"/media/r/{digest}/" in thumbnail.get_attribute("src"), "the thumbnail is not the photo's"
    assert picture.find_element(By.CSS_SELECTOR, ".desk-picture-alt").text == alt
    assert blocks(editor)[0].text == opening
    assert f"[[image:{digest}]]" in posted_body(writer)

    save(writer)
    body = stored_body(writer)
    assert body.split("\n\n")[1] == f"[[image:{digest}]]", body[:400]
    # Opened again, the saved picture shows as the same block.
    editor = body_editor(writer)
    picture = editor.find_element(By.CSS_SELECTOR, "figure.desk-picture-view")
    WebDriverWait(writer, WAIT).until(
        lambda d: picture.find_element(By.CSS_SELECTOR, ".desk-picture-alt").text == alt)
    WebDriverWait(writer, UPLOAD_WAIT).until(
        lambda d: has_loaded(d, picture.find_element(By.CSS_SELECTOR, "img.desk-thumbnail")))

    # The library dialog finds it by words of its alt text.
    toolbar_button(writer, "صورة").click()
    library = open_dialog(writer, "desk-library")
    search = library.find_element(By.CSS_SELECTOR, "input[type=search]")
    WebDriverWait(writer, WAIT).until(lambda d: d.switch_to.active_element == search)
    search.send_keys("صورة جماعية")
    # The search's answer (not the latest pictures the dialog opens with) holds the photo, with
    # its thumbnail. The grid is drawn anew for each answer, so it is read in one go.
    status = library.find_element(By.XPATH, ".//ul[contains(@class, 'desk-grid')]/preceding-sibling::p[@role='status'][1]")
    WebDriverWait(writer, WAIT).until(lambda d: re.fullmatch(r"الصور: \d+", status.text))
    WebDriverWait(writer, UPLOAD_WAIT).until(lambda d: d.execute_script(
        "return [...arguments[0].querySelectorAll('ul.desk-grid button.desk-picture')].some(tile =>"
        " tile.querySelector('span').textContent === arguments[1]"
        " && tile.querySelector('img').complete && tile.querySelector('img').naturalWidth > 0)",
        library, alt))
    library.find_element(By.XPATH, ".//button[normalize-space()='إغلاق']").click()
    WebDriverWait(writer, WAIT).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog.desk-library"))


# --- 2. a related-story card ---------------------------------------------------------------

def test_a_related_card_chosen_from_the_suggestions_shows_its_headline_and_is_saved(writer, site):
    editor = open_editor(writer, site.base_url, f"/newsroom/articles/{CARD_STORY}")
    first = blocks(editor)[0]
    first.click()
    toolbar_button(writer, "خبر ذو علاقة").click()
    dialog = open_dialog(writer, "desk-stories")
    assert dialog.find_element(By.TAG_NAME, "h2").text == "بطاقة خبر ذي علاقة"
    rows = WebDriverWait(writer, WAIT).until(
        lambda d: dialog.find_elements(By.CSS_SELECTOR, "ul.desk-story-list button.desk-story"))
    status = dialog.find_element(By.CSS_SELECTOR, "p[role=status]").text
    assert status in ("المقترحة لهذا الخبر أولاً، ثم الأحدث.", "الأحدث أولاً."), status
    numbers = [int(re.search(r"رقم (\d+)$", row.find_element(By.CLASS_NAME, "desk-story-meta").text).group(1))
               for row in rows]
    assert CARD_STORY not in numbers, "the story itself is offered as its own related story"
    chosen = rows[0]
    headline = chosen.find_element(By.CLASS_NAME, "desk-story-headline").text
    story = numbers[0]
    assert headline
    chosen.click()
    WebDriverWait(writer, WAIT).until(lambda d: not d.find_elements(By.CSS_SELECTOR, "dialog.desk-stories"))

    # The card goes in under the paragraph that held the cursor and names the story.
    card = WebDriverWait(writer, WAIT).until(lambda d: editor.find_element(By.CSS_SELECTOR, "figure.desk-card"))
    assert blocks(editor)[1] == card
    WebDriverWait(writer, WAIT).until(
        lambda d: card.find_element(By.CLASS_NAME, "desk-card-headline").text == headline)
    assert f"[[related:{story}]]" in posted_body(writer).split("\n\n")

    save(writer)
    assert stored_body(writer).split("\n\n")[1] == f"[[related:{story}]]"
    card = body_editor(writer).find_element(By.CSS_SELECTOR, "figure.desk-card")
    WebDriverWait(writer, WAIT).until(
        lambda d: card.find_element(By.CLASS_NAME, "desk-card-headline").text == headline)


# --- 3. a draft comes back after the window was closed -------------------------------------

def test_an_articles_autosaved_words_come_back_after_the_window_is_closed(site):
    base = site.base_url
    words = "فقرة جديدة كتبتها قبل أن أغلق النافذة"
    more = "، ثم أكملتها في آخر لحظة."
    first = browser_for(base)
    try:
        editor = open_editor(first, base, f"/newsroom/articles/{AUTOSAVE_STORY}")
        assert not first.find_elements(By.CSS_SELECTOR, "section.autosave-offer")
        type_new_last_paragraph(first, editor, words)
        status = first.find_element(By.CSS_SELECTOR, "form.editor .editor-actions p.desk-autosave[role=status]")
        WebDriverWait(first, WAIT).until(lambda d: status.text.startswith("حُفظت مسودة تلقائياً الساعة "))
        # A few words more, and the window is closed at once, unsaved.
        editor.send_keys(more)
        WebDriverWait(first, WAIT).until(lambda d: blocks(editor)[-1].text == words + more)
        close_window(first)
    finally:
        first.quit()

    second = browser_for(base)
    try:
        editor = open_editor(second, base, f"/newsroom/articles/{AUTOSAVE_STORY}")
        offer = second.find_element(By.CSS_SELECTOR, "section.autosave-offer")
        assert offer.find_element(By.TAG_NAME, "h2").text == "مسودة محفوظة تلقائياً"
        assert words not in editor.text, "the saved story is what opens until the draft is asked for"
        offer.find_element(By.LINK_TEXT, "استعادة المسودة").click()
        WebDriverWait(second, WAIT).until(lambda d: "restore=autosave" in d.current_url)
        editor = body_editor(second)
        assert "استُعيد ما حفظه المحرر تلقائياً" in second.page_source
        assert not second.find_elements(By.CSS_SELECTOR, "section.autosave-offer")
        assert blocks(editor)[-1].text == words + more
        assert posted_body(second).endswith("\n\n" + words + more)
    finally:
        second.quit()


def test_a_new_articles_unsaved_draft_is_offered_back_in_the_same_browser(site, tmp_path):
    base = site.base_url
    profile = tmp_path / "chromium-profile"
    headline = "خبر جديد لم يُحفظ بعد عن قمة C5+1"
    words = "فقرة أولى كتبتها في خبر جديد ثم أغلقت المتصفح."
    first = browser_for(base, profile=profile)
    try:
        editor = open_editor(first, base, "/newsroom/articles/new")
        first.find_element(By.ID, "headline").send_keys(headline)
        editor.send_keys(words)
        WebDriverWait(first, WAIT).until(lambda d: posted_body(d) == words)
        close_window(first)
    finally:
        first.quit()

    second = browser_for(base, profile=profile)
    try:
        editor = open_editor(second, base, "/newsroom/articles/new")
        offer = WebDriverWait(second, WAIT).until(lambda d: d.find_element(By.CSS_SELECTOR, ".desk-offer"))
        assert "مسودة خبر جديد لم تُحفظ" in offer.text
        # Nothing is put over the empty form before the editor chooses.
        assert second.find_element(By.ID, "headline").get_attribute("value") == ""
        assert words not in editor.text
        offer.find_element(By.XPATH, ".//button[starts-with(normalize-space(), 'استعادة المسودة غير المحفوظة')]").click()
        WebDriverWait(second, WAIT).until(lambda d: not d.find_elements(By.CSS_SELECTOR, ".desk-offer"))
        assert second.find_element(By.ID, "headline").get_attribute("value") == headline
        WebDriverWait(second, WAIT).until(lambda d: editor.text == words)
        assert posted_body(second) == words
    finally:
        second.quit()


# --- 4. two members on one story -----------------------------------------------------------

def presence_bar(driver):
    return driver.find_element(By.CSS_SELECTOR, "p.desk-presence[role=status]")


def names_in_bar(driver, name: str) -> bool:
    bar = presence_bar(driver)
    return bar.is_displayed() and name in bar.text


def test_two_members_see_each_other_a_save_by_one_and_the_other_leaving(site):
    base = site.base_url
    path = f"/newsroom/articles/{SHARED_STORY}"
    huda = browser_for(base, WRITER)
    try:
        omar = browser_for(base, EDITOR)
        try:
            huda_editor = open_editor(huda, base, path)
            omar_editor = open_editor(omar, base, path)
            WebDriverWait(huda, WAIT).until(lambda d: names_in_bar(d, EDITOR[1]))
            WebDriverWait(omar, WAIT).until(lambda d: names_in_bar(d, WRITER[1]))
            assert presence_bar(omar).text == "يعمل على هذا الخبر الآن أيضاً: " + WRITER[1]
            assert WRITER[1] not in presence_bar(huda).text, "nobody is shown to themselves"

            # Omar is writing when Huda saves: his page learns of it without being reloaded, and
            # what he typed is still there.
            omar.execute_script("window.deskProbe = 'الصفحة نفسها'")
            type_new_last_paragraph(omar, omar_editor, "فقرة يكتبها عمر في أثناء ذلك.")
            type_new_last_paragraph(huda, huda_editor, "فقرة أضافتها هدى وحفظتها.")
            save(huda)
            said = f"حفظ {WRITER[1]} نسخة جديدة من الخبر (المراجعة 2)"
            WebDriverWait(omar, WAIT).until(lambda d: any(
                notice.text.startswith(said) for notice in d.find_elements(By.CSS_SELECTOR, "p.desk-newer[role=alert]")))
            notice = omar.find_element(By.CSS_SELECTOR, "p.desk-newer[role=alert]")
            assert "ما تكتبه الآن لم يضع" in notice.text
            assert omar.execute_script("return window.deskProbe") == "الصفحة نفسها"
            assert blocks(omar_editor)[-1].text == "فقرة يكتبها عمر في أثناء ذلك."

            # Huda, back on the story after her save, closes it: Omar is alone again.
            body_editor(huda)
            WebDriverWait(huda, WAIT).until(lambda d: names_in_bar(d, EDITOR[1]))
            close_window(huda)
            WebDriverWait(omar, WAIT).until(lambda d: not names_in_bar(d, WRITER[1]))
            assert not presence_bar(omar).is_displayed()
        finally:
            omar.quit()
    finally:
        huda.quit()


# --- 5. Arabic with Latin names and figures under the arrow keys ---------------------------

READ_SELECTION = """
const paragraph = arguments[0];
const selection = getSelection();
const range = selection.getRangeAt(0);
const offset = (node, at) => {
  const before = document.createRange();
  before.setStart(paragraph, 0);
  before.setEnd(node, at);
  return before.toString().length;
};
return {text: paragraph.textContent, selected: selection.toString(),
        inside: paragraph.contains(selection.anchorNode) && paragraph.contains(selection.focusNode),
        start: offset(range.startContainer, range.startOffset), end: offset(range.endContainer, range.endOffset)};
"""


def test_mixed_arabic_and_latin_text_keeps_its_order_under_home_end_and_the_arrows(writer, site):
    editor = open_editor(writer, site.base_url, "/newsroom/articles/new")
    editor.send_keys(MIXED)
    paragraph = editor.find_element(By.CSS_SELECTOR, "p")
    WebDriverWait(writer, WAIT).until(lambda d: posted_body(d) == MIXED)

    def selection():
        return writer.execute_script(READ_SELECTION, paragraph)

    # Home is the start of the line, on the right; Shift+ArrowLeft reads on into it.
    editor.send_keys(Keys.HOME)
    assert selection() == {"text": MIXED, "selected": "", "inside": True, "start": 0, "end": 0}
    editor.send_keys(Keys.SHIFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT)
    chosen = selection()
    assert chosen["inside"] and chosen["selected"] == "قمة", chosen
    # End is its end, on the left; Shift+ArrowRight takes the last word back.
    editor.send_keys(Keys.END)
    assert selection()["start"] == len(MIXED)
    editor.send_keys(Keys.SHIFT, *[Keys.ARROW_RIGHT] * 6)
    chosen = selection()
    assert chosen["inside"] and chosen["selected"] == "نوفمبر", chosen
    # Nothing moved in the text, and the body is still exactly what was typed.
    assert [block.tag_name for block in blocks(editor)] == ["p"]
    assert paragraph.text == MIXED and posted_body(writer) == MIXED

    # Words typed after the arrows land where the caret was put: six steps back from the end is
    # before the last word, four on from the start is after the first word and its space.
    editor.send_keys(Keys.END, *[Keys.ARROW_RIGHT] * 6, "من ")
    expected = "قمة C5+1 في Geneva يوم 6 من نوفمبر"
    WebDriverWait(writer, WAIT).until(lambda d: posted_body(d) == expected)
    caret = selection()
    assert (caret["selected"], caret["start"], caret["end"]) == ("", len(expected) - 6, len(expected) - 6), caret
    editor.send_keys(Keys.HOME, *[Keys.ARROW_LEFT] * 4, "دول ")
    expected = "قمة دول C5+1 في Geneva يوم 6 من نوفمبر"
    WebDriverWait(writer, WAIT).until(lambda d: posted_body(d) == expected)
    assert paragraph.text == expected
    assert selection()["start"] == len("قمة دول ")
    assert [block.tag_name for block in blocks(editor)] == ["p"]


# --- 6. the counters -----------------------------------------------------------------------

HEADLINE_70 = "قمة C5+1 في Geneva تجمع قادة آسيا الوسطى والرئيس الأمريكي يوم 6 نوفمبر"
ONE_LINE = "وصل القادة إلى Geneva صباح الخميس"  # six words


def test_the_headline_counter_warns_past_seventy_and_the_word_count_follows_the_typing(writer, site):
    assert len(HEADLINE_70) == 70
    editor = open_editor(writer, site.base_url, "/newsroom/articles/new")
    headline = writer.find_element(By.ID, "headline")
    counter = writer.find_element(By.ID, "headline-counter")
    assert "headline-counter" in headline.get_attribute("aria-describedby").split()
    assert counter.text == "عدد الأحرف: 0 · المقترح 70 على الأكثر · الحد الأقصى 200"

    headline.send_keys(HEADLINE_70)
    WebDriverWait(writer, WAIT).until(lambda d: counter.text.startswith("عدد الأحرف: 70 "))
    assert counter.get_attribute("data-level") == "ok"
    calm = counter.value_of_css_property("color")
    headline.send_keys(" 2025")
    WebDriverWait(writer, WAIT).until(lambda d: counter.text.startswith("عدد الأحرف: 75 "))
    assert counter.text == "عدد الأحرف: 75 · أطول من 70، وهو ما تُظهره محركات البحث كاملاً · الحد الأقصى 200"
    assert counter.get_attribute("data-level") == "advice"
    assert counter.value_of_css_property("color") != calm, "the warning looks like the plain count"
    # Crossing the advice is said once to a screen reader, by the status beside the counter.
    spoken = headline.find_element(By.XPATH, "following-sibling::p[@role='status'][1]")
    assert spoken.get_attribute("textContent") == "العنوان: أطول مما تُظهره محركات البحث (70)."

    words = writer.find_element(By.ID, "body-words")
    assert words.text == "عدد الكلمات: 0 · مدة القراءة: دقيقة واحدة"
    editor.send_keys(ONE_LINE)
    WebDriverWait(writer, WAIT).until(lambda d: words.text == "عدد الكلمات: 6 · مدة القراءة: دقيقة واحدة")
    # A long paragraph pasted under it brings the body to 400 words: two minutes at 200 a minute.
    editor.send_keys(Keys.END, Keys.ENTER)
    pasted = " ".join(f"كلمة{n}" for n in range(394))
    writer.execute_script(
        "const data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
        "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
        editor, pasted)
    WebDriverWait(writer, WAIT).until(lambda d: words.text == "عدد الكلمات: 400 · مدة القراءة: دقيقتان")
    # One word more typed at the end is the 401st, and a third minute.
    editor.send_keys(Keys.CONTROL, Keys.END)
    editor.send_keys(" أخيرة")
    WebDriverWait(writer, WAIT).until(lambda d: words.text == "عدد الكلمات: 401 · مدة القراءة: 3 دقائق")
