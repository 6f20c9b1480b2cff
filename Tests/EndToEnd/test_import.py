"""What an operator sees when importing an archive with `sahifa import jsonl`."""

from __future__ import annotations

import gzip
import json
import sqlite3
import subprocess
import time

from conftest import clean_env, http_get, run_sahifa, sahifa_binary, start_server


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def corpus_line(number: int, **overrides) -> str:
    article = {
        "id": f"test-world-{number}-20180226",
        "title": f"خبر رقم {number} عن الانتخابات",
        "body": "الفقرة الأولى.\nالفقرة الثانية.",
        "category": "world",
        "category_ar": "العالم",
        "date": "2018-02-26T02:20:10Z",
        "source": "Test",
        "url": "https://example.org/x",
        "summary": None,
        "author": None,
    }
    article.update(overrides)
    return json.dumps(article, ensure_ascii=False)


def articles_in(database) -> list[tuple[str, str]]:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT source_id, headline FROM articles ORDER BY source_id").fetchall()


def test_a_jsonl_file_is_imported_and_a_second_run_skips_what_is_there(sahifa_bin, tmp_path):
    """Importing the same file twice adds each article once; the second run reports them as already there."""
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(corpus_line(n) for n in range(1, 6)) + "\n", encoding="utf-8")
    database = tmp_path / "news.sqlite"
    first = run_sahifa("import", "jsonl", str(source), "--database", str(database), cwd=tmp_path)
    assert first.returncode == 0, describe(first)
    assert "5 new, 0 updated, 0 already there" in first.stdout, describe(first)
    second = run_sahifa("import", "jsonl", str(source), "--database", str(database), cwd=tmp_path)
    assert second.returncode == 0, describe(second)
    assert "0 new, 0 updated, 5 already there" in second.stdout, describe(second)
    assert len(articles_in(database)) == 5


def test_an_import_leaves_the_search_index_in_one_part_and_merging_again(sahifa_bin, tmp_path):
    """A batch per article leaves a part of the index per article while the import runs; at the end
    they are merged into one, FTS5 merges as writes come in again, and search finds the articles."""
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(corpus_line(n) for n in range(1, 13)) + "\n", encoding="utf-8")
    database = tmp_path / "news.sqlite"
    result = run_sahifa("import", "jsonl", str(source), "--database", str(database), "--batch-size", "1", cwd=tmp_path)
    assert result.returncode == 0 and "12 new" in result.stdout, describe(result)
    assert "Merged the search index" in result.stdout, describe(result)
    with sqlite3.connect(database) as connection:
        parts = connection.execute("SELECT COUNT(DISTINCT segid) FROM article_search_idx").fetchone()[0]
        automerge = connection.execute("SELECT v FROM article_search_config WHERE k = 'automerge'").fetchone()
        indexed = connection.execute("""SELECT COUNT(*) FROM article_search WHERE article_search MATCH '"خبر"'""").fetchone()[0]
    assert parts == 1
    assert automerge is None or automerge[0] != 0, f"merging left deferred: {automerge}"
    assert indexed == 12


def test_a_gzip_file_and_standard_input_are_read_too(sahifa_bin, tmp_path):
    """A .jsonl.gz file is decompressed, and `-` reads the lines from standard input."""
    compressed = tmp_path / "news.jsonl.gz"
    with gzip.open(compressed, "wt", encoding="utf-8") as out:
        out.write("\n".join(corpus_line(n) for n in range(1, 4)))
    database = tmp_path / "news.sqlite"
    result = run_sahifa("import", "jsonl", str(compressed), "--database", str(database), cwd=tmp_path)
    assert result.returncode == 0 and "3 new" in result.stdout, describe(result)
    piped = subprocess.run(
        [str(sahifa_binary()), "import", "jsonl", "-", "--database", str(database)],
        input="\n".join(corpus_line(n) for n in range(3, 6)), text=True, capture_output=True, cwd=tmp_path,
        env=clean_env(), timeout=120)
    assert piped.returncode == 0, describe(piped)
    assert "2 new, 0 updated, 1 already there" in piped.stdout, describe(piped)
    assert len(articles_in(database)) == 5


