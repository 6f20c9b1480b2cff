"""A demo newsroom with an editor's API token, for end-to-end tests that publish while
readers watch: `sahifa demo`, `sahifa user add`, then sign-in and the token form over HTTP
(through scripts/sahifa_newsroom.py, which the benchmarks use too)."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

from conftest import REPO, RunningServer, clean_env, run_sahifa, sahifa_binary

sys.path.insert(0, str(REPO / "scripts"))
from sahifa_newsroom import NewsroomAPI, api_token as make_token  # noqa: E402

PASSWORD = "عبارة مرور للاختبار"
EMAIL = "desk@example.org"
__all__ = ["NewsroomAPI", "api_token", "prepare_demo_database", "upload"]


def prepare_demo_database(folder: Path, database: str | None = None) -> str:
    """A demo database with an admin account, not yet served: a SQLite file in `folder`,
    or the empty PostgreSQL `database` (pictures then go to folder/media)."""
    folder.mkdir(parents=True, exist_ok=True)
    media = ["--media", str(folder / "media")] if database else []
    database = database or str(folder / "news.sqlite")
    made = run_sahifa("demo", "--database", database, *media, cwd=folder, timeout=120)
    assert made.returncode == 0, made.stderr
    added = subprocess.run(
        [str(sahifa_binary()), "user", "add", "--database", database, "--email", EMAIL,
         "--name", "مكتب الأخبار", "--role", "admin"],
        input=PASSWORD + "\n", text=True, capture_output=True, env=clean_env(), timeout=120)
    assert added.returncode == 0, added.stderr
    return database


def api_token(server: RunningServer) -> str:
    """An API token with every scope for the prepared admin account."""
    return make_token(server.base_url, EMAIL, PASSWORD, name="tests")


def upload(base_url: str, token: str, photo: bytes, alt: str) -> dict:
    """Puts a picture into the media library through API v1; answers its record."""
    request = urllib.request.Request(
        base_url + "/api/v1/media?alt=" + urllib.parse.quote(alt) + "&credit=" + urllib.parse.quote("أ ف ب"),
        data=photo, method="POST",
        headers={"Authorization": "Bearer " + token, "Content-Type": "application/octet-stream"})
    with urllib.request.urlopen(request, timeout=120) as answer:
        return json.loads(answer.read())
