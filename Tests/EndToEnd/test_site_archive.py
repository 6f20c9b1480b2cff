"""`sahifa export` and `sahifa import sahifa`: a newsroom takes its whole site out into one
archive that any zip tool and JSON reader can open, and restores it, into SQLite or
PostgreSQL, as a site that serves the same pages."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import zipfile

import pytest

from conftest import (POSTGRES_SERVER, assert_graceful_shutdown, clean_env, http_get, run_sahifa, sahifa_binary,
                      start_server)

PUBLIC_URL = "https://news.example"


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


@pytest.fixture
def exported_site(sahifa_bin, tmp_path):
    """A demo site with an admin account, and its archive."""
    made = run_sahifa("demo", "--database", "news.sqlite", cwd=tmp_path)
    assert made.returncode == 0, describe(made)
    added = run_sahifa_with_input(tmp_path, "password-for-chief\n", "user", "add", "--email", "chief@news.example",
                                  "--name", "رئيسة التحرير", "--role", "admin", "--database", "news.sqlite")
    assert added.returncode == 0, describe(added)
    exported = run_sahifa("export", "site.zip", "--database", "news.sqlite", cwd=tmp_path)
    assert exported.returncode == 0, describe(exported)
    assert "Exported to site.zip" in exported.stdout and "28 articles" in exported.stdout, describe(exported)
    return tmp_path


def run_sahifa_with_input(cwd, text: str, *args: str):
    """A `sahifa` command given `text` on standard input, as a password is."""
    return subprocess.run([str(sahifa_binary()), *args], cwd=cwd, env=clean_env(), input=text,
                          capture_output=True, text=True, timeout=60)


def site_paths(base_url: str) -> list[str]:
    """The home page and every address the sitemaps list."""
    def locations(url: str) -> list[str]:
        status, xml = http_get(url)
        assert status == 200, url
        return [location.removeprefix(PUBLIC_URL) for location in re.findall(r"<loc>([^<]+)</loc>", xml)]

    paths = ["/"]
    for sitemap in locations(base_url + "/sitemap.xml"):
        paths += locations(base_url + sitemap)
    return paths


def assert_same_pages(original_url: str, restored_url: str) -> int:
    """Every page of the original answers the same on the restored site, apart from the
    moment each page was made; returns how many pages were compared."""
    paths = site_paths(original_url)
    for path in paths:
        status, before = http_get(original_url + path)
        assert status == 200, path
        again, after = http_get(restored_url + path)
        assert again == 200, path
        strip = lambda html: re.sub(r'data-live-since="\d+"', "", html)  # noqa: E731
        assert strip(after) == strip(before), f"{path} differs after the restore"
    return len(paths)


def test_the_archive_is_readable_without_sahifa_and_holds_no_secret(exported_site):
    with zipfile.ZipFile(exported_site / "site.zip") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == "sahifa-site-archive" and manifest["version"] == 1
        tables = {table["name"]: table for table in manifest["tables"]}
        assert "sessions" not in tables and "api_tokens" not in tables
        for name, table in tables.items():
            lines = archive.read(table["file"]).decode("utf-8").splitlines()
            assert len(lines) == table["rows"], name
            rows = [json.loads(line) for line in lines]
            assert all(set(row) == {column["name"] for column in table["columns"]} for row in rows), name
        accounts = [json.loads(line) for line in archive.read("tables/accounts.jsonl").decode().splitlines()]
        assert [account["email"] for account in accounts] == ["chief@news.example"]
        assert accounts[0]["password_hash"] == "!" and accounts[0]["totp_secret"] is None
        headlines = [json.loads(line)["headline"] for line in archive.read("tables/articles.jsonl").decode().splitlines()]
        assert any("واشنطن" in headline for headline in headlines), "Arabic is not kept as written"
        pictures = [name for name in archive.namelist() if name.startswith("media/")]
        assert len(pictures) == manifest["media"]["files"] == tables["media"]["rows"] == 17


def test_a_restored_sqlite_site_serves_the_same_pages_and_an_account_gets_its_password_back(exported_site):
    folder = exported_site
    restored = run_sahifa("import", "sahifa", "site.zip", "--database", "copy.sqlite", cwd=folder, timeout=120)
    assert restored.returncode == 0, describe(restored)
    assert "Verified" in restored.stdout and "28 articles" in restored.stdout, describe(restored)
    assert "sahifa user password" in restored.stdout, describe(restored)
    with sqlite3.connect(folder / "copy.sqlite") as db:
        assert db.execute("SELECT password_hash FROM accounts").fetchall() == [("!",)]

    original = start_server(folder / "original", "--database", str(folder / "news.sqlite"),
                            "--public-url", PUBLIC_URL, demo=False)
    copy = start_server(folder / "copy", "--database", str(folder / "copy.sqlite"),
                        "--public-url", PUBLIC_URL, demo=False)
    try:
        assert assert_same_pages(original.base_url, copy.base_url) > 35
        picture = re.search(r'src="(/media/[0-9a-f]{64}\.\w+)"', http_get(copy.base_url + "/")[1]).group(1)
        assert http_get(copy.base_url + picture)[0] == 200, "the picture files did not come back"
    finally:
        assert_graceful_shutdown(original)
        assert_graceful_shutdown(copy)

    again = run_sahifa("import", "sahifa", "site.zip", "--database", "copy.sqlite", cwd=folder)
    assert again.returncode != 0 and "already holds a site" in again.stderr, describe(again)

    password = run_sahifa_with_input(folder, "a-new-password-1\n", "user", "password", "--email",
                                     "chief@news.example", "--database", "copy.sqlite")
    assert password.returncode == 0, describe(password)
    with sqlite3.connect(folder / "copy.sqlite") as db:
        assert db.execute("SELECT password_hash FROM accounts").fetchone()[0].startswith("$2")


def test_a_damaged_or_foreign_file_is_refused_in_one_line_and_leaves_nothing(exported_site):
    folder = exported_site
    (folder / "half.zip").write_bytes((folder / "site.zip").read_bytes()[:2000])
    (folder / "photos.zip").write_bytes(b"")
    with zipfile.ZipFile(folder / "photos.zip", "w") as other:
        other.writestr("holiday.jpg", b"not a site")
    for name, reason in [("half.zip", "not a zip file"), ("photos.zip", "has no manifest.json"),
                         ("absent.zip", "no such file")]:
        result = run_sahifa("import", "sahifa", name, "--database", f"{name}.sqlite", cwd=folder)
        assert result.returncode != 0, describe(result)
        assert reason in result.stderr and len(result.stderr.strip().splitlines()) == 1, describe(result)
        assert not (folder / f"{name}.sqlite").exists(), "a database was made for an archive that was refused"

    exists = run_sahifa("export", "site.zip", "--database", "news.sqlite", cwd=folder)
    assert exists.returncode != 0 and "already exists" in exists.stderr, describe(exists)


@pytest.mark.skipif(not POSTGRES_SERVER, reason="needs a PostgreSQL server in SAHIFA_TEST_POSTGRES")
def test_a_sqlite_archive_restores_into_postgresql_and_back(exported_site, empty_postgres_database):
    folder = exported_site
    restored = run_sahifa("import", "sahifa", "site.zip", "--database", empty_postgres_database,
                          "--media", str(folder / "pg-media"), cwd=folder, timeout=120)
    assert restored.returncode == 0, describe(restored)
    original = start_server(folder / "original", "--database", str(folder / "news.sqlite"),
                            "--public-url", PUBLIC_URL, demo=False)
    copy = start_server(folder / "copy", "--database", empty_postgres_database, "--media", str(folder / "pg-media"),
                        "--public-url", PUBLIC_URL, demo=False)
    try:
        assert assert_same_pages(original.base_url, copy.base_url) > 35
    finally:
        assert_graceful_shutdown(original)
        assert_graceful_shutdown(copy)

    back = run_sahifa("export", "back.zip", "--database", empty_postgres_database, "--media", str(folder / "pg-media"),
                      cwd=folder, timeout=120)
    assert back.returncode == 0, describe(back)
    with zipfile.ZipFile(folder / "site.zip") as first, zipfile.ZipFile(folder / "back.zip") as second:
        tables = lambda archive: {t["name"]: (t["rows"], t["sha256"])  # noqa: E731
                                  for t in json.loads(archive.read("manifest.json"))["tables"]}
        assert tables(second) == tables(first), "the PostgreSQL copy exports other rows than it was given"
