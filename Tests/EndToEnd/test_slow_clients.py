"""Slow and idle clients: connections that never finish their request are closed on time and
never keep ordinary readers waiting, and past the connection cap a new one is told so at once."""

from __future__ import annotations

import re
import resource
import socket
import time

from conftest import http_get

STALLED = 1000


def allow_open_files(count: int) -> None:
    """This test process holds many sockets at once: raise its own soft limit if it must."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < count:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count), hard))


def stalled_connection(port: int) -> socket.socket:
    """A connection that sends the start of a request head and never the rest."""
    connection = socket.create_connection(("127.0.0.1", port), timeout=10)
    connection.sendall(b"GET / HTTP/1.1\r\nHost: news.example\r\nUser-Agent: slow")
    return connection


def closed_by_server(connection: socket.socket) -> bool:
    """Whether the server has closed the connection (reading gives its end or a reset)."""
    connection.setblocking(False)
    try:
        return connection.recv(4096) == b""
    except BlockingIOError:
        return False
    except ConnectionResetError:
        return True


def wait_until(condition, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.1)


def test_a_thousand_stalled_connections_keep_no_reader_waiting_and_are_closed_on_time(running_server):
    allow_open_files(STALLED + 200)
    server = running_server("--request-head-timeout", "4")
    stalled = [stalled_connection(server.port) for _ in range(STALLED)]
    try:
        for _ in range(20):
            started = time.monotonic()
            status, _ = http_get(server.base_url + "/", timeout=5)
            assert status == 200
            assert time.monotonic() - started < 1, "a reader waited a second or more behind stalled connections"
        metrics = http_get(server.base_url + "/metrics")[1]
        open_now = int(re.search(r"^sahifa_open_connections (\d+)$", metrics, re.M).group(1))
        assert open_now >= STALLED, f"/metrics counts {open_now} open connections"
        wait_until(lambda: all(closed_by_server(connection) for connection in stalled), 30,
                   "stalled connections were not closed after the head timeout")
        assert http_get(server.base_url + "/")[0] == 200
    finally:
        for connection in stalled:
            connection.close()


def test_past_the_connection_cap_a_new_connection_is_answered_503_at_once(running_server):
    server = running_server("--max-connections", "20")
    held = [stalled_connection(server.port) for _ in range(20)]
    try:
        # The server counts a connection when it accepts it; wait until it has counted them all.
        def refused() -> bool:
            with socket.create_connection(("127.0.0.1", server.port), timeout=5) as extra:
                extra.sendall(b"GET / HTTP/1.1\r\nHost: news.example\r\n\r\n")
                answer = extra.recv(4096).decode("utf-8", "replace")
            return answer.startswith("HTTP/1.1 503")
        wait_until(refused, 10, "the 21st connection was not refused")
        with socket.create_connection(("127.0.0.1", server.port), timeout=5) as extra:
            answer = b""
            while chunk := extra.recv(4096):
                answer += chunk
        text = answer.decode("utf-8")
        assert text.startswith("HTTP/1.1 503"), text
        assert "retry-after: 5" in text.lower() and "الموقع مزدحم الآن" in text
    finally:
        for connection in held:
            connection.close()
    wait_until(lambda: http_get(server.base_url + "/")[0] == 200, 10,
               "the site did not answer again once connections were freed")


def test_an_idle_connection_and_a_stalled_body_are_closed_on_time(running_server):
    server = running_server("--idle-timeout", "2", "--request-body-timeout", "2")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as kept:
        kept.sendall(b"GET /healthz HTTP/1.1\r\nHost: news.example\r\n\r\n")
        assert kept.recv(4096).startswith(b"HTTP/1.1 200")
        wait_until(lambda: closed_by_server(kept), 15, "an idle kept-alive connection stayed open")
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as upload:
        upload.sendall(b"POST /newsroom/login HTTP/1.1\r\nHost: news.example\r\n"
                       b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nemail=a")
        wait_until(lambda: closed_by_server(upload), 15, "a request body that stopped arriving held its connection")
    assert http_get(server.base_url + "/healthz")[0] == 200
