"""A demo newsroom with an editor's API token, for end-to-end tests that publish while
readers watch: `sahifa demo`, `sahifa user add`, then sign-in and the token form over HTTP."""

from __future__ import annotations

import http.cookiejar
import json
import re
import subprocess
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from conftest import RunningServer, clean_env, run_sahifa, sahifa_binary

PASSWORD = "عبارة مرور للاختبار"
EMAIL = "desk@example.org"


def prepare_demo_database(folder: Path) -> Path:
    """A demo database with an admin account, not yet served."""
    folder.mkdir(parents=True, exist_ok=True)
    database = folder / "news.sqlite"
    made = run_sahifa("demo", "--database", str(database), cwd=folder, timeout=120)
    assert made.returncode == 0, made.stderr
    added = subprocess.run(
        [str(sahifa_binary()), "user", "add", "--database", str(database), "--email", EMAIL,
         "--name", "مكتب الأخبار", "--role", "admin"],
        input=PASSWORD + "\n", text=True, capture_output=True, env=clean_env(), timeout=120)
    assert added.returncode == 0, added.stderr
    return database


def api_token(server: RunningServer) -> str:
    """Signs in and makes a token with every scope; returns its secret."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = opener.open(server.base_url + "/newsroom/login", timeout=10).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"email": EMAIL, "password": PASSWORD, "form_token": token})
    page = opener.open(server.base_url + "/newsroom/login", data=body.encode(), timeout=30).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    fields = [("name", "tests"), ("scopes", "read"), ("scopes", "write"), ("scopes", "publish"), ("form_token", token)]
    made = opener.open(server.base_url + "/newsroom/tokens", data=urllib.parse.urlencode(fields).encode(), timeout=10)
    return re.search(r"shf_[A-Za-z0-9_-]+", made.read().decode()).group(0)


@dataclass
class NewsroomAPI:
    base_url: str
    token: str

    def call(self, method: str, path: str, payload: dict | None = None) -> dict:
        request = urllib.request.Request(
            self.base_url + path, method=method,
            data=json.dumps(payload).encode() if payload is not None else None,
            headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def publish(self, headline: str, section: str = "world", **fields) -> dict:
        article = self.call("POST", "/api/v1/articles", {"headline": headline, "section": section, **fields})
        return self.call("POST", f"/api/v1/articles/{article['id']}/status", {"move": "publish"})
