"""Holds READERS connections to /live and measures how long a breaking item posted through
API v1 takes to reach them: from just before the editor's request is sent to the moment each
reader has read the event. Repeats ROUNDS times and prints the percentiles of every delivery.

    python3 scripts/bench/live_readers.py BASE_URL TOKEN [READERS] [ROUNDS]
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sahifa_newsroom import NewsroomAPI  # noqa: E402


async def open_reader(host: str, port: int) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(f"GET /live HTTP/1.1\r\nHost: {host}\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    while (await reader.readline()) not in (b"\r\n", b""):
        pass  # status line and headers
    return reader, writer


async def next_event(reader: asyncio.StreamReader) -> str:
    """Reads up to the end of the next event named `breaking`; returns its id."""
    event_id, name = "", ""
    while True:
        line = (await reader.readline()).decode().rstrip("\r\n")
        if line.startswith("id: "):
            event_id = line[4:]
        elif line.startswith("event: "):
            name = line[7:]
        elif line == "" and name == "breaking":
            return event_id
        elif line == "":
            event_id, name = "", ""


def live_readers(base_url: str) -> int:
    with urllib.request.urlopen(base_url + "/metrics", timeout=10) as response:
        for line in response.read().decode().splitlines():
            if line.startswith("sahifa_live_readers "):
                return int(line.split()[1])
    return -1


async def main() -> None:
    base_url, token = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 5000
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    address = urllib.parse.urlsplit(base_url)
    api = NewsroomAPI(base_url, token)
    connections = []
    opened = time.monotonic()
    for start in range(0, count, 250):
        connections += await asyncio.gather(*(open_reader(address.hostname, address.port) for _ in range(start, min(count, start + 250))))
    print(f"{len(connections)} readers connected in {time.monotonic() - opened:.1f} s; "
          f"the server counts {live_readers(base_url)}", flush=True)
    delays: list[float] = []
    missed = 0
    for number in range(1, rounds + 1):
        waiting = [asyncio.create_task(next_event(reader)) for reader, _ in connections]
        await asyncio.sleep(0.2)
        sent = time.monotonic()
        arrivals: list[float] = []

        async def timed(task: asyncio.Task) -> None:
            await task
            arrivals.append(time.monotonic() - sent)

        await asyncio.gather(
            asyncio.to_thread(api.call, "POST", "/api/v1/breaking", {"text": f"عاجل: اختبار البث المباشر {number}", "minutes": 5}),
            asyncio.wait_for(asyncio.gather(*(timed(task) for task in waiting)), timeout=30),
            return_exceptions=True,
        )
        missed += count - len(arrivals)
        delays += arrivals
        arrivals.sort()
        print(f"round {number}: {len(arrivals)}/{count} readers got it; p50 {arrivals[len(arrivals) // 2] * 1000:.0f} ms, "
              f"p99 {arrivals[int(len(arrivals) * 0.99) - 1] * 1000:.0f} ms, last {arrivals[-1] * 1000:.0f} ms", flush=True)
        await asyncio.sleep(1)
    delays.sort()
    print(f"all rounds: {len(delays)} deliveries, {missed} missed; p50 {statistics.median(delays) * 1000:.0f} ms, "
          f"p99 {delays[int(len(delays) * 0.99) - 1] * 1000:.0f} ms, max {delays[-1] * 1000:.0f} ms")
    for _, writer in connections:
        writer.close()


if __name__ == "__main__":
    asyncio.run(main())
