"""Moving the shared WordPress site in with `sahifa import wordpress`: the counts its README gives,
and every URL WordPress served answering one 301 to a page that answers 200."""

from __future__ import annotations

import csv
import datetime
import gzip
import http.client
import io
import sys
import urllib.parse

import pytest

from conftest import REPO, run_sahifa, start_server

sys.path.insert(0, str(REPO / "scripts"))
from shared_data import shared_folder  # noqa: E402


INTERCHANGE = shared_folder() / "interchange"
OLD_HOME = "http://127.0.0.1:8081"
NOT_PUBLIC = {"draft", "pending", "private"}
# The export's one scheduled post (2414) goes out at this time; its `?p=` leads to where it will be.
SCHEDULED_AT = datetime.datetime(2027, 1, 15, 6, 0, tzinfo=datetime.timezone.utc)


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def head(port: int, target: str) -> tuple[int, str]:
    """Status and Location of a GET, without following a redirect."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request("GET", target)
        response = connection.getresponse()
        response.read()
        return response.status, response.getheader("Location") or ""
    finally:
        connection.close()


@pytest.fixture(scope="module")
def imported(sahifa_bin, tmp_path_factory):
    folder = tmp_path_factory.mktemp("wordpress")
    database = folder / "news.sqlite"
    arguments = ("import", "wordpress", str(INTERCHANGE / "wordpress-export.xml.gz"), "--database", str(database),
                 "--uploads", str(INTERCHANGE / "uploads"), "--skip-related")
    first = run_sahifa(*arguments, cwd=folder, timeout=600)
    second = run_sahifa(*arguments, cwd=folder, timeout=600)
    return folder, database, first, second


def test_the_shared_export_comes_across_with_the_counts_its_readme_gives(imported):
    _, _, first, _ = imported
    assert first.returncode == 0, describe(first)
    # 2,405 published, 2 drafts, 1 pending, 1 private, 1 scheduled; the trashed one is skipped.
    assert "articles: 2410 new, 0 updated, 0 already there, 0 refused" in first.stdout, describe(first)
    assert "skipped 1 post in status trash" in first.stdout, describe(first)
    assert "pages: 3 new or updated" in first.stdout, describe(first)
    assert "authors: 5 new or updated" in first.stdout, describe(first)
    assert "pictures: 6 kept, 0 missing" in first.stdout, describe(first)
    assert "comments: 3 counted, not imported" in first.stdout, describe(first)


def test_a_second_run_of_the_same_export_changes_nothing_and_says_so(imported):
    _, _, _, second = imported
    assert second.returncode == 0, describe(second)
    assert "Nothing changed" in second.stdout, describe(second)
    assert "articles: 0 new, 0 updated, 2410 already there" in second.stdout, describe(second)


def test_every_url_wordpress_served_answers_one_301_to_a_page_that_answers_200(imported):
    folder, database, first, _ = imported
    assert first.returncode == 0, describe(first)
    with gzip.open(INTERCHANGE / "wordpress-urls.tsv.gz", "rt", encoding="utf-8") as source:
        rows = list(csv.DictReader(io.StringIO(source.read()), delimiter="\t"))
    assert len(rows) == 2426
    server = start_server(folder, "--database", str(database), demo=False)
    failures = []
    try:
        for row in rows:
            target = row["url"].removeprefix(OLD_HOME)
            status, location = head(server.port, target)
            if row["status"] == "trash":
                expected = (410,)
            elif row["status"] in NOT_PUBLIC:
                expected = (404,)
            else:
                expected = (301,)
            if status not in expected:
                failures.append(f"{row['post_id']} {row['kind']} {target}: {status}")
                continue
            if status != 301:
                continue
            path = urllib.parse.urlsplit(location)
            assert not path.netloc or path.netloc == f"127.0.0.1:{server.port}", location
            final, again = head(server.port, path.path + (f"?{path.query}" if path.query else ""))
            out = row["status"] != "future" or datetime.datetime.now(datetime.timezone.utc) >= SCHEDULED_AT
            if final != (200 if out else 404):
                failures.append(f"{row['post_id']} {row['kind']} {target} → {location}: {final} {again}")
    finally:
        server.stop()
    assert not failures, f"{len(failures)} of {len(rows)} URLs went wrong:\n" + "\n".join(failures[:30])


def small_export(home: str) -> str:
    """A WordPress export of one post whose featured image lives only on the old site."""
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>موقع قديم</title><link>{home}</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>{home}</wp:base_site_url>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login>r.khalil</wp:author_login>
<wp:author_email>r.khalil@example.org</wp:author_email><wp:author_display_name>رامي خليل</wp:author_display_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>news</wp:category_nicename>
<wp:category_parent></wp:category_parent><wp:cat_name>أخبار</wp:cat_name></wp:category>
<item><title>صورة الميناء</title><link>{home}/harbour/</link><wp:post_id>7</wp:post_id>
<wp:post_name>harbour</wp:post_name><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type>
<wp:attachment_url>{home}/wp-content/uploads/2026/05/harbour.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>2026/05/harbour.jpg</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>رافعات على الرصيف</wp:meta_value></wp:postmeta>
</item>
<item><title>رصيف جديد في الميناء</title><link>{home}/new-quay/</link><dc:creator>r.khalil</dc:creator>
<content:encoded><![CDATA[<!-- wp:paragraph --><p>افتُتح الرصيف صباح اليوم.</p><!-- /wp:paragraph -->]]></content:encoded>
<wp:post_id>8</wp:post_id><wp:post_date_gmt>2026-05-10 09:30:00</wp:post_date_gmt><wp:post_name>new-quay</wp:post_name>
<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="news"><![CDATA[أخبار]]></category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>7</wp:meta_value></wp:postmeta>
</item></channel></rss>
"""


def test_pictures_are_fetched_from_the_old_site_only_when_asked(sahifa_bin, tmp_path):
    """Without --fetch-media nothing is downloaded and the post comes in without its picture; with it,
    the picture is fetched from the old site, checked, and becomes the hero."""
    import functools
    import http.server
    import threading

    served = tmp_path / "old-site"
    (served / "wp-content").mkdir(parents=True)
    (served / "wp-content" / "uploads").symlink_to(REPO / "Tests" / "SahifaWordPressTests" / "Fixtures" / "uploads")
    requests = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            requests.append(self.path)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(served)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        export = tmp_path / "export.xml"
        export.write_text(small_export(f"http://127.0.0.1:{server.server_address[1]}"), encoding="utf-8")
        database = tmp_path / "news.sqlite"
        plain = run_sahifa("import", "wordpress", str(export), "--database", str(database), "--skip-related", cwd=tmp_path)
        assert plain.returncode == 0, describe(plain)
        assert "pictures: 0 kept, 1 missing" in plain.stdout, describe(plain)
        assert requests == [], requests
        fetched = run_sahifa("import", "wordpress", str(export), "--database", str(database), "--fetch-media",
                             "--skip-related", cwd=tmp_path)
        assert fetched.returncode == 0, describe(fetched)
        assert "pictures: 1 kept, 0 missing" in fetched.stdout, describe(fetched)
        assert "articles: 0 new, 1 updated" in fetched.stdout, describe(fetched)
        assert any(path.endswith("/harbour.jpg") for path in requests), requests
    finally:
        server.shutdown()
