"""Crash safety, kept by tests: the real server and command line killed with SIGKILL at random
moments, and after every kill the database checked and the interrupted work finished.

    scripts/kill-test [SCENARIO ...] [--kills N] [--seed S]     50 kills per scenario by default

Scenarios (all on SQLite, the embedded default):
  import   `sahifa import jsonl` of corpus articles, killed mid-import, then run again;
  api      editors create and publish through API v1 in a loop while the server is killed;
  upload   pictures uploaded through API v1 while the server is killed;
  migrate  `sahifa migrate` on a new database, killed while it builds the schema;
  backup   `sahifa backup` of a live site, killed while it copies.

After each kill: SQLite's integrity check passes, every write answered 2xx is there exactly
once (every picture with a file whose content matches its hash), and the command run again
finishes the job. Tests/EndToEnd/test_crash_safety.py runs a few kills of each in CI.
Standard library only, besides scripts/sahifa_newsroom.py."""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sahifa_newsroom import NewsroomAPI  # noqa: E402
from shared_data import shared_folder  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
EMAIL, PASSWORD = "desk@example.org", "passphrase for the kill harness"


class Harness:
    def __init__(self, binary: Path, folder: Path, rng: random.Random, log=print):
        self.binary, self.folder, self.rng, self.log = binary, folder, rng, log
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("SAHIFA_")}

    def run(self, *args: str, input: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.binary), *args], cwd=self.folder, env=self.env, input=input,
                              capture_output=True, text=True, timeout=timeout)

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([str(self.binary), *args], cwd=self.folder, env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_after(self, process: subprocess.Popen, seconds: float) -> bool:
        """SIGKILLs the process after `seconds` unless it ended first; answers whether it was killed."""
        try:
            process.wait(timeout=seconds)
            return False
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True

    def serve(self, database: str) -> tuple[subprocess.Popen, str]:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        server = self.start("serve", "--database", database, "--port", str(port), "--log-level", "warning",
                            "--api-rate-limit", "0")
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as answer:
                    if answer.status == 200:
                        return server, base
            except OSError:
                time.sleep(0.05)
        server.kill()
        raise AssertionError("the server did not start")

    def check_integrity(self, database: str) -> None:
        with sqlite3.connect(self.folder / database) as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{database} failed its integrity check"

    def newsroom(self, database: str) -> str:
        """A demo site with an admin and an API token for it; answers the token."""
        assert self.run("demo", "--database", database).returncode == 0
        added = self.run("user", "add", "--database", database, "--email", EMAIL, "--name", "مكتب الأخبار",
                         "--role", "admin", input=PASSWORD + "\n")
        assert added.returncode == 0, added.stderr
        made = self.run("token", "add", EMAIL, "--scopes", "read,write,publish", "--database", database)
        assert made.returncode == 0, made.stderr
        return made.stdout.strip()

    def corpus(self, name: str, count: int) -> list[str]:
        """The shared corpus's first `count` articles, written to `name` as JSON Lines."""
        lines = []
        with gzip.open(shared_folder() / "corpus" / "news-ar.jsonl.gz", "rt", encoding="utf-8") as corpus:
            for line in corpus:
                lines.append(line)
                if len(lines) == count:
                    break
        (self.folder / name).write_text("".join(lines), encoding="utf-8")
        return lines

    # Scenarios

    def scenario_import(self, kills: int) -> None:
        lines = self.corpus("articles.jsonl", 2000)
        expected = len({json.loads(line)["id"] for line in lines})
        for kill in range(kills):
            database = f"import-{kill}.sqlite"
            assert self.run("migrate", "--database", database).returncode == 0
            process = self.start("import", "jsonl", "articles.jsonl", "--database", database, "--batch-size", "50")
            killed = self.kill_after(process, self.rng.uniform(0.05, 1.5))
            self.check_integrity(database)
            with sqlite3.connect(self.folder / database) as db:
                count = db.execute("SELECT count(*) FROM articles").fetchone()[0]
                distinct = db.execute("SELECT count(DISTINCT source_id) FROM articles").fetchone()[0]
            assert count == distinct <= expected, f"kill {kill + 1}: {count} articles, {distinct} sources"
            again = self.run("import", "jsonl", "articles.jsonl", "--database", database, "--batch-size", "50")
            assert again.returncode == 0, again.stderr
            self.check_integrity(database)
            with sqlite3.connect(self.folder / database) as db:
                finished = db.execute("SELECT count(*) FROM articles").fetchone()[0]
            assert finished == expected, f"kill {kill + 1}: the import run again left {finished} of {expected}"
            (self.folder / database).unlink()
            self.log(f"import kill {kill + 1}: {'killed' if killed else 'finished'} at {count} of {expected}, "
                     "then finished")

    def scenario_api(self, kills: int) -> None:
        token = self.newsroom("api.sqlite")
        created: dict[str, int] = {}
        published: set[int] = set()
        for kill in range(kills):
            server, base = self.serve("api.sqlite")
            api = NewsroomAPI(base, token)
            deadline = time.monotonic() + self.rng.uniform(0.1, 2)
            killed_at = None
            while True:
                if killed_at is None and time.monotonic() >= deadline:
                    server.send_signal(signal.SIGKILL)
                    killed_at = time.monotonic()
                headline = f"خبر الاختبار {kill}-{len(created)}-{self.rng.randrange(10**9)}"
                try:
                    article = api.call("POST", "/api/v1/articles", {"headline": headline, "section": "world"})
                    created[headline] = article["id"]
                    api.call("POST", f"/api/v1/articles/{article['id']}/status", {"move": "publish"})
                    published.add(article["id"])
                except (urllib.error.URLError, ConnectionError, OSError):
                    if killed_at is not None:
                        break
            server.wait()
            self.check_integrity("api.sqlite")
            with sqlite3.connect(self.folder / "api.sqlite") as db:
                for headline, id in created.items():
                    rows = db.execute("SELECT id, status FROM articles WHERE headline = ?", (headline,)).fetchall()
                    assert len(rows) == 1 and rows[0][0] == id, f"{headline}: {rows}"
                    if id in published:
                        assert rows[0][1] == "published", f"article {id} was answered published but is {rows[0][1]}"
            self.log(f"api kill {kill + 1}: {len(created)} acknowledged articles, all there once")

    def scenario_upload(self, kills: int) -> None:
        token = self.newsroom("upload.sqlite")
        acknowledged: set[str] = set()
        for kill in range(kills):
            server, base = self.serve("upload.sqlite")
            deadline = time.monotonic() + self.rng.uniform(0.1, 2)
            killed_at = None
            while True:
                if killed_at is None and time.monotonic() >= deadline:
                    server.send_signal(signal.SIGKILL)
                    killed_at = time.monotonic()
                request = urllib.request.Request(
                    base + "/api/v1/media?alt=" + urllib.request.quote("صورة اختبار"), method="POST",
                    data=picture(self.rng), headers={"Authorization": "Bearer " + token, "Content-Type": "image/png"})
                try:
                    with urllib.request.urlopen(request, timeout=10) as answer:
                        acknowledged.add(json.loads(answer.read())["hash"])
                except (urllib.error.URLError, ConnectionError, OSError):
                    if killed_at is not None:
                        break
            server.wait()
            self.check_integrity("upload.sqlite")
            with sqlite3.connect(self.folder / "upload.sqlite") as db:
                kept = {row[0] for row in db.execute("SELECT hash FROM media")}
            assert acknowledged <= kept, f"answered but not kept: {acknowledged - kept}"
            for digest in acknowledged:
                file = self.folder / "upload-media" / f"{digest}.png"
                assert hashlib.sha256(file.read_bytes()).hexdigest() == digest, f"{file} is not whole"
            self.log(f"upload kill {kill + 1}: {len(acknowledged)} acknowledged pictures, every file whole")

    def scenario_migrate(self, kills: int) -> None:
        for kill in range(kills):
            database = f"migrate-{kill}.sqlite"
            process = self.start("migrate", "--database", database)
            killed = self.kill_after(process, self.rng.uniform(0.01, 0.5))
            if (self.folder / database).exists():
                self.check_integrity(database)
            again = self.run("migrate", "--database", database)
            assert again.returncode == 0, again.stderr
            self.check_integrity(database)
            self.log(f"migrate kill {kill + 1}: {'killed' if killed else 'finished'}, then migrated")

    def scenario_backup(self, kills: int) -> None:
        self.newsroom("site.sqlite")
        self.corpus("more.jsonl", 3000)
        assert self.run("import", "jsonl", "more.jsonl", "--database", "site.sqlite", "--skip-related").returncode == 0
        server, _ = self.serve("site.sqlite")
        try:
            for kill in range(kills):
                target = f"backup-{kill}"
                process = self.start("backup", target, "--database", "site.sqlite")
                killed = self.kill_after(process, self.rng.uniform(0.01, 0.4))
                if (self.folder / target).exists():
                    checked = self.run("backup", "--verify", target)
                    assert checked.returncode == 0, f"a backup under its own name is not whole: {checked.stderr}"
                self.check_integrity("site.sqlite")
                # Killed after renaming its folder into place, the backup was already whole.
                if not (self.folder / target).exists():
                    again = self.run("backup", target, "--database", "site.sqlite")
                    assert again.returncode == 0, again.stderr
                assert self.run("backup", "--verify", target).returncode == 0
                self.log(f"backup kill {kill + 1}: {'killed' if killed else 'finished'}, then backed up whole")
        finally:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=30)


