"""Issue 20 in a real browser: an article with a camera-sized hero photo and a photo further
down the body, read at a phone's 390 px (three device pixels to each) and at 1440 px. The
browser must fetch one rendition per picture it shows and nothing it does not, the hero must
be the largest paint and carry fetchpriority, nothing may shift, and on the phone the
pictures must cost at most a tenth of the originals."""

from __future__ import annotations

import json
import re
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from conftest import assert_graceful_shutdown, start_server
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database, upload
from test_reader_in_browser import WAIT, chrome

import sys
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from shared_data import shared_folder  # noqa: E402

UPLOADS = shared_folder() / "interchange" / "uploads" / "2026" / "12"
RENDITION = re.compile(r"/media/r/([0-9a-f]{64})/r1-(o|16x9|4x3|1x1|40x21)-(\d+)-a\.(avif|webp|jpg)$")
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 3, "mobile": True}
DESKTOP = {"width": 1440, "height": 900, "deviceScaleFactor": 1, "mobile": False}


def camera_photo(source: Path, scale: float, target: Path) -> bytes:
    """A camera-sized JPEG made from a shared photo by libvips's own command."""
    subprocess.run(["vips", "resize", str(source), f"{target}[Q=92]", str(scale)], check=True, timeout=120)
    return target.read_bytes()


