"""Two Sahifa instances on one PostgreSQL database, as a newsroom that has outgrown one
machine runs them behind a load balancer: what the newsroom does on one instance reaches
the cached pages and the live readers of the other, and a scheduled story is published once.
Runs when SAHIFA_TEST_POSTGRES names a server (scripts/test starts one)."""

from __future__ import annotations

import datetime
import time
import urllib.parse
import urllib.request

import pytest

from conftest import POSTGRES_SERVER, assert_graceful_shutdown, http_get, psql, start_server
from live_stream import open_live, read_event
from newsroom_api import NewsroomAPI, api_token, prepare_demo_database

pytestmark = pytest.mark.skipif(not POSTGRES_SERVER, reason="needs a PostgreSQL server in SAHIFA_TEST_POSTGRES")


@pytest.fixture
def two_instances(sahifa_bin, tmp_path, empty_postgres_database):
    """Two servers on one demo database with an admin account, sharing a media folder;
    both must stop gracefully afterwards."""
    prepare_demo_database(tmp_path / "newsroom", empty_postgres_database)
    media = str(tmp_path / "newsroom" / "media")
    first = start_server(tmp_path / "first", "--database", empty_postgres_database, "--media", media, demo=False)
    try:
        second = start_server(tmp_path / "second", "--database", empty_postgres_database, "--media", media, demo=False)
    except BaseException:
        assert_graceful_shutdown(first)
        raise
    yield first, second
    assert_graceful_shutdown(first)
    assert_graceful_shutdown(second)


def cache_answer(url: str) -> str | None:
    """What the page cache said of this request (its Sahifa-Cache header)."""
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("Sahifa-Cache")


def wait_for(condition, what: str, seconds: float = 10):
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not within {seconds:.0f} s: {what}"
        time.sleep(0.05)


def test_a_write_on_one_instance_reaches_the_other_instances_pages_and_live_readers(two_instances):
    first, second = two_instances
    api = NewsroomAPI(first.base_url, api_token(first))
    # The second instance has the home page in its page cache before the news breaks.
    http_get(second.base_url + "/")
    assert cache_answer(second.base_url + "/") == "hit"
    sock, stream = open_live(second.port)

    published = api.publish("خبر نشر في النسخة الأولى")
    wait_for(lambda: "خبر نشر في النسخة الأولى" in http_get(second.base_url + "/")[1],
             "the second instance's home page shows a story published on the first")
    story = urllib.parse.urlparse(published["url"]).path
    assert http_get(second.base_url + story)[0] == 200

    api.call("PUT", f"/api/v1/articles/{published['id']}",
             {"headline": "خبر عدل في النسخة الأولى", "section": "world", "revision": published["revision"]})
    wait_for(lambda: "خبر عدل في النسخة الأولى" in http_get(second.base_url + story)[1],
             "the second instance's article page shows the edit")

    api.call("POST", "/api/v1/breaking", {"text": "عاجل من النسخة الأولى"})
    deadline = time.monotonic() + 10
    event = read_event(stream, deadline)
    while event["event"] != "breaking":
        event = read_event(stream, deadline)
    assert "عاجل من النسخة الأولى" in event["data"]
    sock.close()

    api.call("POST", f"/api/v1/articles/{published['id']}/status", {"move": "unpublish"})
    wait_for(lambda: http_get(second.base_url + story)[0] == 404,
             "the second instance stops showing an unpublished story")


def test_a_scheduled_story_is_published_once_by_one_of_two_instances(two_instances, empty_postgres_database):
    first, second = two_instances
    api = NewsroomAPI(first.base_url, api_token(first))
    draft = api.call("POST", "/api/v1/articles", {"headline": "خبر مجدول للنسختين", "section": "world"})
    at = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=2)
    api.call("POST", f"/api/v1/articles/{draft['id']}/status",
             {"move": "schedule", "publish_at": at.isoformat(timespec="seconds")})
    for server in (first, second):
        wait_for(lambda: "خبر مجدول للنسختين" in http_get(server.base_url + "/")[1],
                 "both home pages show the scheduled story once its time comes", seconds=20)
    publications = psql(empty_postgres_database,
                        f"SELECT count(*) FROM audit_log WHERE action = 'articlePublished' AND article_id = {draft['id']}")
    assert publications == "1"
