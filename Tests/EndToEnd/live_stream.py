"""A live-news reader over a raw socket: opens /live and reads server-sent events."""

from __future__ import annotations

import socket
import time


def read_event(stream, deadline: float) -> dict[str, str]:
    """The next server-sent event (comments skipped) from a raw socket file."""
    event: dict[str, str] = {}
    while time.monotonic() < deadline:
        line = stream.readline().decode().rstrip("\n")
        if line == "":
            if "event" in event:
                return event
            event = {}  # the reconnection delay, or an empty block
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(": ")
        event[name] = value
    raise AssertionError("no event before the deadline")


def open_live(port: int, last_event_id: str | None = None):
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    headers = f"Last-Event-ID: {last_event_id}\r\n" if last_event_id else ""
    sock.sendall(f"GET /live HTTP/1.1\r\nHost: x\r\nAccept: text/event-stream\r\n{headers}\r\n".encode())
    stream = sock.makefile("rb")
    while stream.readline() not in (b"\r\n", b""):
        pass  # status line and headers
    return sock, stream
