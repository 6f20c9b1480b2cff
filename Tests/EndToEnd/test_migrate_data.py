"""`sahifa migrate-data`: a newsroom that outgrows one machine moves its SQLite database to
PostgreSQL and is served from there. Runs when SAHIFA_TEST_POSTGRES names a server
(scripts/test starts one)."""

from __future__ import annotations

import sqlite3
import urllib.parse

import pytest

from conftest import POSTGRES_SERVER, assert_graceful_shutdown, http_get, psql, run_sahifa, start_server

pytestmark = pytest.mark.skipif(not POSTGRES_SERVER, reason="needs a PostgreSQL server in SAHIFA_TEST_POSTGRES")


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


@pytest.fixture
def demo_newsroom(sahifa_bin, tmp_path):
    """A SQLite demo newsroom and its newest published article (section, id, slug, headline)."""
    result = run_sahifa("demo", "--database", "news.sqlite", cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    with sqlite3.connect(tmp_path / "news.sqlite") as db:
        article = db.execute(
            "SELECT s.slug, a.id, a.slug, a.headline FROM articles a JOIN sections s ON s.id = a.section_id "
            "WHERE a.status = 'published' ORDER BY a.published_at DESC LIMIT 1"
        ).fetchone()
    return tmp_path / "news.sqlite", article


def test_a_sqlite_newsroom_moves_to_postgresql_and_is_served_from_there(demo_newsroom, empty_postgres_database, tmp_path):
    database, (section, article_id, slug, headline) = demo_newsroom
    result = run_sahifa("migrate-data", "--from", str(database), "--to", empty_postgres_database, "--batch-size", "7",
                        cwd=tmp_path, timeout=120)
    assert result.returncode == 0, describe(result)
    assert "Verified: every table has the same rows and checksum" in result.stdout, describe(result)
    assert "articles: " in result.stdout and "DIFFERS" not in result.stdout, describe(result)
    assert "copying" in result.stderr and "indexing" in result.stderr, "no progress shown\n" + describe(result)
    assert psql(empty_postgres_database, "SELECT COUNT(*) FROM article_search") != "0", "the search index was not rebuilt"

    server = start_server(tmp_path / "served", "--database", empty_postgres_database,
                          "--media", str(tmp_path / "news-media"), demo=False)
    try:
        status, home = http_get(server.base_url + "/")
        assert status == 200 and headline in home, server.output()
        path = "/" + "/".join(urllib.parse.quote(part) for part in (section, str(article_id), slug))
        status, page = http_get(server.base_url + path)
        assert status == 200 and headline in page, server.output()
        # The rebuilt index finds the article; a search for nothing shows no link to it.
        link = f'href="/{section}/{article_id}/'
        word = max(headline.split(), key=len)
        status, results = http_get(server.base_url + "/search?q=" + urllib.parse.quote(word))
        assert status == 200 and link in results, f"search for {word} did not find the article"
        assert link not in http_get(server.base_url + "/search?q=zzzqqq")[1]
    finally:
        assert_graceful_shutdown(server)


def test_a_target_that_already_holds_a_newsroom_is_refused_with_what_to_do(demo_newsroom, empty_postgres_database, tmp_path):
    database, _ = demo_newsroom
    first = run_sahifa("migrate-data", "--from", str(database), "--to", empty_postgres_database, cwd=tmp_path, timeout=120)
    assert first.returncode == 0, describe(first)
    articles = psql(empty_postgres_database, "SELECT COUNT(*) FROM articles")

    again = run_sahifa("migrate-data", "--from", str(database), "--to", empty_postgres_database, cwd=tmp_path)
    assert again.returncode != 0, describe(again)
    assert "already holds a newsroom" in again.stderr and "--resume" in again.stderr, describe(again)
    assert len(again.stderr.strip().splitlines()) == 1, "the refusal is not one line\n" + describe(again)
    assert psql(empty_postgres_database, "SELECT COUNT(*) FROM articles") == articles

    resumed = run_sahifa("migrate-data", "--from", str(database), "--to", empty_postgres_database, "--resume",
                         cwd=tmp_path, timeout=120)
    assert resumed.returncode == 0, describe(resumed)
    assert psql(empty_postgres_database, "SELECT COUNT(*) FROM articles") == articles


def test_a_copy_into_itself_or_from_nowhere_fails_in_one_line(sahifa_bin, tmp_path):
    same = run_sahifa("migrate-data", "--from", "news.sqlite", "--to", "./news.sqlite", cwd=tmp_path)
    assert same.returncode == 1 and "both name" in same.stderr, describe(same)
    missing = run_sahifa("migrate-data", "--from", "missing.sqlite", "--to", "copy.sqlite", cwd=tmp_path)
    assert missing.returncode == 1 and "cannot open the database missing.sqlite" in missing.stderr, describe(missing)
    assert not (tmp_path / "missing.sqlite").exists() and not (tmp_path / "copy.sqlite").exists()
