import SahifaCore

/// The article page, in the order of the reference page: section label, kicker, headline,
/// summary, hero picture with credit, byline, dates, body with related cards, tags, share.
enum ArticlePage {
    static func render(_ page: ArticlePageModel) -> [UInt8] {
        var html = HTMLWriter()
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<article class=\"article wrap\">\n<header class=\"article-header\">")
            html.link(page.section.href, page.section.text, extra: " class=\"section-label\"")
            if let kicker = page.kicker {
                html.element("<p class=\"kicker\">", kicker, close: "</p>")
            }
            html.element("<h1 class=\"headline\">", page.headline, close: "</h1>")
            if !page.summary.isEmpty {
                html.element("<p class=\"summary\">", page.summary, close: "</p>")
            }
            html.raw("</header>\n")
            if let hero = page.hero {
                html.raw("<figure class=\"hero\">")
                html.picture(hero.source, alt: hero.alt, slot: .hero, loading: .first)
                Components.caption(hero, into: &html)
                html.raw("</figure>\n")
            }
            meta(page, into: &html)
            html.raw("<div class=\"article-body\">\n")
            for part in page.body {
                switch part {
                case .html(let trusted): html.trusted(trusted)
                case .relatedCard(let card): relatedCard(card, into: &html)
                }
            }
            html.raw("\n</div>\n<footer class=\"article-footer\">")
            if !page.tags.isEmpty {
                html.raw("<div class=\"tags\"><h2 class=\"footer-title\">الوسوم</h2><ul>")
                for tag in page.tags {
                    html.raw("<li>")
                    html.link(tag.href, tag.text, extra: " rel=\"tag\"")
                    html.raw("</li>")
                }
                html.raw("</ul></div>")
            }
            html.raw("<div class=\"share\"><h2 class=\"footer-title\">شارك الخبر</h2><ul>")
            for link in page.share {
                html.raw("<li>")
                html.link(link.href, link.text, extra: " rel=\"noopener nofollow\"")
                html.raw("</li>")
            }
            html.raw("</ul></div></footer>\n")
            if !page.relatedNews.isEmpty {
                html.raw("<section class=\"related-news\" aria-labelledby=\"related-news-title\">")
                html.raw("<h2 id=\"related-news-title\" class=\"block-title\">أخبار ذات علاقة</h2><div class=\"grid\">")
                for story in page.relatedNews {
                    Components.teaser(story, headingLevel: .h3, showSummary: false, slot: .card, into: &html)
                }
                html.raw("</div></section>\n")
            }
            html.raw("</article>\n")
        }
        return html.bytes
    }

    private static func meta(_ page: ArticlePageModel, into html: inout HTMLWriter) {
        html.raw("<div class=\"article-meta\">")
        if !page.byline.isEmpty {
            html.raw("<p class=\"byline\">بقلم ")
            for (index, author) in page.byline.enumerated() {
                if index > 0 { html.raw(index == page.byline.count - 1 ? " و" : "، ") }
                html.link(author.href, author.text, extra: " rel=\"author\"")
            }
            html.raw("</p>")
        }
        html.raw("<p class=\"dateline\">نُشر في ")
        dateLine(page.published, into: &html)
        html.raw("</p>")
        if let updated = page.updated {
            html.raw("<p class=\"updated\">آخر تحديث ")
            dateLine(updated, into: &html)
            html.raw("</p>")
        }
        if let correction = page.correction {
            html.raw("<p class=\"correction\" role=\"note\"><strong>تحديث:</strong> ")
            html.text(correction.note)
            html.raw(" (")
            dateLine(correction.when, into: &html)
            html.raw(")</p>")
        }
        html.raw("</div>\n")
    }

    private static func dateLine(_ date: Dateline, into html: inout HTMLWriter) {
        html.raw("<time")
        html.attribute("datetime", date.iso8601)
        html.raw(">")
        html.text(date.gregorian)
        html.raw("، الموافق <span class=\"hijri\">")
        html.text(date.hijri)
        html.raw("</span>، الساعة ")
        html.text(date.time)
        html.raw("</time>")
    }

    private static func relatedCard(_ card: TeaserModel, into html: inout HTMLWriter) {
        html.raw("\n<aside class=\"related-card\" aria-label=\"أخبار ذات علاقة\">")
        html.raw("<p class=\"related-label\">أخبار ذات علاقة</p><a class=\"related-link\"")
        html.attribute("href", card.href)
        html.raw(">")
        if let image = card.image {
            html.picture(image.source, alt: image.alt, slot: .inlineCard, loading: .lazy)
        }
        html.element("<span class=\"related-headline\">", card.headline, close: "</span>")
        html.raw("</a></aside>\n")
    }
}
