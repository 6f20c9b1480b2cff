"""A small client for a Sahifa newsroom, for benchmarks and end-to-end tests: signs in with
an e-mail and password, makes an API token, and publishes through API v1. Standard library only."""

from __future__ import annotations

import http.cookiejar
import json
import re
import urllib.parse
import urllib.request


def api_token(base_url: str, email: str, password: str, name: str = "bench") -> str:
    """Signs in through the newsroom's form and makes a token with every scope; returns its secret."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    form = opener.open(base_url + "/newsroom/login", timeout=10).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
    body = urllib.parse.urlencode({"email": email, "password": password, "form_token": token})
    page = opener.open(base_url + "/newsroom/login", data=body.encode(), timeout=60).read().decode()
    token = re.search(r'name="form_token" value="([^"]+)"', page).group(1)
    fields = [("name", name), ("scopes", "read"), ("scopes", "write"), ("scopes", "publish"), ("form_token", token)]
    made = opener.open(base_url + "/newsroom/tokens", data=urllib.parse.urlencode(fields).encode(), timeout=10)
    return re.search(r"shf_[A-Za-z0-9_-]+", made.read().decode()).group(0)


class NewsroomAPI:
    """Calls API v1 with a bearer token."""

    def __init__(self, base_url: str, token: str):
        self.base_url = base_url
        self.token = token

    def call(self, method: str, path: str, payload: dict | None = None) -> dict:
        request = urllib.request.Request(
            self.base_url + path, method=method,
            data=json.dumps(payload).encode() if payload is not None else None,
            headers={"Authorization": "Bearer " + self.token, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read() or b"{}")

    def publish(self, headline: str, section: str = "world", **fields) -> dict:
        """Writes a draft and publishes it; returns the published article."""
        article = self.call("POST", "/api/v1/articles", {"headline": headline, "section": section, **fields})
        return self.call("POST", f"/api/v1/articles/{article['id']}/status", {"move": "publish"})
