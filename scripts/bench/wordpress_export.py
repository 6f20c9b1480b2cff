"""Writes a WordPress export (WXR 1.2) of N posts made from the shared Arabic news corpus, the way
WordPress 6's exporter lays it out, for measuring `sahifa import wordpress` at scale.

    python3 scripts/bench/wordpress_export.py CORPUS.jsonl.gz N OUT.xml.gz

The corpus is used in turn and again, each post a block-editor body with its own slug, category,
tags and author, so a 200,000-post export is about 1 GB of XML."""

from __future__ import annotations

import gzip
import json
import sys
import urllib.parse
from itertools import cycle, islice

HOME = "https://bench.example"
AUTHORS = ["r.khalil", "n.saeed", "s.haddad", "m.alaoui"]


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def main() -> None:
    corpus, count, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with gzip.open(corpus, "rt", encoding="utf-8") as source:
        articles = [json.loads(line) for line in islice(source, 5000)]
    categories = sorted({a["category"] for a in articles})
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=3) as w:
        w.write('<?xml version="1.0" encoding="UTF-8" ?>\n<!-- generator="WordPress/6.1.9" -->\n')
        w.write('<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n')
        w.write(f"<title>قياس</title><link>{HOME}</link><language>ar</language>\n")
        w.write(f"<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{HOME}</wp:base_site_url>\n")
        for number, login in enumerate(AUTHORS, 1):
            w.write(f"<wp:author><wp:author_id>{number}</wp:author_id><wp:author_login>{cdata(login)}</wp:author_login>"
                    f"<wp:author_email>{cdata(login + '@example.org')}</wp:author_email>"
                    f"<wp:author_display_name>{cdata('كاتب ' + str(number))}</wp:author_display_name></wp:author>\n")
        for number, slug in enumerate(categories, 1):
            w.write(f"<wp:category><wp:term_id>{number}</wp:term_id><wp:category_nicename>{cdata(slug)}"
                    f"</wp:category_nicename><wp:category_parent>{cdata('')}</wp:category_parent>"
                    f"<wp:cat_name>{cdata(slug)}</wp:cat_name></wp:category>\n")
        for post_id, article in enumerate(islice(cycle(articles), count), 10):
            words = article["title"].split()[:6]
            slug = urllib.parse.quote("-".join(words + [str(post_id)]), safe="-").lower()
            body = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->"
                               for p in article["body"].split("\n") if p.strip())
            date = article["date"][:19].replace("T", " ")
            if len(date) < 19:
                date = article["date"][:10] + " 12:00:00"
            w.write("<item>\n")
            w.write(f"<title>{cdata(article['title'])}</title><link>{HOME}/{slug}/</link>\n")
            w.write(f"<dc:creator>{cdata(AUTHORS[post_id % len(AUTHORS)])}</dc:creator>"
                    f"<guid isPermaLink=\"false\">{HOME}/?p={post_id}</guid>\n")
            w.write(f"<content:encoded>{cdata(body)}</content:encoded>"
                    f"<excerpt:encoded>{cdata(article.get('summary') or '')}</excerpt:encoded>\n")
            w.write(f"<wp:post_id>{post_id}</wp:post_id><wp:post_date>{cdata(date)}</wp:post_date>"
                    f"<wp:post_date_gmt>{cdata(date)}</wp:post_date_gmt><wp:post_modified_gmt>{cdata(date)}"
                    f"</wp:post_modified_gmt>\n<wp:post_name>{cdata(slug)}</wp:post_name>"
                    f"<wp:status>{cdata('publish')}</wp:status><wp:post_parent>0</wp:post_parent>"
                    f"<wp:post_type>{cdata('post')}</wp:post_type>\n")
            w.write(f"<category domain=\"category\" nicename=\"{article['category']}\">{cdata(article['category'])}"
                    "</category>\n")
            for tag in words[:2]:
                w.write(f"<category domain=\"post_tag\" nicename=\"{urllib.parse.quote(tag).lower()}\">{cdata(tag)}"
                        "</category>\n")
            w.write("</item>\n")
        w.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
