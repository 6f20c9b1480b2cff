/// Atom (RFC 4287), in Arabic (`xml:lang="ar"`).
enum AtomFeed {
    static func render(_ feed: FeedModel) -> [UInt8] {
        var xml = HTMLWriter(capacity: 64 * 1024)
        xml.raw(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n"
        )
        xml.element("<id>", feed.pageURL, close: "</id>\n")
        xml.element("<title>", feed.title, close: "</title>\n")
        xml.element("<subtitle>", feed.description, close: "</subtitle>\n")
        xml.element("<updated>", feed.dates.iso8601(feed.updated), close: "</updated>\n")
        xml.raw("<link rel=\"alternate\" type=\"text/html\"")
        xml.attribute("href", feed.pageURL)
        xml.raw("/>\n<link rel=\"self\" type=\"application/atom+xml\"")
        xml.attribute("href", feed.feedURLs[.atom] ?? feed.pageURL)
        xml.raw("/>\n")
        xml.element("<icon>", feed.iconURL, close: "</icon>\n")
        // Atom wants an author for every entry; entries without a byline inherit the site.
        xml.raw("<author>")
        xml.element("<name>", feed.title, close: "</name>")
        xml.raw("</author>\n")
        for item in feed.items {
            xml.raw("<entry>\n")
            xml.element("<id>", item.url, close: "</id>\n")
            xml.element("<title>", item.title, close: "</title>\n")
            xml.raw("<link rel=\"alternate\" type=\"text/html\"")
            xml.attribute("href", item.url)
            xml.raw("/>\n")
            xml.element("<published>", feed.dates.iso8601(item.published), close: "</published>\n")
            xml.element("<updated>", feed.dates.iso8601(item.updated), close: "</updated>\n")
            for author in item.authors {
                xml.raw("<author>")
                xml.element("<name>", author.name, close: "</name>")
                xml.element("<uri>", author.url, close: "</uri>")
                xml.raw("</author>\n")
            }
            for category in [item.section] + item.tags {
                xml.raw("<category")
                xml.attribute("term", category)
                xml.raw("/>\n")
            }
            xml.element("<summary>", item.summary, close: "</summary>\n")
            if let content = item.contentHTML {
                xml.element("<content type=\"html\">", content, close: "</content>\n")
            }
            if let image = item.image {
                xml.raw("<link rel=\"enclosure\"")
                xml.attribute("type", image.contentType)
                if let length = image.byteCount { xml.attribute("length", String(length)) }
                xml.attribute("href", image.url)
                xml.raw("/>\n")
            }
            xml.raw("</entry>\n")
        }
        xml.raw("</feed>\n")
        return xml.bytes
    }
}
