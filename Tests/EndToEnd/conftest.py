"""Shared fixtures for the end-to-end tests: the built `sahifa` binary, free ports,
and running servers that must shut down gracefully when the test is over."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
STARTUP_DEADLINE = 60.0  # seconds a debug build may take to answer /healthz
POLL_INTERVAL = 0.05
SHUTDOWN_DEADLINE = 15.0


def sahifa_binary() -> Path:
    """The binary under test: $SAHIFA_BIN, else the debug build of this checkout."""
    override = os.environ.get("SAHIFA_BIN")
    return Path(override) if override else REPO / ".build" / "debug" / "sahifa"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing is listening on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def clean_env(**overrides: str) -> dict[str, str]:
    """The caller's environment without any SAHIFA_* setting, with a pinned locale
    and time zone, plus `overrides`; so no test depends on the shell it runs in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SAHIFA_")}
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
    env.update(overrides)
    return env


def run_sahifa(*args: str, cwd: Path, env: dict[str, str] | None = None,
               timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Runs one short `sahifa` command to completion and captures its output."""
    return subprocess.run([str(sahifa_binary()), *args], cwd=cwd, env=env or clean_env(),
                          capture_output=True, text=True, timeout=timeout)


def http_get(url: str, timeout: float = 10) -> tuple[int, str]:
    """Status and body of a GET, without raising for 4xx/5xx answers."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@dataclass
class RunningServer:
    """A `sahifa serve` process started in its own folder, with its output in files."""

    process: subprocess.Popen
    base_url: str
    port: int
    workdir: Path
    stdout_path: Path
    stderr_path: Path
    _files: list = field(default_factory=list)

    def output(self) -> str:
        """Everything the server printed so far, for assertion messages."""
        out = self.stdout_path.read_text(errors="replace")
        err = self.stderr_path.read_text(errors="replace")
        return f"--- stdout ({self.stdout_path}) ---\n{out}\n--- stderr ({self.stderr_path}) ---\n{err}"

    def stop(self) -> int | None:
        """Sends SIGTERM and waits up to SHUTDOWN_DEADLINE; returns the exit status,
        or None when the server did not stop in time (it is then killed)."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=SHUTDOWN_DEADLINE)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
                self._close()
                return None
        self._close()
        return self.process.returncode

    def _close(self) -> None:
        for handle in self._files:
            handle.close()
        self._files.clear()


def start_server(workdir: Path, *args: str, port: int | None = None,
                 env: dict[str, str] | None = None, demo: bool = True) -> RunningServer:
    """Starts `sahifa serve` in `workdir` and returns once /healthz answers 200.

    The port is passed as --port unless `port` is None and the environment
    already names one (SAHIFA_PORT); `args` are added as given."""
    env = env if env is not None else clean_env()
    command = [str(sahifa_binary()), "serve"]
    if demo:
        command.append("--demo")
    if port is None and "SAHIFA_PORT" in env:
        port = int(env["SAHIFA_PORT"])
    elif port is None:
        port = free_port()
        command += ["--port", str(port)]
    else:
        command += ["--port", str(port)]
    command += list(args)

    workdir.mkdir(parents=True, exist_ok=True)
    stdout_path, stderr_path = workdir / "server.stdout.log", workdir / "server.stderr.log"
    stdout, stderr = open(stdout_path, "wb"), open(stderr_path, "wb")
    process = subprocess.Popen(command, cwd=workdir, env=env, stdout=stdout, stderr=stderr)
    server = RunningServer(process, f"http://127.0.0.1:{port}", port, workdir,
                           stdout_path, stderr_path, [stdout, stderr])

    deadline = time.monotonic() + STARTUP_DEADLINE
    last_error: object = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            server._close()
            raise AssertionError(f"`{' '.join(command)}` exited with status {process.returncode} "
                                 f"before answering /healthz\n{server.output()}")
        try:
            status, body = http_get(server.base_url + "/healthz", timeout=1)
            if status == 200:
                assert body.strip() == '{"status":"ok"}', f"unexpected /healthz body {body!r}"
                return server
            last_error = f"status {status}"
        except OSError as error:  # not listening yet
            last_error = error
        time.sleep(POLL_INTERVAL)
    server.stop()
    raise AssertionError(f"/healthz did not answer 200 within {STARTUP_DEADLINE:.0f} s "
                         f"(last: {last_error})\n{server.output()}")


def assert_graceful_shutdown(server: RunningServer) -> None:
    """SIGTERM must end the server with exit status 0 within SHUTDOWN_DEADLINE."""
    status = server.stop()
    assert status is not None, (f"server did not exit within {SHUTDOWN_DEADLINE:.0f} s of SIGTERM"
                                f"\n{server.output()}")
    assert status == 0, f"server exited with status {status} after SIGTERM\n{server.output()}"


@pytest.fixture(scope="session")
def sahifa_bin() -> Path:
    binary = sahifa_binary()
    assert binary.is_file() and os.access(binary, os.X_OK), (
        f"no sahifa binary at {binary}; run `swift build` first or set SAHIFA_BIN")
    return binary


@pytest.fixture
def running_server(sahifa_bin, tmp_path):
    """Factory: `running_server(*args, port=..., env=..., demo=True)` starts a server in
    a fresh folder and returns it (its `base_url` is ready to use). Every server still
    running at teardown must shut down gracefully on SIGTERM."""
    servers: list[RunningServer] = []

    def start(*args: str, port: int | None = None, env: dict[str, str] | None = None,
              demo: bool = True, workdir: Path | None = None) -> RunningServer:
        folder = workdir or tmp_path / f"server-{len(servers)}"
        server = start_server(folder, *args, port=port, env=env, demo=demo)
        servers.append(server)
        return server

    yield start
    for server in servers:
        if server.process.returncode is None:
            assert_graceful_shutdown(server)


@pytest.fixture(scope="module")
def demo_site(sahifa_bin, tmp_path_factory):
    """One demo server shared by a module's tests; shut down gracefully afterwards."""
    server = start_server(tmp_path_factory.mktemp("demo-site"))
    yield server
    assert_graceful_shutdown(server)


POSTGRES_SERVER = os.environ.get("SAHIFA_TEST_POSTGRES", "")
"""The PostgreSQL test server scripts/test starts, or empty when this run has none."""


def psql(url: str, sql: str) -> str:
    """Runs one statement with psql and returns its unaligned output."""
    done = subprocess.run(["psql", url, "-At", "-c", sql], capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


@pytest.fixture
def empty_postgres_database():
    """The address of a new, empty database on the test server; dropped afterwards."""
    name = "e2e_" + uuid.uuid4().hex
    psql(POSTGRES_SERVER, f"CREATE DATABASE {name}")
    yield urllib.parse.urlunparse(urllib.parse.urlparse(POSTGRES_SERVER)._replace(path="/" + name))
    psql(POSTGRES_SERVER, f"DROP DATABASE {name} WITH (FORCE)")

