"""An operator opens newsroom accounts with `sahifa user add`; the member signs in over HTTP."""

from __future__ import annotations

import http.cookiejar
import re
import subprocess
import urllib.parse
import urllib.request

from conftest import clean_env, run_sahifa, sahifa_binary, start_server

PASSWORD = "عبارة مرور للاختبار"


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def add_user(database, *args: str, password: str = PASSWORD):
    return subprocess.run(
        [str(sahifa_binary()), "user", "add", "--database", str(database), *args],
        input=password + "\n", text=True, capture_output=True, env=clean_env(), timeout=120)


def test_user_add_opens_an_account_and_refuses_a_second_with_the_same_email(sahifa_bin, tmp_path):
    """The password comes from standard input; a taken e-mail, a bad role or a short password exit 1 with the reason."""
    database = tmp_path / "news.sqlite"
    opened = add_user(database, "--email", "Editor@Example.org", "--name", "هدى", "--role", "editor")
    assert opened.returncode == 0, describe(opened)
    assert "editor@example.org" in opened.stdout, describe(opened)
    again = add_user(database, "--email", "editor@example.org", "--name", "هدى", "--role", "editor")
    assert again.returncode == 1 and "already exists" in again.stderr, describe(again)
    short = add_user(database, "--email", "x@example.org", "--name", "س", "--role", "writer", password="قصيرة")
    assert short.returncode == 1 and "shorter than 10" in short.stderr, describe(short)
    role = add_user(database, "--email", "y@example.org", "--name", "س", "--role", "boss")
    assert role.returncode != 0 and "writer" in role.stderr, describe(role)


def test_an_account_opened_on_the_command_line_signs_in_to_the_newsroom(sahifa_bin, tmp_path):
    """The sign-in form takes the account's e-mail and password and opens the dashboard."""
    database = tmp_path / "news.sqlite"
    opened = add_user(database, "--email", "admin@example.org", "--name", "سلمى المديرة", "--role", "admin")
    assert opened.returncode == 0, describe(opened)
    server = start_server(tmp_path / "serve", "--database", str(database), demo=False)
    try:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        form = opener.open(server.base_url + "/newsroom/login", timeout=10).read().decode()
        token = re.search(r'name="form_token" value="([^"]+)"', form).group(1)
        body = urllib.parse.urlencode({"email": "admin@example.org", "password": PASSWORD, "form_token": token})
        dashboard = opener.open(server.base_url + "/newsroom/login", data=body.encode(), timeout=10)
        page = dashboard.read().decode()
        assert dashboard.url.endswith("/newsroom"), dashboard.url
        assert "أهلاً سلمى المديرة" in page
        assert any(cookie.name == "sahifa_session" for cookie in jar)
    finally:
        server.stop()
