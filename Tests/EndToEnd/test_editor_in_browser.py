"""Issue 21's structured body editor in Chromium: it stands in for the text area without
changing a body it was not asked to change, and rich text pasted from a word processor arrives
in the body format with its headings, emphasis and links and without its styles."""

from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from test_newsroom_in_browser import body_editor, demo_newsroom
from test_reader_in_browser import WAIT, chrome

PASSWORD = "عبارة مرور محرر النص"

# What Google Docs puts on the clipboard, in short: a bold wrapper that is not bold, styled spans.
PASTED = ('<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1">'
          '<h2 dir="rtl"><span style="font-size:16pt;font-family:Arial">ردود الفعل</span></h2>'
          '<p dir="rtl"><span style="font-weight:700">قال</span><span style="font-weight:400"> المتحدث إن '
          '</span><a href="https://example.org/report"><span style="color:#1155cc">التقرير</span></a>'
          '<span> صدر في Geneva.</span></p></b>')


@pytest.fixture(scope="module")
def driver(sahifa_bin, tmp_path_factory):
    server = demo_newsroom(tmp_path_factory.mktemp("editor"), "writer@example.org", "كاتب", PASSWORD)
    browser = chrome()
    browser.base = server.base_url
    browser.get(server.base_url + "/newsroom/login")
    browser.find_element(By.ID, "email").send_keys("writer@example.org")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, WAIT).until(lambda d: d.current_url.endswith("/newsroom"))
    yield browser
    browser.quit()
    server.stop()


def test_a_stored_body_is_posted_as_it_came_when_nothing_was_changed(driver):
    # The demo story with a picture in its body, and subheadings.
    for story in range(1, 40):
        driver.get(driver.base + f"/newsroom/articles/{story}")
        stored = driver.execute_script("return document.getElementById('body').defaultValue")
        if "[[image:" in stored and "\n## " in stored:
            break
    else:
        pytest.fail("no demo story has a picture and subheadings")
    editor = body_editor(driver)
    assert editor.find_elements(By.CSS_SELECTOR, "[data-hash], img, figure"), "the picture shows as a block"
    assert editor.find_elements(By.TAG_NAME, "h2"), "subheadings show as subheadings"
    assert driver.find_element(By.ID, "body").get_attribute("value") == stored


def test_rich_text_pasted_from_a_word_processor_arrives_in_the_body_format(driver):
    driver.get(driver.base + "/newsroom/articles/new")
    driver.find_element(By.ID, "headline").send_keys("خبر بنص ملصوق")
    Select(driver.find_element(By.ID, "section")).select_by_value("world")
    editor = body_editor(driver)
    editor.click()
    driver.execute_script(
        "const data = new DataTransfer(); data.setData('text/html', arguments[1]);"
        "data.setData('text/plain', 'ردود الفعل');"
        "arguments[0].dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));",
        editor, PASTED)
    WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.ID, "body").get_attribute("value"))
    assert driver.find_element(By.ID, "body").get_attribute("value") == (
        "## ردود الفعل\n\n**قال** المتحدث إن [التقرير](https://example.org/report) صدر في Geneva.")
    assert "font-size" not in editor.get_attribute("innerHTML")
    driver.find_element(By.CSS_SELECTOR, "button[value=save]").click()
    WebDriverWait(driver, WAIT).until(lambda d: "الحالة: مسودة" in d.page_source)
    assert driver.execute_script("return document.getElementById('body').defaultValue") == (
        "## ردود الفعل\n\n**قال** المتحدث إن [التقرير](https://example.org/report) صدر في Geneva.")
