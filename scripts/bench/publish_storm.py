"""Publishes one article a second through API v1 and measures how long each takes to show on
the home page (polled by its own connection). Prints one line per publish and a summary.

    python3 scripts/bench/publish_storm.py BASE_URL TOKEN [COUNT]
"""

from __future__ import annotations

import statistics
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from sahifa_newsroom import NewsroomAPI  # noqa: E402


def main() -> None:
    base_url, token = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 30
    api = NewsroomAPI(base_url, token)
    delays: list[float] = []
    started = time.monotonic()
    for number in range(1, count + 1):
        headline = f"خبر العاصفة رقم {number} {int(time.time())}"
        api.publish(headline, summary="نشر متتابع تحت الضغط", body_markdown="فقرة قصيرة.")
        published = time.monotonic()
        while True:
            with urllib.request.urlopen(base_url + "/", timeout=10) as response:
                if headline in response.read().decode():
                    break
            if time.monotonic() - published > 5:
                break
            time.sleep(0.005)
        delay = time.monotonic() - published
        delays.append(delay)
        print(f"publish {number:2d}: on the home page after {delay * 1000:.1f} ms", flush=True)
        time.sleep(max(0.0, started + number - time.monotonic()))
    print(f"visibility: max {max(delays) * 1000:.1f} ms, median {statistics.median(delays) * 1000:.1f} ms, "
          f"{sum(d <= 1 for d in delays)}/{len(delays)} within 1 s")


if __name__ == "__main__":
    main()
