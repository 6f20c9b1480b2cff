import Foundation
import SahifaCore

/// The sitemaps protocol's XML (sitemaps.org 0.9) and Google's news extension. Dates are
/// W3C datetimes with the site's offset, written by the site's `NewsDateFormatter`.
enum SitemapXML {
    static func index(_ sitemaps: [(url: String, lastModified: Date?)], dates: NewsDateFormatter) -> [UInt8] {
        list(sitemaps, root: "sitemapindex", open: "<sitemap>", close: "</sitemap>\n", dates: dates)
    }

    static func urls(_ urls: [(url: String, lastModified: Date?)], dates: NewsDateFormatter) -> [UInt8] {
        list(urls, root: "urlset", open: "<url>", close: "</url>\n", dates: dates)
    }

    /// An index or a URL set: the same `loc` and `lastmod` pairs under different names.
    private static func list(
        _ entries: [(url: String, lastModified: Date?)], root: StaticString, open: StaticString, close: StaticString,
        dates: NewsDateFormatter
    ) -> [UInt8] {
        var xml = HTMLWriter(capacity: 64 * 1024)
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<")
        xml.raw(root)
        xml.raw(" xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n")
        for entry in entries {
            xml.raw(open)
            xml.element("<loc>", entry.url, close: "</loc>")
            if let date = entry.lastModified { xml.element("<lastmod>", dates.iso8601(date), close: "</lastmod>") }
            xml.raw(close)
        }
        xml.raw("</")
        xml.raw(root)
        xml.raw(">\n")
        return xml.bytes
    }

    static func news(
        _ articles: [(url: String, title: String, published: Date)], publication: String, dates: NewsDateFormatter
    ) -> [UInt8] {
        var xml = HTMLWriter(capacity: 16 * 1024)
        xml.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        xml.raw("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"")
        xml.raw(" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n")
        for article in articles {
            xml.raw("<url>")
            xml.element("<loc>", article.url, close: "</loc>")
            xml.raw("<news:news><news:publication>")
            xml.element("<news:name>", XMLText.clean(publication), close: "</news:name>")
            xml.raw("<news:language>ar</news:language></news:publication>")
            xml.element("<news:publication_date>", dates.iso8601(article.published), close: "</news:publication_date>")
            xml.element("<news:title>", XMLText.clean(article.title), close: "</news:title>")
            xml.raw("</news:news></url>\n")
        }
        xml.raw("</urlset>\n")
        return xml.bytes
    }
}