def test_a_malformed_line_is_reported_with_its_number_and_the_rest_is_imported(sahifa_bin, tmp_path):
    """Broken JSON, a missing field or an unreadable date is skipped and named by line number."""
    source = tmp_path / "news.jsonl"
    lines = [
        corpus_line(1),
        "{not json",
        json.dumps({"id": "x-2", "body": "نص", "category": "world", "category_ar": "العالم", "date": "2018-01-01"}),
        corpus_line(4, date="yesterday"),
        corpus_line(5, title="   "),
        corpus_line(6, date="2016-11-12"),
    ]
    source.write_text("\n".join(lines), encoding="utf-8")
    database = tmp_path / "news.sqlite"
    result = run_sahifa("import", "jsonl", str(source), "--database", str(database), cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    assert "2 new" in result.stdout, describe(result)
    assert "Skipped 4:" in result.stdout, describe(result)
    assert "line 2: not a JSON object" in result.stdout, describe(result)
    assert "line 3:" in result.stdout and "title is missing" in result.stdout, describe(result)
    assert 'line 4: unreadable date "yesterday"' in result.stdout, describe(result)
    assert "test-world-5-20180226: it has no headline" in result.stdout, describe(result)
    with sqlite3.connect(database) as connection:
        published = connection.execute(
            "SELECT published_at FROM articles WHERE source_id = 'test-world-6-20180226'").fetchone()[0]
    assert published == 1478952000.0  # 2016-11-12 at noon UTC


def test_a_missing_file_is_refused_with_a_message(sahifa_bin, tmp_path):
    """Importing a file that is not there fails with a one-line message and a non-zero status."""
    result = run_sahifa("import", "jsonl", str(tmp_path / "absent.jsonl"), "--database", str(tmp_path / "n.sqlite"),
                        cwd=tmp_path)
    assert result.returncode != 0, describe(result)
    assert "cannot open" in result.stderr, describe(result)


def test_reindex_rebuilds_search_and_related_news(sahifa_bin, tmp_path):
    """`sahifa reindex` indexes every published article again and works out related news."""
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(corpus_line(n) for n in range(1, 4)), encoding="utf-8")
    database = tmp_path / "news.sqlite"
    assert run_sahifa("import", "jsonl", str(source), "--database", str(database), cwd=tmp_path).returncode == 0
    result = run_sahifa("reindex", "--database", str(database), cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    assert "Worked out related news for 3 articles" in result.stdout, describe(result)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM article_search_text").fetchone()[0] == 3


def test_related_news_skipped_at_import_is_worked_out_by_the_running_server(sahifa_bin, tmp_path):
    """With --skip-related the import ends at once, and `sahifa serve` fills in related news by itself."""
    source = tmp_path / "news.jsonl"
    source.write_text("\n".join(corpus_line(n) for n in range(1, 4)) + "\n", encoding="utf-8")
    database = tmp_path / "news.sqlite"
    result = run_sahifa("import", "jsonl", str(source), "--database", str(database), "--skip-related", cwd=tmp_path)
    assert result.returncode == 0 and "left to `sahifa serve`" in result.stdout, describe(result)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM related_queue").fetchone()[0] == 3
        article_id = connection.execute("SELECT id FROM articles ORDER BY id LIMIT 1").fetchone()[0]
    server = start_server(tmp_path / "serve", "--database", str(database), demo=False)
    try:
        deadline = time.monotonic() + 30
        results = []
        while time.monotonic() < deadline and not results:
            status, body = http_get(f"{server.base_url}/api/v1/articles/{article_id}/related")
            assert status == 200, body
            results = json.loads(body)["results"]
            if not results:
                time.sleep(0.1)
        assert len(results) == 2, results
    finally:
        server.stop()