def picture(rng: random.Random) -> bytes:
    """A small PNG of its own: random pixels, so every upload is a new file."""
    width = height = 8
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return len(data).to_bytes(4, "big") + kind + data + zlib.crc32(kind + data).to_bytes(4, "big")

    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 2, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


SCENARIOS = ["import", "api", "upload", "migrate", "backup"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scenarios", nargs="*", metavar="scenario", help=", ".join(SCENARIOS) + " (default: all)")
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--binary", default=os.environ.get("SAHIFA_BIN", str(REPO / ".build" / "debug" / "sahifa")))
    arguments = parser.parse_args()
    unknown = [name for name in arguments.scenarios if name not in SCENARIOS]
    if unknown:
        parser.error(f"unknown scenario {', '.join(unknown)}; choose from {', '.join(SCENARIOS)}")
    print(f"seed {arguments.seed}")
    for name in arguments.scenarios or SCENARIOS:
        with tempfile.TemporaryDirectory(prefix=f"sahifa-kill-{name}-") as folder:
            harness = Harness(Path(arguments.binary), Path(folder), random.Random(arguments.seed))
            started = time.monotonic()
            getattr(harness, "scenario_" + name)(arguments.kills)
            print(f"{name}: {arguments.kills} kills, nothing acknowledged was lost ({time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
