"""Issue 21's embeds in a real browser: an article quoting a YouTube video and a post on X. The
page must fetch nothing from either network until the reader presses the button, and then
put the network's frame (YouTube's privacy-enhanced host) in place of the placeholder. Without
JavaScript the reader still has the link to the post."""

from __future__ import annotations

import json
import urllib.parse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import assert_graceful_shutdown, start_server
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database
from test_reader_in_browser import WAIT, chrome

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
POST = "https://x.com/AJArabic/status/1856000000000000001"


@pytest.fixture(scope="module")
def story(sahifa_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("embeds")
    server = start_server(folder / "serving", "--database", prepare_demo_database(folder), demo=False)
    api = NewsroomAPI(server.base_url, api_token(server))
    article = api.publish(
        "مؤتمر صحفي بعد القمة", section="world", summary="ما قاله المتحدثون بعد الجلسة الختامية.",
        body_markdown=f"قال المتحدث في مؤتمر صحفي:\n\n[[embed:{VIDEO}]]\n\nوكتب على حسابه:\n\n[[embed:{POST}]]")
    yield server.base_url + urllib.parse.urlparse(article["url"]).path
    assert_graceful_shutdown(server)


def third_party_requests(driver) -> list[str]:
    entries = [json.loads(entry["message"])["message"] for entry in driver.get_log("performance")]
    return [entry["params"]["request"]["url"] for entry in entries
            if entry["method"] == "Network.requestWillBeSent"
            and not entry["params"]["request"]["url"].startswith(("http://127.0.0.1", "data:"))]


def test_nothing_loads_from_a_network_until_the_reader_asks(story):
    driver = chrome(performance_log=True)
    try:
        driver.get(story)
        figures = driver.find_elements(By.CSS_SELECTOR, "figure.embed")
        assert [figure.get_attribute("data-network") for figure in figures] == ["youtube", "x"]
        assert driver.find_elements(By.TAG_NAME, "iframe") == []
        assert third_party_requests(driver) == []
        button = figures[0].find_element(By.TAG_NAME, "button")
        assert button.is_displayed() and button.text == "اعرضه هنا"
        button.click()
        frame = WebDriverWait(driver, WAIT).until(lambda d: d.find_element(By.CSS_SELECTOR, "iframe.embed-youtube"))
        assert frame.get_attribute("src") == "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
        assert "allow-scripts" in frame.get_attribute("sandbox")
        # The other post is still a placeholder.
        assert len(driver.find_elements(By.TAG_NAME, "iframe")) == 1
    finally:
        driver.quit()


def test_without_javascript_the_reader_has_the_link(story):
    driver = chrome(javascript=False)
    try:
        driver.get(story)
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "figure.embed a")]
        assert links == [VIDEO, POST]
        assert not driver.find_element(By.CSS_SELECTOR, "figure.embed button").is_displayed()
    finally:
        driver.quit()
