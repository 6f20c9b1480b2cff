import SahifaCore

/// The home page: lead story, top stories, a block per section, then the latest news.
enum HomePage {
    static func render(_ page: HomePageModel) -> [UInt8] {
        var html = HTMLWriter()
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<div class=\"wrap home\">\n")
            html.element("<h1 class=\"visually-hidden\">", page.siteName, close: "</h1>\n")
            if let lead = page.lead {
                html.raw("<section class=\"lead\" aria-label=\"الخبر الرئيسي\">")
                Components.teaser(lead, headingLevel: .h2, showSummary: true, slot: .lead, loading: .first, into: &html)
                html.raw("</section>\n")
            }
            if !page.topStories.isEmpty {
                html.raw("<section class=\"top-stories\" aria-labelledby=\"top-title\">")
                html.raw("<h2 id=\"top-title\" class=\"block-title\">أبرز الأخبار</h2><div class=\"grid\">")
                for story in page.topStories {
                    Components.teaser(story, headingLevel: .h3, showSummary: false, slot: .card, into: &html)
                }
                html.raw("</div></section>\n")
            }
            for block in page.sections {
                html.raw("<section class=\"section-block\"><h2 class=\"block-title\">")
                html.link(block.section.href, block.section.text)
                html.raw("</h2><div class=\"grid\">")
                for story in block.stories {
                    Components.teaser(story, headingLevel: .h3, showSummary: false, slot: .card, into: &html)
                }
                html.raw("</div></section>\n")
            }
            html.raw(
                "<section class=\"latest\" aria-labelledby=\"latest-title\"><h2 id=\"latest-title\" class=\"block-title\">"
            )
            html.text(page.latestTitle)
            html.raw("</h2><div class=\"story-list\">")
            for story in page.latest {
                Components.teaser(story, headingLevel: .h3, showSummary: true, slot: .listItem, into: &html)
            }
            html.raw("</div>")
            Components.pagination(page.pagination, into: &html)
            html.raw("</section>\n</div>\n")
        }
        return html.bytes
    }
}
