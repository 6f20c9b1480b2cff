/// Builds the canonical reader path of an article, the one URL a 301 points to.
public enum ArticlePath {
    /// `/{section}/{id}/{slug}` with the slug percent-encoded, so the path is plain ASCII
    /// and can go in a `Location` header or an `href` as is.
    public static func make(section: String, id: ArticleID, slug: String) -> String {
        "/\(section)/\(id.rawValue)/\(PercentEncoding.encodePathSegment(slug))"
    }
}
