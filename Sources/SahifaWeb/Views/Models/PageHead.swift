/// The `<head>` facts of a page.
struct PageHead: Sendable, Hashable {
    /// The full `<title>`, site name included.
    var title: String
    var description: String
    /// Absolute canonical URL, or nil for pages that have none (errors).
    var canonicalURL: String?
}