@pytest.fixture(scope="module")
def story(sahifa_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("pictures")
    database = prepare_demo_database(folder)
    server = start_server(folder / "serving", "--database", database, "--upload-limit-mb", "40",
                          demo=False)
    token = api_token(server)
    # 6540 × 3679 (24 megapixels) and 4000 × 2250: what an agency photographer sends.
    hero_bytes = camera_photo(UPLOADS / "wpbench-cover.jpg", 5.45, folder / "hero.jpg")
    figure_bytes = camera_photo(UPLOADS / "wpbench-inline.jpg", 3.34, folder / "figure.jpg")
    hero = upload(server.base_url, token, hero_bytes, "قادة آسيا الوسطى والرئيس الأمريكي في القاعة")
    figure = upload(server.base_url, token, figure_bytes, "خريطة طرق السكك الحديدية في المنطقة")
    api = NewsroomAPI(server.base_url, token)
    related = api.call("GET", "/api/v1/search?q=" + urllib.parse.quote("آسيا الوسطى"))["results"][:2]
    paragraphs = "\n\n".join(
        f"فقرة {n} من تغطية القمة: تناول القادة صفقات الطيران والسكك الحديدية والمعادن، "
        "وقال مسؤولون إن الاستثمارات قد تتجاوز مئة مليار دولار في العقد المقبل." for n in range(1, 13))
    body = (paragraphs + "\n\n" + "\n\n".join(f"[[related:{item['id']}]]" for item in related)
            + "\n\n" + paragraphs + f"\n\n[[image:{figure['hash']}]]\n\nفقرة أخيرة بعد الصورة.")
    article = api.publish("قمة C5+1 في البيت الأبيض: صفقات بخمسة وعشرين مليار دولار", section="world",
                          summary="الرئيس الأمريكي يستقبل قادة آسيا الوسطى الخمسة.", body_markdown=body,
                          hero=hero["hash"], tags=["آسيا الوسطى"])
    yield {"server": server, "url": server.base_url + urllib.parse.urlparse(article["url"]).path, "hero": hero, "figure": figure,
           "original_bytes": len(hero_bytes), "figure_bytes": len(figure_bytes)}
    assert_graceful_shutdown(server)


@pytest.fixture(scope="module")
def browser():
    driver = chrome()
    yield driver
    driver.quit()


def load(browser, url: str, screen: dict) -> list[dict]:
    """The page at `screen`, from an empty cache; the pictures the browser fetched for it."""
    browser.execute_cdp_cmd("Network.enable", {})
    browser.execute_cdp_cmd("Network.clearBrowserCache", {})
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", screen)
    browser.get(url)
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if browser.execute_script(
                "return document.readyState === 'complete' && [...document.images]"
                ".filter(i => i.loading !== 'lazy' || i.getBoundingClientRect().top < innerHeight)"
                ".every(i => i.complete)"):
            break
        time.sleep(0.1)
    return media_fetched(browser)


def media_fetched(browser) -> list[dict]:
    return browser.execute_script(
        "return performance.getEntriesByType('resource').filter(e => new URL(e.name).pathname.startsWith('/media/'))"
        ".map(e => ({path: new URL(e.name).pathname, bytes: e.encodedBodySize}))")


def paint_and_shift(browser) -> dict:
    return browser.execute_async_script(
        "const done = arguments[arguments.length - 1]; let largest = null; let shift = 0;"
        "new PerformanceObserver(l => { for (const e of l.getEntries()) largest = e; })"
        ".observe({type: 'largest-contentful-paint', buffered: true});"
        "new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) shift += e.value; })"
        ".observe({type: 'layout-shift', buffered: true});"
        "setTimeout(() => done({tag: largest && largest.element ? largest.element.tagName : null,"
        " src: largest && largest.element ? largest.element.currentSrc : null,"
        " priority: largest && largest.element ? largest.element.getAttribute('fetchpriority') : null,"
        " shift: shift}), 500);")


@pytest.mark.parametrize("screen,hero_width", [(PHONE, 1280), (DESKTOP, 960)], ids=["phone-390", "desktop-1440"])
def test_only_the_renditions_shown_are_fetched_and_the_hero_paints_first_without_a_shift(
        browser, story, screen, hero_width):
    # Drawings (the logo, the demo's illustrations) are served as they are stored.
    fetched = [item for item in load(browser, story["url"], screen) if not item["path"].endswith(".svg")]
    hero = story["hero"]["hash"]
    renditions = [RENDITION.search(item["path"]) for item in fetched]
    assert all(renditions), f"an original or an unknown file was fetched: {fetched}"
    pictures = [match.group(1) for match in renditions]
    assert len(pictures) == len(set(pictures)), f"a picture came twice: {fetched}"
    # The hero, as AVIF at 16:9, as wide as its slot in device pixels needs; the body's photo
    # is far below the fold and not fetched at all.
    lead = next(match for match in renditions if match.group(1) == hero)
    assert (lead.group(2), int(lead.group(3)), lead.group(4)) == ("16x9", hero_width, "avif"), fetched
    assert story["figure"]["hash"] not in pictures
    seen = paint_and_shift(browser)
    assert seen["tag"] == "IMG" and seen["priority"] == "high", seen
    assert RENDITION.search(urllib.parse.urlparse(seen["src"]).path).group(1) == hero, seen
    assert seen["shift"] == 0, seen

    # Scrolled to the end, the body's photo arrives: one rendition, as framed.
    browser.execute_script("document.querySelector('.body-image').scrollIntoView()")
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and story["figure"]["hash"] not in str(media_fetched(browser)):
        time.sleep(0.1)
    figures = [RENDITION.search(item["path"]) for item in media_fetched(browser)
               if story["figure"]["hash"] in item["path"]]
    assert len(figures) == 1 and figures[0].group(2) == "o" and figures[0].group(4) == "avif", figures


def test_on_a_phone_the_pictures_cost_a_tenth_of_the_originals_or_less(browser, story):
    fetched = load(browser, story["url"], PHONE)
    browser.execute_script("document.querySelector('.body-image').scrollIntoView()")
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline and story["figure"]["hash"] not in str(media_fetched(browser)):
        time.sleep(0.1)
    photos = (story["hero"]["hash"], story["figure"]["hash"])
    sent = sum(item["bytes"] for item in media_fetched(browser) if any(p in item["path"] for p in photos))
    originals = story["original_bytes"] + story["figure_bytes"]
    # scripts/bench/picture-bytes.sh prints this line for docs/PERFORMANCE.md.
    print(f"\nphone 390 px at 3x: {sent} bytes of renditions for the two photos, against {originals} bytes of "
          f"originals: {sent / originals:.3f}")
    assert 0 < sent <= originals / 10, f"{sent} bytes of renditions against {originals} of originals"
