"""Feeds, sitemaps, HTTP caching and live news as feed readers, crawlers, CDNs and open
browser tabs meet them, on the real binary."""

from __future__ import annotations

import http.client
import http.server
import json
import re
import threading
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

import feedparser
import pytest

from conftest import http_get, start_server, assert_graceful_shutdown
from live_stream import open_live, read_event
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database

FEEDS = ["/feed.xml", "/atom.xml", "/feed.json"]
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def lists_of(base_url: str) -> list[str]:
    """The site, one section, one tag and one author, as the home page links them."""
    article = re.search(r'href="(/world/\d+/[^"]+)"', http_get(base_url + "/world")[1]).group(1)
    page = http_get(base_url + article)[1]
    tag = re.search(r'href="(/tag/[^"]+)"', page).group(1)
    author = re.search(r'href="(/author/[^"]+)"', page).group(1)
    return ["", "/world", tag, author]


def check_json_feed(url: str) -> None:
    """JSON Feed 1.1's rules, which feedparser (6.0) does not read: the version, a title, and
    items with an id, content, RFC 3339 dates and absolute URLs."""
    status, text = http_get(url)
    assert status == 200
    feed = json.loads(text)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] and feed["language"] == "ar" and feed["feed_url"] == url
    assert feed["items"], f"{url} has no items"
    for item in feed["items"]:
        assert item["id"] and item["url"].startswith("http")
        assert item.get("content_html") or item.get("content_text")
        for key in ["date_published", "date_modified"]:
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", item[key]), item[key]
        assert all(author["name"] and author["url"].startswith("http") for author in item["authors"])
    assert any(item.get("image") for item in feed["items"]), f"{url}: no item carries its picture"


def test_every_feed_parses_with_its_items_dates_pictures_and_language(demo_site):
    """RSS and Atom read by feedparser, JSON Feed checked against its specification, for the
    site, a section, a tag and an author."""
    for list_path in lists_of(demo_site.base_url):
        html_status, page = http_get(demo_site.base_url + (list_path or "/"))
        assert html_status == 200
        for feed_path in FEEDS:
            url = demo_site.base_url + list_path + feed_path
            assert f'href="{url}"' in page, f"{list_path or '/'} does not announce {url}"
            if feed_path == "/feed.json":
                check_json_feed(url)
                continue
            feed = feedparser.parse(url)
            assert not feed.bozo, f"{url}: {feed.get('bozo_exception')}"
            assert feed.status == 200
            assert feed.feed.get("language", "").startswith("ar"), url
            assert feed.entries, f"{url} has no items"
            for entry in feed.entries:
                assert entry.title and entry.link.startswith(demo_site.base_url + "/"), url
                assert entry.get("published_parsed"), f"{url}: {entry.title} has no date"
                assert entry.get("summary"), url
            dated = [time.mktime(entry.published_parsed) for entry in feed.entries]
            assert dated == sorted(dated, reverse=True), f"{url} is not newest first"
            with_picture = [entry for entry in feed.entries
                            if entry.get("enclosures") or entry.get("media_content") or entry.get("image")]
            assert with_picture, f"{url}: no item carries its picture"
            assert any(entry.get("content") for entry in feed.entries), f"{url}: no full text"


def test_feed_items_match_the_section_page(demo_site):
    """A section's feed carries exactly the section's newest stories, linked to their pages."""
    feed = feedparser.parse(demo_site.base_url + "/world/feed.xml")
    page = http_get(demo_site.base_url + "/world")[1]
    for entry in feed.entries:
        path = urllib.parse.urlsplit(entry.link).path
        assert f'href="{path}"' in page, f"{path} is in the feed but not on /world"
        assert entry.tags and entry.tags[0].term == "العالم"


def test_sitemaps_are_valid_and_reach_every_article(demo_site):
    """The index, each part it names, the news sitemap and robots.txt."""
    index = ElementTree.fromstring(http_get(demo_site.base_url + "/sitemap.xml")[1].encode())
    assert index.tag == SITEMAP + "sitemapindex"
    urls = []
    for location in index.iter(SITEMAP + "loc"):
        part = ElementTree.fromstring(http_get(location.text)[1].encode())
        assert part.tag == SITEMAP + "urlset"
        urls += [loc.text for loc in part.iter(SITEMAP + "loc")]
    articles = [url for url in urls if url.count("/") >= 5]
    assert len(articles) >= 24
    for url in articles[:5]:
        assert http_get(url)[0] == 200, url
    news = ElementTree.fromstring(http_get(demo_site.base_url + "/news-sitemap.xml")[1].encode())
    assert news.tag == SITEMAP + "urlset"
    robots = http_get(demo_site.base_url + "/robots.txt")[1]
    assert f"Sitemap: {demo_site.base_url}/sitemap.xml" in robots
    assert f"Sitemap: {demo_site.base_url}/news-sitemap.xml" in robots


