"""A demo newsroom with an editor's API token, for end-to-end tests that publish while
readers watch: `sahifa demo`, `sahifa user add`, then sign-in and the token form over HTTP
(through scripts/sahifa_newsroom.py, which the benchmarks use too)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import REPO, RunningServer, clean_env, run_sahifa, sahifa_binary

sys.path.insert(0, str(REPO / "scripts"))
from sahifa_newsroom import NewsroomAPI, api_token as make_token  # noqa: E402

PASSWORD = "عبارة مرور للاختبار"
EMAIL = "desk@example.org"
__all__ = ["NewsroomAPI", "api_token", "prepare_demo_database"]


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
