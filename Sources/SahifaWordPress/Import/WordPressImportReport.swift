import SahifaStore

/// What an import of a WordPress export did, for the operator: what the export held, what
/// came across, what was updated or left as it was, what was skipped and why, and a warning
/// for everything that did not come across whole, with the item it belongs to.
public struct WordPressImportReport: Sendable {
    public var siteTitle = ""
    public var home = ""
    /// Items in the export by `type/status` (`post/publish`).
    public var exportCounts: [String: Int] = [:]
    public var articles = ImportReport()
    /// Sections, bylines, accounts, pages and redirects.
    public var parts = SiteImportReport()
    public var picturesKept = 0
    public var picturesMissing = 0
    /// Items not imported, by reason.
    public var skipped: [String: Int] = [:]
    /// Comments are counted, not imported.
    public var comments = 0
    public var warnings: [String] = []

    public init() {}

    /// Whether the import found the site exactly as an earlier one left it.
    public var changedNothing: Bool {
        articles.added == 0 && articles.updated == 0 && parts.changed.isEmpty
    }
}
