#!/usr/bin/env python3
"""The reference for the search benchmark: plain SQLite FTS5 over the same corpus text.

No Arabic analysis beyond FTS5's own unicode61 tokenizer (diacritics removed), the headline
weighted above the body as in Sahifa, every word required, ten results by bm25 with a
snippet and the total count, answered as JSON over HTTP. It shows what a query costs
without Sahifa's analysis, ranking and page work.

    fts5_reference.py build CORPUS.jsonl.gz DB      index the corpus once
    fts5_reference.py serve DB PORT                 answer GET /search?q=
"""
import gzip
import json
import sqlite3
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

SCHEMA = """
CREATE VIRTUAL TABLE articles USING fts5(
    source_id UNINDEXED, headline, body, tokenize = 'unicode61 remove_diacritics 2'
);
"""


def build(corpus, path):
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode = WAL;" + SCHEMA)
    with gzip.open(corpus, "rt", encoding="utf-8") as lines, db:
        rows = ((a["id"], a["title"], a.get("body", "")) for a in map(json.loads, lines))
        db.executemany("INSERT INTO articles VALUES (?, ?, ?)", rows)
    db.execute("INSERT INTO articles(articles) VALUES ('optimize')")
    db.commit()


def expression(text):
    """Every word of the query, each as a quoted string, so nothing is read as syntax."""
    words = [w.replace('"', '""') for w in text.split()][:12]
    return " AND ".join(f'"{w}"' for w in words)


class Handler(BaseHTTPRequestHandler):
    local = threading.local()

    def connection_for_thread(self):
        if not hasattr(self.local, "db"):
            self.local.db = sqlite3.connect(f"file:{self.server.path}?mode=ro", uri=True)
        return self.local.db

    def do_GET(self):
        url = urlsplit(self.path)
        text = parse_qs(url.query).get("q", [""])[0]
        if url.path != "/search" or not text.strip():
            self.send_error(400)
            return
        db = self.connection_for_thread()
        match = expression(text)
        total = db.execute("SELECT count(*) FROM articles WHERE articles MATCH ?", (match,)).fetchone()[0]
        rows = db.execute(
            """
            SELECT source_id, headline, snippet(articles, 2, '<mark>', '</mark>', '…', 24)
            FROM articles WHERE articles MATCH ? ORDER BY bm25(articles, 0, 10.0, 1.0) LIMIT 10
            """,
            (match,),
        ).fetchall()
        body = json.dumps(
            {"total": total, "results": [{"source_id": s, "headline": h, "snippet": n} for s, h, n in rows]},
            ensure_ascii=False,
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def serve(path, port):
    server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
    server.path = path
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "build":
        build(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 4 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