def test_a_cached_page_is_answered_before_the_router_with_the_same_headers(demo_site):
    """The second request is a hit from the fast path: same bytes, validators, security headers."""
    path = "/world"
    first = urllib.request.urlopen(demo_site.base_url + path, timeout=10)
    body = first.read()
    second = urllib.request.urlopen(demo_site.base_url + path, timeout=10)
    assert second.headers["Sahifa-Cache"] == "hit"
    assert second.read() == body
    for header in ["ETag", "Last-Modified", "Cache-Control", "Surrogate-Key", "Content-Security-Policy",
                   "X-Content-Type-Options", "Referrer-Policy", "Content-Type"]:
        assert second.headers[header] and second.headers[header] == first.headers[header], header
    assert second.headers["Date"], "the fast path must send a Date header"
    connection = http.client.HTTPConnection("127.0.0.1", demo_site.port, timeout=10)
    connection.request("GET", path, headers={"If-None-Match": first.headers["ETag"]})
    unchanged = connection.getresponse()
    assert unchanged.status == 304 and unchanged.read() == b""
    connection.request("HEAD", path)
    head = connection.getresponse()
    assert head.status == 200 and head.read() == b"" and head.headers["Content-Length"] == str(len(body))


class PurgeCatcher(http.server.BaseHTTPRequestHandler):
    """A stand-in CDN purge endpoint that remembers what it was told."""
    received: list[tuple[str, dict]] = []

    def do_POST(self):  # noqa: N802 (the standard library's name)
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        PurgeCatcher.received.append((self.headers["Surrogate-Key"], body))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def test_live_readers_get_breaking_news_and_a_reconnect_misses_nothing(sahifa_bin, tmp_path):
    """An item posted while a reader is away arrives when it reconnects with its last id, then an
    edit of a published story arrives as an "updated" notice; the CDN purge hook is told the keys;
    the server still stops gracefully with readers connected."""
    catcher = http.server.HTTPServer(("127.0.0.1", 0), PurgeCatcher)
    threading.Thread(target=catcher.serve_forever, daemon=True).start()
    database = prepare_demo_database(tmp_path / "site")
    server = start_server(tmp_path / "site", "--database", str(database), demo=False,
                          *["--cdn-purge-url", f"http://127.0.0.1:{catcher.server_port}/purge"])
    try:
        api = NewsroomAPI(server.base_url, api_token(server))
        sock, stream = open_live(server.port)
        api.call("POST", "/api/v1/breaking", {"text": "خبر عاجل أول"})
        first = read_event(stream, time.monotonic() + 10)
        assert first["event"] == "breaking" and "خبر عاجل أول" in first["data"]
        sock.close()

        api.call("POST", "/api/v1/breaking", {"text": "خبر عاجل ثان"})
        published = api.publish("خبر جديد من المكتب")
        sock, stream = open_live(server.port, last_event_id=first["id"])
        missed = read_event(stream, time.monotonic() + 10)
        assert missed["event"] == "breaking" and int(missed["id"]) == int(first["id"]) + 1
        assert "خبر عاجل ثان" in missed["data"] and "خبر عاجل أول" in missed["data"]
        api.call("PUT", f"/api/v1/articles/{published['id']}",
                 {"headline": "خبر جديد من المكتب بعد التحديث", "section": "world", "revision": published["revision"]})
        deadline = time.monotonic() + 10
        event = read_event(stream, deadline)
        while event["event"] != "updated":
            event = read_event(stream, deadline)
        assert json.loads(event["data"])["id"] == published["id"]

        deadline = time.monotonic() + 10
        while not any(f"article-{published['id']}" in (keys or "") for keys, _ in PurgeCatcher.received):
            assert time.monotonic() < deadline, f"no purge for the article: {PurgeCatcher.received}"
            time.sleep(0.05)
        keys, body = next((k, b) for k, b in PurgeCatcher.received if f"article-{published['id']}" in k)
        assert "home" in keys.split() and "home" in body["surrogate_keys"]
        assert any(keys.split() == ["breaking"] for keys, _ in PurgeCatcher.received)
        home = http_get(server.base_url + "/")[1]
        assert "خبر جديد من المكتب بعد التحديث" in home and "خبر عاجل ثان" in home
    finally:
        assert_graceful_shutdown(server)
        catcher.shutdown()
