/// Builds the canonical reader path of an article, the one URL a 301 points to.
public enum ArticlePath {
    /// `/{section}/{id}/{slug}` with the slug percent-encoded, so the path is plain ASCII
    /// and can go in a `Location` header or an `href` as is.
    public static func make(section: String, id: ArticleID, slug: String) -> String {
        ShortString.make(capacity: section.utf8.count + 23 + PercentEncoding.maximumEncodedCount(slug)) { path in
            path.byte(UInt8(ascii: "/"))
            path.append(section)
            path.byte(UInt8(ascii: "/"))
            path.decimal(Int(id.rawValue))
            path.byte(UInt8(ascii: "/"))
            PercentEncoding.writePathSegment(slug, into: &path)
        }
    }
}
