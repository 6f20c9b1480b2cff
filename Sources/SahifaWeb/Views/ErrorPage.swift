/// A page for a reader who reached a dead end: what happened and links back.
enum ErrorPage {
    static func render(_ page: ErrorPageModel) -> [UInt8] {
        var html = HTMLWriter(capacity: 8 * 1024)
        Layout.page(head: page.head, chrome: page.chrome, into: &html) { html in
            html.raw("<div class=\"wrap error-page\">")
            html.element("<h1>", page.title, close: "</h1>")
            html.element("<p>", page.message, close: "</p>")
            html.raw("<ul class=\"error-links\">")
            for link in page.links {
                html.raw("<li>")
                html.link(link.href, link.text)
                html.raw("</li>")
            }
            html.raw("</ul></div>\n")
        }
        return html.bytes
    }
}
