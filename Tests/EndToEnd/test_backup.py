"""`sahifa backup`, `sahifa backup --verify` and `sahifa restore`: a backup taken while the site
serves readers and its editors publish, proved sound, and restored into a site that serves
the same pages, on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
import urllib.parse
import uuid

import pytest

from conftest import POSTGRES_SERVER, assert_graceful_shutdown, http_get, psql, run_sahifa, start_server
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database
from test_site_archive import PUBLIC_URL, assert_same_pages, describe


def back_up_while_busy(server, folder, database: str, *media: str) -> tuple[dict, int, int]:
    """Runs `sahifa backup` while one thread reads pages and another publishes through the
    API; answers the backup's description, and how many reads and publishes were answered."""
    api = NewsroomAPI(server.base_url, api_token(server))
    stop = threading.Event()
    counts = {"read": 0, "published": 0}
    failures: list[str] = []

    def read() -> None:
        while not stop.is_set():
            status, _ = http_get(server.base_url + "/")
            if status != 200:
                failures.append(f"home page answered {status}")
            counts["read"] += 1

    def publish() -> None:
        while not stop.is_set():
            api.publish(f"خبر عاجل رقم {counts['published'] + 1}", bodyMarkdown="تفاصيل الخبر.")
            counts["published"] += 1

    threads = [threading.Thread(target=read), threading.Thread(target=publish)]
    for thread in threads:
        thread.start()
    try:
        made = run_sahifa("backup", "nightly", "--database", database, *media, cwd=folder, timeout=120)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=30)
    assert made.returncode == 0, describe(made)
    assert "Backed up to" in made.stdout and "Checked:" in made.stdout, describe(made)
    assert failures == []
    return json.loads((folder / "nightly" / "backup.json").read_text()), counts["read"], counts["published"]


def wait_for_related_news(backlog) -> None:
    """Polls, up to a deadline, until the server has worked out every queued article's related news."""
    deadline = time.monotonic() + 60
    while backlog() > 0:
        assert time.monotonic() < deadline, "the related-news queue did not empty within a minute"
        time.sleep(0.1)


def test_a_sqlite_backup_taken_while_the_site_publishes_restores_as_the_same_site(sahifa_bin, tmp_path):
    database = prepare_demo_database(tmp_path)
    server = start_server(tmp_path / "serving", "--database", database, "--public-url", PUBLIC_URL, demo=False)
    try:
        manifest, reads, published = back_up_while_busy(server, tmp_path, database)
        assert reads > 0 and published > 0
        assert manifest["store"] == "sqlite" and manifest["format"] == "sahifa-backup"
        assert manifest["rows"]["accounts"] == 1 and manifest["rows"]["sessions"] >= 1
        assert manifest["pictures"]["files"] > 0 and manifest["pictures"]["missing"] == []

        checked = run_sahifa("backup", "--verify", "nightly", cwd=tmp_path)
        assert checked.returncode == 0 and "is sound" in checked.stdout, describe(checked)
        restored = run_sahifa("restore", "nightly", "--database", "restored.sqlite", cwd=tmp_path)
        assert restored.returncode == 0, describe(restored)
        again = run_sahifa("restore", "nightly", "--database", "restored.sqlite", cwd=tmp_path)
        assert again.returncode == 1 and "already holds a site" in again.stderr, describe(again)
        with sqlite3.connect(tmp_path / "restored.sqlite") as db:
            assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == manifest["rows"]["articles"]
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

        # With the desk quiet and the related news worked out, a backup restored serves
        # exactly the pages the site serves.
        wait_for_related_news(lambda: sqlite3.connect(database).execute("SELECT count(*) FROM related_queue").fetchone()[0])
        quiet = run_sahifa("backup", "quiet", "--database", database, cwd=tmp_path)
        assert quiet.returncode == 0, describe(quiet)
        restored = run_sahifa("restore", "quiet", "--database", "quiet.sqlite", cwd=tmp_path)
        assert restored.returncode == 0, describe(restored)
        copy = start_server(tmp_path / "copy", "--database", str(tmp_path / "quiet.sqlite"),
                            "--public-url", PUBLIC_URL, demo=False)
        try:
            assert assert_same_pages(server.base_url, copy.base_url) > 35
        finally:
            assert_graceful_shutdown(copy)
    finally:
        assert_graceful_shutdown(server)


