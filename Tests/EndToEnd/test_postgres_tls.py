"""TLS to PostgreSQL as an operator asks for it in the address (sslmode), against a server of
the test's own that refuses connections without TLS and has a certificate for "localhost".
Runs when SAHIFA_TEST_POSTGRES is set (scripts/test sets it when PostgreSQL is installed)."""

from __future__ import annotations

import os
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import REPO, assert_graceful_shutdown, free_port, http_get, run_sahifa, start_server

pytestmark = pytest.mark.skipif(not os.environ.get("SAHIFA_TEST_POSTGRES"),
                                reason="needs PostgreSQL (SAHIFA_TEST_POSTGRES)")


@pytest.fixture(scope="module")
def tls_server():
    # Not under pytest's own temporary folder: that is closed to the server's user.
    folder = Path(tempfile.mkdtemp(prefix="sahifa-tls-"))
    port = free_port()
    script = str(REPO / "scripts" / "postgres-server")
    started = subprocess.run([script, "start", str(folder), str(port), "--tls"],
                             capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    yield port, folder / "server.crt"
    subprocess.run([script, "stop", str(folder)], capture_output=True, timeout=60)


def test_sslmode_require_connects_over_tls_and_the_site_is_served(tls_server, tmp_path):
    port, _ = tls_server
    url = f"postgres://sahifa@127.0.0.1:{port}/sahifa?sslmode=require"
    made = run_sahifa("demo", "--database", url, "--media", str(tmp_path / "media"), cwd=tmp_path, timeout=120)
    assert made.returncode == 0, made.stderr
    server = start_server(tmp_path, "--database", url, "--media", str(tmp_path / "media"), demo=False)
    try:
        status, page = http_get(server.base_url + "/")
        assert status == 200 and "lang=\"ar\"" in page
    finally:
        assert_graceful_shutdown(server)


def test_without_tls_the_server_refuses_and_the_command_says_why(tls_server, tmp_path):
    port, _ = tls_server
    refused = run_sahifa("migrate", "--database", f"postgres://sahifa@127.0.0.1:{port}/sahifa?sslmode=disable",
                         cwd=tmp_path)
    assert refused.returncode != 0
    assert "cannot open the database postgres://sahifa@127.0.0.1" in refused.stderr
    assert "no encryption" in refused.stderr


def test_verify_full_checks_the_certificate_and_the_host_name(tls_server, tmp_path):
    port, certificate = tls_server
    trusted = f"sslmode=verify-full&sslrootcert={certificate}"
    named = run_sahifa("migrate", "--database", f"postgres://sahifa@localhost:{port}/sahifa?{trusted}", cwd=tmp_path)
    assert named.returncode == 0, named.stderr
    by_address = run_sahifa("migrate", "--database", f"postgres://sahifa@127.0.0.1:{port}/sahifa?{trusted}",
                            cwd=tmp_path)
    assert by_address.returncode != 0, "a certificate for localhost must not pass for 127.0.0.1"
    unknown_root = run_sahifa("migrate", "--database", f"postgres://sahifa@localhost:{port}/sahifa?sslmode=verify-full",
                              cwd=tmp_path)
    assert unknown_root.returncode != 0, "a self-signed certificate must not pass without its root"
