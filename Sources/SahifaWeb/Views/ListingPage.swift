import SahifaCore

/// A section, tag or author page: title, introduction, stories, page links.
enum ListingPage {
    static func render(_ page: ListingPageModel) -> [UInt8] {
        var html = HTMLWriter()
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<div class=\"wrap listing\">\n<header class=\"listing-header\">")
            if let label = page.label {
                html.element("<p class=\"listing-label\">", label, close: "</p>")
            }
            html.element("<h1>", page.title, close: "</h1>")
            if let introduction = page.introduction, !introduction.isEmpty {
                html.element("<p class=\"listing-introduction\">", introduction, close: "</p>")
            }
            html.raw("</header>\n")
            if page.stories.isEmpty {
                html.element("<p class=\"empty\">", page.emptyMessage, close: "</p>\n")
            } else {
                html.raw("<div class=\"story-list\">\n")
                for story in page.stories {
                    Components.teaser(story, headingLevel: .h2, showSummary: true, slot: .listItem, into: &html)
                }
                html.raw("</div>\n")
            }
            Components.pagination(page.pagination, into: &html)
            html.raw("</div>\n")
        }
        return html.bytes
    }
}
