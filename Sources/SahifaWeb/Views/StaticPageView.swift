/// A static page ("من نحن", "اتصل بنا"): a title and a body, without dates or bylines.
enum StaticPageView {
    static func render(_ page: StaticPageModel) -> [UInt8] {
        var html = HTMLWriter(capacity: 8 * 1024 + page.body.utf8.count)
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<article class=\"article wrap static-page\">\n<header class=\"article-header\">")
            html.element("<h1 class=\"headline\">", page.title, close: "</h1>")
            html.raw("</header>\n<div class=\"article-body\">\n")
            html.trusted(page.body)
            html.raw("\n</div>\n</article>\n")
        }
        return html.bytes
    }
}
