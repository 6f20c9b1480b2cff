"""What a reader sees in a real browser (headless Chromium) on the demo site."""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from conftest import REPO, http_get

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
DESKTOP = (1280, 1000)
PHONE_WIDTH, PHONE_HEIGHT = 390, 844
SCREENSHOTS = REPO / "screenshots"
ARABIC_INDIC_DIGIT = re.compile("[٠-٩]")
WESTERN_DIGIT = re.compile("[0-9]")
ARABIC_LETTER = re.compile("[\u0621-\u064A]")
ARTICLE_PATH = re.compile(r"^/[a-z-]+/\d+/[^/]+$")
WAIT = 15.0  # seconds to wait for something the page should do by itself

SECTIONS = ["world", "middle-east", "economy", "sport", "technology", "culture"]


def chrome(javascript: bool = True, performance_log: bool = False, profile: Path | None = None) -> webdriver.Chrome:
    """Headless Chromium; `profile` is a user-data folder to keep (its cookies and local storage
    are there for the next browser started on it), else Chromium makes a throwaway one."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu",
                     f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--lang=ar"):
        options.add_argument(argument)
    if profile is not None:
        options.add_argument(f"--user-data-dir={profile}")
    options.binary_location = CHROMIUM
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", **({"performance": "ALL"} if performance_log else {})})
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    return webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))


@pytest.fixture(scope="module")
def browser():
    driver = chrome()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def browser_without_javascript():
    driver = chrome(javascript=False)
    # The setting must really be off, or the test below would prove nothing.
    driver.get("data:text/html,<p id=probe>off</p><script>probe.textContent = 'on'</script>")
    assert driver.find_element(By.ID, "probe").text == "off", "JavaScript is still enabled"
    yield driver
    driver.quit()


@pytest.fixture
def desktop(browser):
    """The shared browser at desktop size with an empty console log."""
    browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
    browser.set_window_size(*DESKTOP)
    browser.get_log("browser")
    return browser


@pytest.fixture(scope="module")
def article_url(demo_site, browser) -> str:
    """The reference article (kicker "قمة C5+1"), found the way a reader finds it: on /world."""
    browser.get(demo_site.base_url + "/world")
    for teaser in browser.find_elements(By.CSS_SELECTOR, "article.teaser"):
        kickers = teaser.find_elements(By.CSS_SELECTOR, "p.kicker")
        if kickers and "C5+1" in kickers[0].text:
            href = teaser.find_element(By.CSS_SELECTOR, "h2.teaser-headline a").get_attribute("href")
            assert href.startswith(demo_site.base_url + "/world/"), href
            return href
    raise AssertionError(f"no teaser with kicker C5+1 on /world\n{browser.page_source[:3000]}")


def wait_until(condition, what: str, deadline: float = WAIT):
    end = time.monotonic() + deadline
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > end:
            raise AssertionError(f"timed out after {deadline:.0f} s waiting for {what}")
        time.sleep(0.05)


def load_every_image(driver) -> None:
    """Scrolls through the page so lazy images load, and waits until all have loaded."""
    driver.execute_script("window.scrollTo(0, document.documentElement.scrollHeight)")
    for image in driver.find_elements(By.TAG_NAME, "img"):
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", image)
    # A lazy picture scrolled past too quickly may not have started loading: each one still
    # missing is brought into view again until every picture has loaded.
    wait_until(lambda: driver.execute_script("""
        const missing = Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0));
        missing.slice(0, 1).forEach(i => i.scrollIntoView({block: 'center'}));
        return missing.length === 0;"""),
        "every image to load")
    driver.execute_script("window.scrollTo(0, 0)")


def page_top(driver, element) -> float:
    return driver.execute_script(
        "return arguments[0].getBoundingClientRect().top + window.scrollY", element)


def save_full_page(driver, name: str) -> None:
    """A screenshot of the whole page, by making the window as tall as the page."""
    SCREENSHOTS.mkdir(exist_ok=True)
    width, height = driver.get_window_size()["width"], driver.get_window_size()["height"]
    chrome_height = driver.execute_script("return window.outerHeight - window.innerHeight")
    page_height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(width, page_height + chrome_height)
    driver.save_screenshot(str(SCREENSHOTS / f"{name}.png"))
    driver.set_window_size(width, height)


def severe(entries) -> list:
    return [entry for entry in entries if entry["level"] == "SEVERE"]


# --- a. direction ---------------------------------------------------------------------

def test_the_reference_article_reads_right_to_left_in_arabic(desktop, article_url):
    """The article page declares Arabic, right-to-left, and the browser lays it out that way."""
    desktop.get(article_url)
    dir_, lang, direction = desktop.execute_script(
        "return [document.documentElement.dir, document.documentElement.lang,"
        " getComputedStyle(document.body).direction]")
    assert (dir_, lang, direction) == ("rtl", "ar", "rtl")


# --- b. the parts of the reference page, top to bottom --------------------------------

PARTS_IN_ORDER = [
    ("breaking-news ticker", "section.ticker"),
    ("logo", "header.site-header a.logo"),
    ("section navigation", "header.site-header nav.sections"),
    ("section label", "main#main article.article header.article-header a.section-label"),
    ("kicker", "main#main article.article header.article-header p.kicker"),
    ("headline", "main#main article.article header.article-header h1.headline"),
    ("summary", "main#main article.article header.article-header p.summary"),
    ("hero photo", "main#main article.article figure.hero img"),
    ("hero credit", "main#main article.article figure.hero figcaption span.credit"),
    ("byline", "main#main article.article div.article-meta p.byline"),
    ("dateline", "main#main article.article div.article-meta p.dateline"),
    ("first body paragraph", "main#main article.article div.article-body > p"),
]
RELATED_CARDS = "main#main article.article div.article-body > aside.related-card"
PARTS_AFTER_BODY = [
    ("tags", "main#main article.article footer.article-footer div.tags"),
    ("share links", "main#main article.article footer.article-footer div.share"),
    ("follow us", "main#main ~ section.follow"),
    ("site footer", "footer.site-footer"),
]


def test_the_reference_article_shows_its_parts_in_the_reference_order(desktop, article_url, demo_site):
    """Ticker, logo, sections, label, kicker, headline, summary, hero, credit, byline, dateline,
    body with three related cards, tags, share, follow us and footer come down the page in that order."""
    desktop.get(article_url)
    load_every_image(desktop)
    cards = desktop.find_elements(By.CSS_SELECTOR, RELATED_CARDS)
    assert len(cards) == 3, f"expected 3 related cards in the body, found {len(cards)}"

    positions = [(name, page_top(desktop, desktop.find_element(By.CSS_SELECTOR, selector)))
                 for name, selector in PARTS_IN_ORDER]
    positions += [(f"related card {n}", page_top(desktop, card)) for n, card in enumerate(cards, 1)]
    positions += [(name, page_top(desktop, desktop.find_element(By.CSS_SELECTOR, selector)))
                  for name, selector in PARTS_AFTER_BODY]
    for (upper, upper_top), (lower, lower_top) in zip(positions, positions[1:]):
        assert upper_top <= lower_top, (
            f"{lower} (top {lower_top:.0f}px) is above {upper} (top {upper_top:.0f}px)\n{positions}")
    assert positions[0][1] < positions[-1][1], positions

    assert "تابعونا على" in desktop.find_element(By.CSS_SELECTOR, "section.follow h2").text
    save_full_page(desktop, "article-desktop")


def test_each_related_card_sits_between_two_body_paragraphs_and_links_another_article(
        desktop, article_url, demo_site):
    """Every "أخبار ذات علاقة" card has a paragraph above and below it, a thumbnail, and a headline
    linking to a different article."""
    desktop.get(article_url)
    load_every_image(desktop)
    cards = desktop.find_elements(By.CSS_SELECTOR, RELATED_CARDS)
    assert len(cards) == 3
    targets = []
    for n, card in enumerate(cards, 1):
        above, below = desktop.execute_script("""
            const card = arguments[0], box = card.getBoundingClientRect();
            const ps = Array.from(card.parentElement.querySelectorAll(':scope > p'));
            return [ps.some(p => p.getBoundingClientRect().bottom <= box.top),
                    ps.some(p => p.getBoundingClientRect().top >= box.bottom)];""", card)
        assert above, f"related card {n} has no body paragraph above it"
        assert below, f"related card {n} has no body paragraph below it"

        link = card.find_element(By.CSS_SELECTOR, "a.related-link")
        thumbnail = link.find_element(By.TAG_NAME, "img")
        assert thumbnail.is_displayed() and desktop.execute_script(
            "return arguments[0].naturalWidth", thumbnail) > 0, f"card {n} thumbnail did not load"
        headline = link.find_element(By.CSS_SELECTOR, "span.related-headline")
        assert headline.text.strip() and ARABIC_LETTER.search(headline.text), f"card {n} headline empty"

        href = link.get_attribute("href")
        target = urlsplit(href)
        assert href.startswith(demo_site.base_url + "/") and ARTICLE_PATH.match(target.path), (
            f"card {n} links to {href}, not an article")
        assert target.path != urlsplit(article_url).path, f"card {n} links to the article itself"
        status, _ = http_get(href)
        assert status == 200, f"card {n} links to {href}, which answers {status}"
        targets.append(target.path)
    assert len(set(targets)) == 3, f"related cards repeat an article: {targets}"


# --- c. caption credit and dateline ---------------------------------------------------

def test_the_hero_caption_ends_with_the_agency_credit_in_parentheses(desktop, article_url):
    """The hero photo caption closes with "(أ ف ب)"."""
    desktop.get(article_url)
    caption = desktop.find_element(By.CSS_SELECTOR, "figure.hero figcaption")
    assert caption.text.strip().endswith("(أ ف ب)"), caption.text
    assert caption.find_element(By.CSS_SELECTOR, "span.credit").text.strip() == "(أ ف ب)"


def test_the_dateline_gives_the_hijri_date_in_arabic_indic_digits(desktop, article_url):
    """The dateline shows the Gregorian and Hijri ("هـ") dates and the time in Arabic-Indic digits."""
    desktop.get(article_url)
    dateline = desktop.find_element(By.CSS_SELECTOR, "div.article-meta p.dateline")
    text = dateline.text
    assert "هـ" in text, text
    assert ARABIC_INDIC_DIGIT.search(text), text
    assert not WESTERN_DIGIT.search(text), f"Western digits in the dateline: {text}"
    assert dateline.find_element(By.TAG_NAME, "time").get_attribute("datetime"), "time has no datetime"


# --- d. structure, images and requests ------------------------------------------------

def test_the_article_has_one_h1_and_every_image_has_alt_text_and_dimensions(desktop, article_url):
    """Exactly one h1; every img carries non-empty alt text and width and height attributes."""
    desktop.get(article_url)
    assert len(desktop.find_elements(By.TAG_NAME, "h1")) == 1
    images = desktop.find_elements(By.TAG_NAME, "img")
    assert images, "the article has no images"
    for image in images:
        src = image.get_attribute("src")
        assert (image.get_attribute("alt") or "").strip(), f"{src} has no alt text"
        for dimension in ("width", "height"):
            value = desktop.execute_script(f"return arguments[0].getAttribute('{dimension}')", image)
            assert value and value.isdigit() and int(value) > 0, f"{src} has {dimension}={value!r}"


def test_the_article_page_makes_no_request_to_another_host(desktop, article_url, demo_site):
    """Everything the page loads (styles, pictures, icon) comes from the site itself."""
    desktop.get(article_url)
    load_every_image(desktop)
    entries = desktop.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)")
    assert entries, "the page loaded no resources at all"
    elsewhere = [url for url in entries if not url.startswith(demo_site.base_url + "/")]
    assert not elsewhere, f"requests to other hosts: {elsewhere}"


# --- e. console -----------------------------------------------------------------------

@pytest.mark.parametrize("page", ["home", "article", "section", "not-found"])
def test_the_browser_console_stays_free_of_errors(desktop, demo_site, article_url, page):
    """Home, article, section and 404 pages log no errors in the browser console."""
    url = {"home": demo_site.base_url + "/", "article": article_url,
           "section": demo_site.base_url + "/world",
           "not-found": demo_site.base_url + "/no-such-page"}[page]
    desktop.get_log("browser")
    desktop.get(url)
    load_every_image(desktop)
    errors = severe(desktop.get_log("browser"))

    if page == "not-found":
        status, _ = http_get(url)
        assert status == 404, f"{url} answered {status}"
        heading = desktop.find_element(By.TAG_NAME, "h1").text
        assert ARABIC_LETTER.search(heading), f"the 404 page heading is not Arabic: {heading!r}"
        # Chromium always reports a 404 answer for the page itself; nothing else is allowed.
        errors = [e for e in errors if not (e["source"] == "network" and e["message"].startswith(url + " ")
                                            and "status of 404" in e["message"])]
    if page == "home":
        save_full_page(desktop, "home-desktop")
    assert not errors, f"console errors on {url}: {errors}"


# --- f. phone -------------------------------------------------------------------------

def test_on_a_390px_phone_the_article_fits_the_screen_and_shows_the_headline(browser, article_url):
    """At 390 CSS pixels wide nothing sticks out sideways and the headline is on screen."""
    browser.set_window_size(*DESKTOP)
    metrics = {"width": PHONE_WIDTH, "height": PHONE_HEIGHT, "deviceScaleFactor": 1, "mobile": True}
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", metrics)
    try:
        browser.get(article_url)
        load_every_image(browser)
        assert browser.execute_script("return window.innerWidth") == PHONE_WIDTH
        scroll_width, client_width = browser.execute_script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
        wide = browser.execute_script("""
            const w = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll('body *')).filter(e => {
                const r = e.getBoundingClientRect();
                return r.width > 0 && (r.right > w + 0.5 || r.left < -0.5);
            }).slice(0, 10).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                                     + ' ' + Math.round(e.getBoundingClientRect().left) + '..'
                                     + Math.round(e.getBoundingClientRect().right));""")
        assert scroll_width <= client_width, (
            f"page is {scroll_width}px wide in a {client_width}px viewport; too wide: {wide}")

        headline = browser.find_element(By.CSS_SELECTOR, "h1.headline")
        assert headline.is_displayed() and headline.text.strip()
        left, right, top, height = browser.execute_script(
            "const r = arguments[0].getBoundingClientRect(); return [r.left, r.right, r.top, r.height]",
            headline)
        assert 0 <= left and right <= client_width, f"headline spans {left}..{right} of {client_width}"
        assert 0 <= top < PHONE_HEIGHT and height > 0, f"headline not on the first screen (top {top})"

        page_height = browser.execute_script("return document.documentElement.scrollHeight")
        browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {**metrics, "height": page_height})
        SCREENSHOTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(SCREENSHOTS / "article-mobile.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})


# --- g. without JavaScript ------------------------------------------------------------

def test_without_javascript_the_article_still_shows_its_headline_and_body(
        browser_without_javascript, article_url, desktop):
    """A reader with JavaScript switched off still gets the whole article."""
    headline_text = (desktop.get(article_url),
                     desktop.find_element(By.CSS_SELECTOR, "h1.headline").text)[1]
    driver = browser_without_javascript
    driver.get(article_url)
    headline = driver.find_element(By.CSS_SELECTOR, "h1.headline")
    assert headline.is_displayed() and headline.text == headline_text
    paragraphs = driver.find_elements(By.CSS_SELECTOR, "div.article-body > p")
    assert len(paragraphs) >= 3, f"only {len(paragraphs)} body paragraphs"
    assert paragraphs[0].is_displayed() and ARABIC_LETTER.search(paragraphs[0].text)
    assert driver.find_elements(By.CSS_SELECTOR, "div.article-body aside.related-card")
