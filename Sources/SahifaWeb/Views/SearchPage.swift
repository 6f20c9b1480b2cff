import ArabicText
import SahifaCore

/// `/search`: the search form, the count, the results with the reader's words marked, page
/// links, and suggestions when nothing matched.
enum SearchPage {
    static func render(_ page: SearchPageModel) -> [UInt8] {
        var html = HTMLWriter()
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<div class=\"wrap listing search\">\n<h1>البحث</h1>\n")
            form(page, into: &html)
            if let count = page.resultCount {
                html.element("<p class=\"result-count\" role=\"status\">", count, close: "</p>\n")
            }
            if let notice = page.notice {
                html.element("<p class=\"notice\">", notice, close: "</p>\n")
            }
            if !page.results.isEmpty {
                html.raw("<ol class=\"search-results story-list\">\n")
                for result in page.results { resultItem(result, into: &html) }
                html.raw("</ol>\n")
            }
            if let suggestions = page.suggestions {
                html.raw("<section class=\"suggestions\">")
                html.element("<h2>", suggestions.title, close: "</h2><ul>")
                for tip in suggestions.tips { html.element("<li>", tip, close: "</li>") }
                html.raw("</ul>")
                if !suggestions.links.isEmpty {
                    html.raw("<ul class=\"error-links\">")
                    for link in suggestions.links {
                        html.raw("<li>")
                        html.link(link.href, link.text)
                        html.raw("</li>")
                    }
                    html.raw("</ul>")
                }
                html.raw("</section>\n")
            }
            Components.pagination(page.pagination, into: &html)
            html.raw("</div>\n")
        }
        return html.bytes
    }

    private static func form(_ page: SearchPageModel, into html: inout HTMLWriter) {
        html.raw("<form class=\"search-form\" role=\"search\" action=\"/search\" method=\"get\">")
        html.raw("<label for=\"search-q\">كلمات البحث</label>")
        html.raw("<input id=\"search-q\" type=\"search\" name=\"q\" maxlength=\"500\" dir=\"auto\"")
        html.attribute("value", page.query)
        html.raw("><label for=\"search-section\">القسم</label><select id=\"search-section\" name=\"section\">")
        options(page.sections, into: &html)
        html.raw("</select><label for=\"search-order\">الترتيب</label><select id=\"search-order\" name=\"order\">")
        options(page.orders, into: &html)
        html.raw("</select><button type=\"submit\">ابحث</button></form>\n")
    }

    private static func options(_ options: [SearchPageModel.Option], into html: inout HTMLWriter) {
        for option in options {
            html.raw("<option")
            html.attribute("value", option.value)
            if option.isSelected { html.raw(" selected") }
            html.raw(">")
            html.text(option.label)
            html.raw("</option>")
        }
    }

    private static func resultItem(_ result: SearchResultModel, into html: inout HTMLWriter) {
        html.raw("<li class=\"teaser\">")
        if let image = result.image {
            html.raw("<a class=\"teaser-image\" tabindex=\"-1\" aria-hidden=\"true\"")
            html.attribute("href", result.href)
            html.raw(">")
            html.picture(image.source, alt: image.alt, slot: .listItem, loading: .lazy)
            html.raw("</a>")
        }
        html.raw("<div class=\"teaser-text\">")
        html.link(result.section.href, result.section.text, extra: " class=\"teaser-section\"")
        html.raw("<h2 class=\"teaser-headline\"><a")
        html.attribute("href", result.href)
        html.raw(">")
        MarkedText.write(result.headline, into: &html)
        html.raw("</a></h2><p class=\"teaser-summary\">")
        MarkedText.write(result.snippet, into: &html)
        html.raw("</p><time")
        html.attribute("datetime", result.dateISO)
        html.raw(">")
        html.text(result.date)
        html.raw("</time></div></li>\n")
    }
}
