"""The PostgreSQL server restarting under a running Sahifa: meanwhile readers get cached
pages or a 503 with Retry-After (an Arabic page, or the API's stable JSON error), the
process stays up, and afterwards it reconnects by itself with every acknowledged write
kept and the refused one absent. Runs on a PostgreSQL server of its own, since it stops it;
needs SAHIFA_TEST_POSTGRES only as the sign that PostgreSQL is installed and wanted."""

from __future__ import annotations

import glob
import json
import os
import shlex
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import REPO, assert_graceful_shutdown, free_port, http_get, start_server
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database

pytestmark = pytest.mark.skipif(not os.environ.get("SAHIFA_TEST_POSTGRES"),
                                reason="needs PostgreSQL (SAHIFA_TEST_POSTGRES set)")

BEFORE = "مرفأ الشمال يستقبل أول سفينة"
DURING = "قافلة الإغاثة تعبر الحدود"
AFTER = "مهرجان الربيع يفتتح أبوابه"


class OwnServer:
    """A throwaway PostgreSQL server (scripts/postgres-server) that can be stopped and
    started again on the same data folder and port."""

    def __init__(self, folder: Path, port: int):
        self.folder, self.port = folder, port
        started = subprocess.run([str(REPO / "scripts" / "postgres-server"), "start", str(folder), str(port)],
                                 capture_output=True, text=True, timeout=120)
        assert started.returncode == 0, started.stderr
        self.url = started.stdout.strip()
        # The options the script started it with, to start it again the same way.
        recorded = shlex.split((folder / "data" / "postmaster.opts").read_text())
        self.options = " ".join(shlex.quote(part) for part in recorded[3:])

    def pg_ctl(self, *args: str) -> None:
        pg_ctl = shutil.which("pg_ctl")
        bin_dir = (os.path.dirname(os.path.realpath(pg_ctl)) if pg_ctl
                   else sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1])
        command = [os.path.join(bin_dir, "pg_ctl"), "-D", str(self.folder / "data"), "-w", *args]
        if os.getuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr

    def stop(self) -> None:
        self.pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        self.pg_ctl("-l", str(self.folder / "server.log"), "-o", self.options, "start")

    def psql(self, sql: str) -> str:
        done = subprocess.run(["psql", self.url, "-At", "-c", sql], capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()


@pytest.fixture
def own_postgres():
    folder = Path(tempfile.mkdtemp(prefix="sahifa-restart-"))
    server = OwnServer(folder, free_port())
    try:
        yield server
    finally:
        subprocess.run([str(REPO / "scripts" / "postgres-server"), "stop", str(folder)],
                       capture_output=True, timeout=60)
        shutil.rmtree(folder, ignore_errors=True)


def request(url: str, method: str = "GET", payload: dict | None = None,
            token: str | None = None) -> tuple[int, dict[str, str], str]:
    """Status, headers and body, without raising for 4xx/5xx answers."""
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(payload).encode() if payload is not None else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method, headers=headers),
                                    timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode("utf-8")


def assert_database_away(status: int, headers: dict[str, str], started: float) -> None:
    assert status == 503
    assert headers.get("Retry-After") == "5"
    assert time.monotonic() - started < 15, "the answer waited for the database"


def test_requests_during_a_database_restart_get_503_and_sahifa_recovers_with_every_acknowledged_write(
        sahifa_bin, tmp_path, own_postgres):
    prepare_demo_database(tmp_path / "newsroom", own_postgres.url)
    server = start_server(tmp_path / "server", "--database", own_postgres.url,
                          "--media", str(tmp_path / "newsroom" / "media"), demo=False)
    base = server.base_url
    try:
        token = api_token(server)
        api = NewsroomAPI(base, token)
        before = api.publish(BEFORE)
        status, home = http_get(base + "/")
        assert status == 200 and BEFORE in home
        assert request(base + "/")[1].get("Sahifa-Cache") == "hit"

        own_postgres.stop()

        status, headers, body = request(base + "/")
        assert status == 200 and BEFORE in body, "the cached home page went away with the database"

        started = time.monotonic()
        status, headers, body = request(base + "/search?q=" + urllib.parse.quote("سفينة"))
        assert_database_away(status, headers, started)
        assert 'lang="ar"' in body and "الخدمة غير متاحة مؤقتاً" in body

        started = time.monotonic()
        status, headers, body = request(base + "/api/v1/search?q=" + urllib.parse.quote("سفينة"))
        assert_database_away(status, headers, started)
        assert json.loads(body)["error"]["code"] == "database_unavailable"

        started = time.monotonic()
        status, headers, body = request(base + "/api/v1/articles", "POST",
                                        {"headline": DURING, "section": "world"}, token)
        assert_database_away(status, headers, started)
        assert json.loads(body)["error"]["code"] == "database_unavailable"

        status, _ = http_get(base + "/healthz", timeout=30)
        assert status == 503
        assert server.process.poll() is None, "sahifa exited while the database was away\n" + server.output()

        own_postgres.start()
        deadline = time.monotonic() + 60
        while http_get(base + "/healthz", timeout=30)[0] != 200:
            assert time.monotonic() < deadline, "sahifa did not reconnect within 60 s\n" + server.output()
            time.sleep(0.2)
        status, _ = http_get(base + "/search?q=" + urllib.parse.quote("سفينة"))
        assert status == 200

        after = api.publish(AFTER)
        published = own_postgres.psql(
            f"SELECT id FROM articles WHERE status = 'published' AND id IN ({before['id']}, {after['id']}) ORDER BY id")
        assert published.split() == [str(before["id"]), str(after["id"])]
        assert own_postgres.psql(f"SELECT count(*) FROM articles WHERE headline = '{DURING}'") == "0"
        status, home = http_get(base + "/")
        assert status == 200 and AFTER in home

        # Background jobs note the outage once, not every round.
        failures = server.output().count("background job failed")
        assert failures <= 8, f"{failures} lines of background job failures"
    finally:
        assert_graceful_shutdown(server)
