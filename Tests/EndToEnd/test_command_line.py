"""What an operator sees when running the `sahifa` command."""

from __future__ import annotations

import socket
import subprocess
import sqlite3
import urllib.error
import urllib.request

from conftest import (assert_graceful_shutdown, clean_env, free_port, http_get, run_sahifa,
                      start_server)

SAHIFA_VARIABLES = ["SAHIFA_HOST", "SAHIFA_PORT", "SAHIFA_DATABASE", "SAHIFA_MEDIA",
                    "SAHIFA_PUBLIC_URL", "SAHIFA_LOG_LEVEL", "SAHIFA_SECURE_COOKIES", "SAHIFA_UPLOAD_LIMIT_MB",
                    "SAHIFA_PICTURE_LIMIT_MEGAPIXELS", "SAHIFA_METRICS_FROM", "SAHIFA_METRICS_TOKEN"]


def describe(result) -> str:
    return f"exit status {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"


def test_help_lists_the_serve_migrate_and_demo_commands(sahifa_bin, tmp_path):
    """`sahifa --help` names every subcommand an operator needs."""
    result = run_sahifa("--help", cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    for command in ("serve", "migrate", "demo"):
        assert command in result.stdout, f"--help does not mention {command}\n{describe(result)}"


def test_serve_help_names_every_SAHIFA_environment_variable(sahifa_bin, tmp_path):
    """`sahifa serve --help` tells the operator which environment variable backs each option."""
    result = run_sahifa("serve", "--help", cwd=tmp_path)
    assert result.returncode == 0, describe(result)
    for variable in SAHIFA_VARIABLES:
        assert variable in result.stdout, f"serve --help does not mention {variable}\n{describe(result)}"


def test_a_port_already_in_use_is_refused_with_a_clear_message(sahifa_bin, tmp_path):
    """Serving on a port another program holds fails at once and says the port is in use."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = run_sahifa("serve", "--demo", "--port", str(port), cwd=tmp_path)
    assert result.returncode != 0, describe(result)
    assert "Error:" in result.stderr and "already in use" in result.stderr, describe(result)
    assert str(port) in result.stderr, f"the message does not name port {port}\n{describe(result)}"


def test_a_database_in_a_missing_folder_cannot_be_opened(sahifa_bin, tmp_path):
    """A --database path whose folder does not exist fails with "cannot open the database"."""
    missing = tmp_path / "no-such-folder" / "news.sqlite"
    result = run_sahifa("serve", "--port", str(free_port()), "--database", str(missing), cwd=tmp_path)
    assert result.returncode != 0, describe(result)
    assert "Error:" in result.stderr and "cannot open the database" in result.stderr, describe(result)
    assert not missing.parent.exists(), "serve created the missing folder"


def test_a_file_that_is_not_a_database_is_refused(sahifa_bin, tmp_path):
    """Pointing --database at a text file fails with "file is not a database" and leaves it alone."""
    text_file = tmp_path / "notes.sqlite"
    text_file.write_text("this is not a database\n" * 100)
    before = text_file.read_bytes()
    result = run_sahifa("serve", "--port", str(free_port()), "--database", str(text_file), cwd=tmp_path)
    assert result.returncode != 0, describe(result)
    assert "Error:" in result.stderr and "file is not a database" in result.stderr, describe(result)
    assert text_file.read_bytes() == before, "serve changed the file it refused"


def test_demo_refuses_an_existing_database_without_force_and_replaces_it_with_force(sahifa_bin, tmp_path):
    """`sahifa demo` never overwrites a database by accident: it asks for --force, and --force starts afresh."""
    database = tmp_path / "site.sqlite"
    created = run_sahifa("demo", "--database", str(database), cwd=tmp_path)
    assert created.returncode == 0, describe(created)
    assert database.is_file(), describe(created)

    # Leave a mark in the existing database so a true replacement can be told apart.
    with sqlite3.connect(database) as connection:
        connection.execute("CREATE TABLE editor_mark (note TEXT)")
    connection.close()

    refused = run_sahifa("demo", "--database", str(database), cwd=tmp_path)
    assert refused.returncode != 0, describe(refused)
    assert "--force" in refused.stderr, describe(refused)
    assert _tables(database) >= {"editor_mark"}, "demo without --force changed the database"

    forced = run_sahifa("demo", "--database", str(database), "--force", cwd=tmp_path)
    assert forced.returncode == 0, describe(forced)
    assert "editor_mark" not in _tables(database), "demo --force kept the old database"
    assert "articles" in forced.stdout, describe(forced)


def _tables(database) -> set[str]:
    connection = sqlite3.connect(database)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        connection.close()


def test_migrate_creates_a_new_database_and_a_second_run_says_it_is_up_to_date(sahifa_bin, tmp_path):
    """`sahifa migrate` is safe to repeat: first it migrates, then it reports nothing to do."""
    database = tmp_path / "fresh.sqlite"
    first = run_sahifa("migrate", "--database", str(database), cwd=tmp_path)
    assert first.returncode == 0, describe(first)
    assert "Migrated" in first.stdout, describe(first)
    assert database.is_file()

    second = run_sahifa("migrate", "--database", str(database), cwd=tmp_path)
    assert second.returncode == 0, describe(second)
    assert "up to date" in second.stdout, describe(second)


def test_serve_demo_honours_SAHIFA_PORT_and_SAHIFA_DATABASE(running_server, tmp_path):
    """With no flags, `serve --demo` listens on $SAHIFA_PORT and creates its database at $SAHIFA_DATABASE."""
    port = free_port()
    database = tmp_path / "from-env" / "env-news.sqlite"
    database.parent.mkdir()
    server = running_server(port=None, env=clean_env(SAHIFA_PORT=str(port), SAHIFA_DATABASE=str(database)))
    assert server.port == port
    status, body = http_get(f"http://127.0.0.1:{port}/healthz")
    assert (status, body.strip()) == (200, '{"status":"ok"}'), server.output()
    assert database.is_file(), f"no database at {database}\n{server.output()}"
    assert not (server.workdir / "sahifa-demo.sqlite").exists(), "the default database was created as well"


def test_a_SAHIFA_PORT_that_is_not_a_number_is_refused_with_a_message(sahifa_bin, tmp_path):
    """SAHIFA_PORT=abc stops `serve` before it starts, naming the variable."""
    result = run_sahifa("serve", "--demo", cwd=tmp_path, env=clean_env(SAHIFA_PORT="abc"))
    assert result.returncode != 0, describe(result)
    assert "SAHIFA_PORT" in result.stderr and "abc" in result.stderr, describe(result)
    assert not (tmp_path / "sahifa-demo.sqlite").exists(), "a refused start still created the demo database"


def test_a_picture_limit_out_of_range_or_not_a_number_is_refused_with_a_message(sahifa_bin, tmp_path):
    """The pixel limit must be 1 to 1000 megapixels; anything else stops `serve` before it starts."""
    flag = run_sahifa("serve", "--demo", "--picture-limit-megapixels", "0", cwd=tmp_path, env=clean_env())
    assert flag.returncode != 0, describe(flag)
    assert "--picture-limit-megapixels must be between 1 and 1000" in flag.stderr, describe(flag)
    variable = run_sahifa("serve", "--demo", cwd=tmp_path, env=clean_env(SAHIFA_PICTURE_LIMIT_MEGAPIXELS="many"))
    assert variable.returncode != 0, describe(variable)
    assert "SAHIFA_PICTURE_LIMIT_MEGAPIXELS" in variable.stderr and "many" in variable.stderr, describe(variable)
    assert not (tmp_path / "sahifa-demo.sqlite").exists(), "a refused start still created the demo database"


def test_serve_demo_shuts_down_gracefully_on_SIGTERM(sahifa_bin, tmp_path):
    """An operator's SIGTERM ends `serve --demo` with exit status 0 and stops listening."""
    server = start_server(tmp_path / "site")
    assert_graceful_shutdown(server)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.settimeout(5)
        try:
            probe.connect(("127.0.0.1", server.port))
        except ConnectionRefusedError:
            pass
        else:
            raise AssertionError(f"port {server.port} still accepts connections after shutdown")


def test_a_deploy_script_makes_lists_and_revokes_an_api_token_from_the_shell(sahifa_bin, tmp_path, running_server):
    database = str(tmp_path / "news.sqlite")
    assert run_sahifa("demo", "--database", database, cwd=tmp_path).returncode == 0
    added = subprocess.run([str(sahifa_bin), "user", "add", "--database", database, "--email", "deploy@example.org",
                            "--name", "النشر الآلي", "--role", "editor"], input="passphrase for deploys\n",
                           text=True, capture_output=True, env=clean_env(), timeout=60)
    assert added.returncode == 0, added.stderr
    made = run_sahifa("token", "add", "deploy@example.org", "--scopes", "read,write", "--expires", "30",
                      "--name", "CI", "--database", database, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    secret = made.stdout.strip()
    assert secret.startswith("shf_") and "\n" not in secret and "until 20" in made.stderr

    wrong = run_sahifa("token", "add", "deploy@example.org", "--scopes", "read,fly", "--database", database,
                       cwd=tmp_path)
    assert wrong.returncode == 1 and "unknown scope fly" in wrong.stderr
    nobody = run_sahifa("token", "add", "nobody@example.org", "--scopes", "read", "--database", database,
                        cwd=tmp_path)
    assert nobody.returncode == 1 and "no account" in nobody.stderr

    listed = run_sahifa("token", "list", "--database", database, cwd=tmp_path)
    assert listed.returncode == 0 and secret not in listed.stdout
    row = listed.stdout.splitlines()[1].split("\t")
    assert row[1:4] == ["deploy@example.org", "CI", "read,write"] and row[6] != "-"

    server = running_server("--database", database, demo=False)
    request = urllib.request.Request(server.base_url + "/api/v1/articles?status=draft",
                                     headers={"Authorization": f"Bearer {secret}"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
    revoked = run_sahifa("token", "revoke", row[0], "--database", database, cwd=tmp_path)
    assert revoked.returncode == 0, revoked.stderr
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("a revoked token still opened the API")
    except urllib.error.HTTPError as refused:
        assert refused.code == 401
    again = run_sahifa("token", "revoke", row[0], "--database", database, cwd=tmp_path)
    assert again.returncode == 1 and "no token" in again.stderr
