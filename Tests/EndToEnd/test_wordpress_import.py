"""Moving the shared WordPress site in with `sahifa import wordpress`: the counts its README gives,
and every URL WordPress served answering one 301 to a page that answers 200."""

from __future__ import annotations

import csv
import gzip
import http.client
import io
import os
import urllib.parse
from pathlib import Path

import pytest

from conftest import REPO, run_sahifa, start_server


def shared_folder() -> Path:
    """The workplace's shared test data: $SAHIFA_SHARED, else ../shared beside the checkout,
    else /work/shared (where CI's clone of the repository lives elsewhere)."""
    for candidate in (os.environ.get("SAHIFA_SHARED"), REPO.parent / "shared", "/work/shared"):
        if candidate and (Path(candidate) / "interchange").is_dir():
            return Path(candidate)
    raise RuntimeError("the shared test data is missing: set SAHIFA_SHARED to the folder that holds interchange/")


INTERCHANGE = shared_folder() / "interchange"
OLD_HOME = "http://127.0.0.1:8081"
NOT_PUBLIC = {"draft", "pending", "private", "future"}


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
            if final != 200:
                failures.append(f"{row['post_id']} {row['kind']} {target} → {location}: {final} {again}")
    finally:
        server.stop()
    assert not failures, f"{len(failures)} of {len(rows)} URLs went wrong:\n" + "\n".join(failures[:30])
