"""An editor's day in a real browser (headless Chromium): sign in, write, use the helpers, publish."""

from __future__ import annotations

import subprocess

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

from conftest import clean_env, run_sahifa, sahifa_binary, start_server
from test_reader_in_browser import WAIT, chrome

PASSWORD = "عبارة مرور المحررة"
HEADLINE = "قمة C5+1 تجمع 5 رؤساء في Washington يوم 6 نوفمبر"


def demo_newsroom(folder, email: str, name: str, password: str):
    """A server on a new demo site with one editor account."""
    database = folder / "news.sqlite"
    assert run_sahifa("demo", "--database", str(database), cwd=folder).returncode == 0
    added = subprocess.run(
        [str(sahifa_binary()), "user", "add", "--database", str(database), "--email", email,
         "--name", name, "--role", "editor"],
        input=password + "\n", text=True, capture_output=True, env=clean_env(), timeout=120)
    assert added.returncode == 0, added.stderr
    return start_server(folder / "serve", "--database", str(database), demo=False)


@pytest.fixture(scope="module")
def newsroom_site(sahifa_bin, tmp_path_factory):
    server = demo_newsroom(tmp_path_factory.mktemp("newsroom"), "desk@example.org", "محررة الدسك", PASSWORD)
    yield server
    server.stop()


def test_an_editor_writes_mixed_text_inserts_a_related_card_and_publishes(newsroom_site):
    """Arabic with Latin names and figures keeps its order; the card button inserts a directive; the story goes out."""
    driver = chrome()
    try:
        base = newsroom_site.base_url
        driver.get(base + "/newsroom/login")
        driver.find_element(By.ID, "email").send_keys("desk@example.org")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url.endswith("/newsroom"))
        assert "أهلاً محررة الدسك" in driver.page_source

        driver.get(base + "/newsroom/articles/new")
        driver.find_element(By.ID, "headline").send_keys(HEADLINE)
        Select(driver.find_element(By.ID, "section")).select_by_value("world")
        # The structured editor stands in for the text area, which stays in the form, hidden,
        # and carries what is typed as the body format.
        assert not driver.find_element(By.ID, "body").is_displayed()
        body_editor(driver).send_keys("فقرة أولى عن الاتفاقات مع Boeing بقيمة 8.5 مليار دولار.")
        assert driver.find_element(By.ID, "body").get_attribute("value") == (
            "فقرة أولى عن الاتفاقات مع Boeing بقيمة 8.5 مليار دولار.")
        driver.find_element(By.CSS_SELECTOR, "button[value=save]").click()
        WebDriverWait(driver, WAIT).until(lambda d: "الحالة: مسودة" in d.page_source)

        # dir="auto" on the body textarea gives each paragraph its own direction (the browser's
        # unicode-bidi: plaintext), so a paragraph that starts with a Latin name stays readable.
        body = driver.find_element(By.ID, "body")
        assert body.get_attribute("dir") == "auto"
        assert driver.execute_script("return getComputedStyle(arguments[0]).unicodeBidi", body) == "plaintext"
        headline = driver.find_element(By.ID, "headline")
        assert headline.get_attribute("value") == HEADLINE
        assert driver.execute_script("return arguments[0].matches(':dir(rtl)')", headline)
        driver.find_element(By.CSS_SELECTOR, "details.seo summary").click()
        slug = driver.find_element(By.ID, "slug")
        slug.clear()
        slug.send_keys("c5-summit")
        assert driver.execute_script("return arguments[0].matches(':dir(ltr)')", slug)

        card = driver.find_element(By.CSS_SELECTOR, "button[data-insert]")
        directive = card.get_attribute("data-insert")
        card.click()
        assert directive in driver.find_element(By.ID, "body").get_attribute("value")
        driver.find_element(By.CSS_SELECTOR, "button[value=save]").click()
        WebDriverWait(driver, WAIT).until(lambda d: "المراجعة 2" in d.page_source)

        driver.find_element(By.XPATH, "//button[normalize-space()='نشر الآن']").click()
        WebDriverWait(driver, WAIT).until(lambda d: "الحالة: منشور" in d.page_source)
        driver.find_element(By.LINK_TEXT, "عرض في الموقع").click()
        WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
        title = driver.find_element(By.TAG_NAME, "h1")
        assert title.text == HEADLINE
        assert driver.execute_script("return arguments[0].matches(':dir(rtl)')", title)
        card_id = directive.removeprefix("[[related:").removesuffix("]]")
        cards = driver.find_elements(By.CSS_SELECTOR, "article aside.related-card a.related-link")
        assert any(f"/{card_id}/" in link.get_attribute("href") for link in cards), "the inline card is missing"
    finally:
        driver.quit()


def body_editor(driver):
    """The structured body editor's writing area, once it has started."""
    return WebDriverWait(driver, WAIT).until(
        lambda d: d.find_element(By.CSS_SELECTOR, ".body-editor [contenteditable=true]"))


def press_until(driver, matches, key=Keys.TAB, limit: int = 80):
    """Presses `key` on whatever has the focus until the focused element `matches`, as someone
    without a mouse moves through a page; fails if it never gets there."""
    for _ in range(limit):
        focused = driver.switch_to.active_element
        if matches(focused):
            return focused
        focused.send_keys(key)
    raise AssertionError("the keyboard never reached the element")


def test_an_editor_writes_saves_and_publishes_with_the_keyboard_alone(newsroom_site):
    """Sign-in, the dashboard's menu, the editor's fields and its buttons are all reached with Tab
    and used with typing and Enter: no step needs a mouse."""
    driver = chrome()
    try:
        base = newsroom_site.base_url
        headline = "خبر كُتب بلوحة المفاتيح وحدها"
        driver.get(base + "/newsroom/login")
        press_until(driver, lambda e: e.get_attribute("id") == "email").send_keys("desk@example.org")
        press_until(driver, lambda e: e.get_attribute("id") == "password").send_keys(PASSWORD + Keys.ENTER)
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url.endswith("/newsroom"))

        press_until(driver, lambda e: (e.get_attribute("href") or "").endswith("/newsroom/articles/new"))
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, WAIT).until(lambda d: d.current_url.endswith("/newsroom/articles/new"))
        press_until(driver, lambda e: e.get_attribute("id") == "headline").send_keys(headline)
        section = press_until(driver, lambda e: e.get_attribute("id") == "section")
        for _ in range(12):
            if Select(section).first_selected_option.get_attribute("value") == "world":
                break
            section.send_keys(Keys.ARROW_DOWN)
        assert Select(section).first_selected_option.get_attribute("value") == "world"
        press_until(driver, lambda e: e.get_attribute("contenteditable") == "true").send_keys("فقرة كُتبت دون فأرة.")
        press_until(driver, lambda e: e.get_attribute("value") == "save" and e.tag_name == "button")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, WAIT).until(lambda d: "الحالة: مسودة" in d.page_source)

        press_until(driver, lambda e: e.tag_name == "button" and e.text.strip() == "نشر الآن")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, WAIT).until(lambda d: "الحالة: منشور" in d.page_source)
        press_until(driver, lambda e: e.tag_name == "a" and e.text.strip() == "عرض في الموقع")
        driver.switch_to.active_element.send_keys(Keys.ENTER)
        WebDriverWait(driver, WAIT).until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
        assert driver.find_element(By.TAG_NAME, "h1").text == headline
    finally:
        driver.quit()
