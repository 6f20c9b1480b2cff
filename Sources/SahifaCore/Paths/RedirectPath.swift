/// The form an old address is kept in the redirect table, so that one row answers every way a
/// browser or crawler may spell it: percent-encoding decoded (WordPress writes lower-case hex,
/// others upper), no trailing slash, and of the query only the one parameter that names an
/// item on a WordPress site (`/?p=12`, `/?page_id=3`), which every other query is left out of.
public enum RedirectPath {
    /// The query parameters that name an item by themselves on the site root.
    public static let itemParameters = ["p", "page_id", "attachment_id", "cat", "tag", "author"]

    /// The table's form of `path` and `query` (the part after `?`, without it); nil for a path
    /// without a leading slash. A path whose escapes are not UTF-8 is kept as it came.
    public static func key(path: Substring, query: Substring?) -> String? {
        let slash = UInt8(ascii: "/")
        guard path.utf8.first == slash else { return nil }
        var decoded = PercentEncoding.decode(path) ?? String(path)
        while decoded.utf8.count > 1 && decoded.utf8.last == slash { decoded.removeLast() }
        guard decoded == "/", let query, let item = itemParameter(in: query) else { return decoded }
        return "/?" + item
    }

    /// Whether the site answers an address itself whatever the store holds (the home page, or a
    /// route such as `/search` or `/newsroom/…`), so no redirect may leave from it. List pages
    /// whose subject may be missing (`/tag/…`, `/author/…`, `/pages/…`) answer 404 for one that is,
    /// and an old address there may redirect. A section's own page the store decides.
    public static func isSiteRoute(_ key: String) -> Bool {
        guard let first = key.split(separator: "/").first.map(String.init) else { return true }
        return Section.reservedSlugs.contains(first) && !["tag", "author", StaticPage.pathPrefix].contains(first)
    }

    /// The key of a full address on the old site (`https://old.example.com/a/?p=3`), given the
    /// site's own address; nil when it is not on that site.
    /// Compared and cut as UTF-8 bytes: an import asks this of every address of every item.
    public static func key(url: String, site: String) -> String? {
        let base = site.utf8.last == UInt8(ascii: "/") ? site.utf8.dropLast() : site.utf8[...]
        guard url.utf8.starts(with: base) else { return nil }
        var rest = url[url.utf8.index(url.utf8.startIndex, offsetBy: base.count)...]
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) { rest = rest[..<hash] }
        if rest.isEmpty { rest = "/" }
        guard let mark = rest.utf8.firstIndex(of: UInt8(ascii: "?")) else { return key(path: rest, query: nil) }
        let path = rest[..<mark]
        return key(path: path.isEmpty ? "/" : path, query: rest[rest.utf8.index(after: mark)...])
    }

    private static func itemParameter(in query: Substring) -> String? {
        for pair in query.split(separator: "&") {
            guard let equals = pair.firstIndex(of: "=") else { continue }
            let name = pair[..<equals]
            let value = pair[pair.index(after: equals)...]
            if !value.isEmpty, itemParameters.contains(String(name)), let decoded = PercentEncoding.decode(value) {
                return name + "=" + decoded
            }
        }
        return nil
    }
}