def test_a_damaged_backup_is_refused_in_one_line_and_restores_nothing(sahifa_bin, tmp_path):
    database = prepare_demo_database(tmp_path)
    made = run_sahifa("backup", "good", "--database", database, cwd=tmp_path)
    assert made.returncode == 0, describe(made)
    picture = next((tmp_path / "good" / "media").iterdir())
    picture.write_bytes(picture.read_bytes() + b"tampered")
    checked = run_sahifa("backup", "--verify", "good", cwd=tmp_path)
    assert checked.returncode == 1, describe(checked)
    assert f"the picture {picture.name} does not match its hash" in checked.stderr, describe(checked)
    restored = run_sahifa("restore", "good", "--database", "new.sqlite", cwd=tmp_path)
    assert restored.returncode == 1 and not (tmp_path / "new.sqlite").exists(), describe(restored)

    missing = run_sahifa("backup", "--verify", "nowhere", cwd=tmp_path)
    assert missing.returncode == 1 and "is not a Sahifa backup" in missing.stderr, describe(missing)
    taken = run_sahifa("backup", "good", "--database", database, cwd=tmp_path)
    assert taken.returncode == 1 and "already exists" in taken.stderr, describe(taken)
    no_site = run_sahifa("backup", "other", "--database", "absent.sqlite", cwd=tmp_path)
    assert no_site.returncode == 1 and "there is no database" in no_site.stderr, describe(no_site)


@pytest.mark.skipif(not POSTGRES_SERVER, reason="needs a PostgreSQL server in SAHIFA_TEST_POSTGRES")
def test_a_postgresql_backup_taken_while_the_site_publishes_restores_as_the_same_site(
        sahifa_bin, tmp_path, empty_postgres_database):
    database = prepare_demo_database(tmp_path, empty_postgres_database)
    media = ("--media", str(tmp_path / "media"))
    server = start_server(tmp_path / "serving", "--database", database, *media, "--public-url", PUBLIC_URL,
                          demo=False)
    target_name = "e2e_restore_" + uuid.uuid4().hex
    psql(POSTGRES_SERVER, f"CREATE DATABASE {target_name}")
    target = urllib.parse.urlunparse(urllib.parse.urlparse(POSTGRES_SERVER)._replace(path="/" + target_name))
    try:
        manifest, _, published = back_up_while_busy(server, tmp_path, database, *media)
        assert published > 0 and manifest["store"] == "postgresql"
        assert (tmp_path / "nightly" / "database.pgdump").read_bytes()[:5] == b"PGDMP"
        checked = run_sahifa("backup", "--verify", "nightly", cwd=tmp_path)
        assert checked.returncode == 0 and "is sound" in checked.stdout, describe(checked)
        into_sqlite = run_sahifa("restore", "nightly", "--database", "other.sqlite", cwd=tmp_path)
        assert into_sqlite.returncode == 1 and "cannot go into SQLite" in into_sqlite.stderr, describe(into_sqlite)

        wait_for_related_news(lambda: int(psql(database, "SELECT count(*) FROM related_queue")))
        quiet = run_sahifa("backup", "quiet", "--database", database, *media, cwd=tmp_path)
        assert quiet.returncode == 0, describe(quiet)
        restored_media = ("--media", str(tmp_path / "restored-media"))
        restored = run_sahifa("restore", "quiet", "--database", target, *restored_media, cwd=tmp_path, timeout=120)
        assert restored.returncode == 0, describe(restored)
        assert psql(target, "SELECT count(*) FROM articles") == str(
            json.loads((tmp_path / "quiet" / "backup.json").read_text())["rows"]["articles"])
        again = run_sahifa("restore", "quiet", "--database", target, *restored_media, cwd=tmp_path)
        assert again.returncode == 1 and "already holds a site" in again.stderr, describe(again)
        copy = start_server(tmp_path / "copy", "--database", target, *restored_media, "--public-url", PUBLIC_URL,
                            demo=False)
        try:
            assert assert_same_pages(server.base_url, copy.base_url) > 35
        finally:
            assert_graceful_shutdown(copy)
    finally:
        assert_graceful_shutdown(server)
        psql(POSTGRES_SERVER, f"DROP DATABASE {target_name} WITH (FORCE)")
