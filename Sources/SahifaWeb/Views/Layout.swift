/// The frame of every reader page, in the order of the reference page: skip link,
/// breaking ticker (عاجل), logo and sections, the page's own content, "تابعونا على", footer.
enum Layout {
    static func page(
        head: PageHead,
        chrome: PageChrome,
        into html: inout HTMLWriter,
        main: (inout HTMLWriter) -> Void
    ) {
        html.raw("<!doctype html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.element("<title>", head.title, close: "</title>\n")
        html.raw("<meta name=\"description\"")
        html.attribute("content", head.description)
        html.raw(">\n")
        if let canonical = head.canonicalURL {
            html.raw("<link rel=\"canonical\"")
            html.attribute("href", canonical)
            html.raw(">\n")
        }
        html.append(chrome.rendered.siteFeeds)
        feedLinks(head.listFeeds, into: &html)
        for meta in head.socialMeta {
            switch meta.attribute {
            case .property:
                html.raw("<meta")
                html.attribute("property", meta.key)
            case .name:
                html.raw("<meta")
                html.attribute("name", meta.key)
            }
            html.attribute("content", meta.content)
            html.raw(">\n")
        }
        for data in head.structuredData { html.structuredData(data) }
        if let article = head.article { ArticleMetadataView.write(article, into: &html) }
        html.append(chrome.rendered.headEnd)
        if chrome.liveSince > 0 { html.attribute("data-live-since", String(chrome.liveSince)) }
        html.append(chrome.rendered.top)
        html.raw("<main id=\"main\" tabindex=\"-1\">\n")
        main(&html)
        html.raw("</main>\n")
        html.append(chrome.rendered.bottom)
    }

    static func feedLinks(_ feeds: [FeedLink], into html: inout HTMLWriter) {
        for feed in feeds {
            html.raw("<link rel=\"alternate\"")
            html.attribute("type", feed.type)
            html.attribute("title", feed.title)
            html.attribute("href", feed.href)
            html.raw(">\n")
        }
    }

    /// The head's last links and the body's opening, left open for its attributes.
    static func headEnd(_ chrome: ChromeModel, into html: inout HTMLWriter) {
        html.raw("<link rel=\"stylesheet\"")
        html.attribute("href", chrome.stylesheetHref)
        html.raw(">\n<link rel=\"icon\" type=\"image/svg+xml\"")
        html.attribute("href", chrome.iconHref)
        html.raw(">\n<script defer")
        html.attribute("src", chrome.liveScriptHref)
        html.raw("></script>\n<script defer")
        html.attribute("src", chrome.embedScriptHref)
        html.raw("></script>\n</head>\n<body")
    }

    /// Closes the body's opening tag, then the skip link, ticker, masthead and sections.
    static func top(_ chrome: ChromeModel, into html: inout HTMLWriter) {
        html.raw(">\n<a class=\"skip-link\" href=\"#main\">انتقل إلى المحتوى</a>\n")
        ticker(chrome.breaking, into: &html)
        siteHeader(chrome, into: &html)
    }

    static func bottom(_ chrome: ChromeModel, into html: inout HTMLWriter) {
        followUs(chrome.social, into: &html)
        html.raw("<footer class=\"site-footer\"><div class=\"wrap\">")
        if !chrome.footerPages.isEmpty {
            html.raw("<nav class=\"footer-pages\" aria-label=\"صفحات الموقع\"><ul>")
            for page in chrome.footerPages {
                html.raw("<li>")
                html.link(page.href, page.text)
                html.raw("</li>")
            }
            html.raw("</ul></nav>")
        }
        html.raw("<p class=\"copyright\">")
        html.text(chrome.copyright)
        html.raw("</p></div></footer>\n</body>\n</html>\n")
    }

    private static func ticker(_ items: [TickerItem], into html: inout HTMLWriter) {
        guard !items.isEmpty else { return }
        html.raw("<section class=\"ticker\" aria-label=\"أخبار عاجلة\"><div class=\"wrap\">")
        html.raw("<strong class=\"ticker-label\">عاجل</strong><ul class=\"ticker-items\">")
        for item in items {
            html.raw("<li>")
            if let href = item.href {
                html.link(href, item.text)
            } else {
                html.text(item.text)
            }
            html.raw("</li>")
        }
        html.raw("</ul></div></section>\n")
    }

    private static func siteHeader(_ chrome: ChromeModel, into html: inout HTMLWriter) {
        html.raw("<header class=\"site-header\"><div class=\"wrap\"><a class=\"logo\" href=\"/\" rel=\"home\">")
        if let logo = chrome.logo {
            html.raw("<img")
            html.attribute("src", logo.source.path)
            html.attribute("alt", chrome.siteName)
            html.attribute("width", String(logo.source.width))
            html.attribute("height", String(logo.source.height))
            html.raw(">")
        } else {
            html.text(chrome.siteName)
        }
        html.raw("</a>")
        if !chrome.tagline.isEmpty {
            html.element("<p class=\"tagline\">", chrome.tagline, close: "</p>")
        }
        html.raw("<form class=\"site-search\" role=\"search\" action=\"/search\" method=\"get\">")
        html.raw(
            "<input type=\"search\" name=\"q\" maxlength=\"500\" dir=\"auto\" aria-label=\"ابحث في الموقع\" placeholder=\"ابحث\">"
        )
        html.raw("<button type=\"submit\">بحث</button></form>")
        html.raw("<nav class=\"sections\" aria-label=\"الأقسام\"><ul><li><a href=\"/\">الرئيسية</a></li>")
        for link in chrome.navigation {
            html.raw("<li>")
            html.link(link.href, link.text, extra: link.isCurrent ? " aria-current=\"page\"" : "")
            html.raw("</li>")
        }
        html.raw("</ul></nav></div></header>\n")
    }

    private static func followUs(_ links: [SocialLinkModel], into html: inout HTMLWriter) {
        guard !links.isEmpty else { return }
        html.raw("<section class=\"follow\" aria-labelledby=\"follow-title\"><div class=\"wrap\">")
        html.raw("<h2 id=\"follow-title\">تابعونا على</h2><ul>")
        for link in links {
            html.raw("<li><a")
            html.attribute("class", "social social-" + link.network)
            html.attribute("href", link.href)
            html.raw(" rel=\"me noopener\">")
            html.text(link.label)
            html.raw("</a></li>")
        }
        html.raw("</ul></div></section>\n")
    }
}
