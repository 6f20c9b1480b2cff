import Foundation
import SahifaCore

/// The redirect table's statements and the checks a new redirect passes, the same on both stores.
package enum RedirectStatements {
    /// The path an old address answers with; `?` for its `RedirectPath` form.
    package static let target = "SELECT target FROM redirects WHERE old_path = ?"

    /// A page of redirects, newest first, whose old address or target contains the text:
    /// arguments from `listing(matching:page:)`.
    package static let list = """
        SELECT id, old_path, target, origin, hits, created_at FROM redirects WHERE \(matching)
        ORDER BY id DESC LIMIT ? OFFSET ?
        """

    package static let count = "SELECT COUNT(*) FROM redirects WHERE \(matching)"

    private static let matching = ContainsPattern.condition(["old_path", "target"])

    package static func listing(matching text: String, page: PageRequest) -> [StoreValue] {
        counting(matching: text) + StoreValue.list(page.size, page.offset)
    }

    package static func counting(matching text: String) -> [StoreValue] {
        ContainsPattern(text).arguments(columns: 2)
    }

    /// Arguments: old path, target, time; answers no row when the old path is taken.
    package static let add = """
        INSERT INTO redirects (old_path, target, origin, created_at) VALUES (?, ?, 'newsroom', ?)
        ON CONFLICT (old_path) DO NOTHING
        """

    /// The redirect with id `?`, for the audit line of its removal.
    package static let byID = "SELECT id, old_path, target, origin, hits, created_at FROM redirects WHERE id = ?"

    package static let remove = "DELETE FROM redirects WHERE id = ?"

    /// Arguments: hits to add, old path.
    package static let countHits = "UPDATE redirects SET hits = hits + ? WHERE old_path = ?"

    package static func redirect(in row: some StoreRow) throws -> Redirect {
        Redirect(
            id: try row.int64(0), from: try row.text(1), to: try row.text(2), origin: try row.text(3),
            hits: try row.int(4), createdAt: Date(timeIntervalSince1970: try row.double(5)))
    }

    /// The redirect an admin just added.
    package static func added(id: Int64, from key: String, draft: RedirectDraft, at date: Date) -> Redirect {
        Redirect(id: id, from: key, to: draft.trimmedTarget, origin: "newsroom", hits: 0, createdAt: date)
    }

    /// Whether the old address is a section's own path, is taken, and whether the target itself
    /// redirects; arguments from `checking(_:from:)`, read by `Findings`.
    package static let findings = """
        SELECT EXISTS (SELECT 1 FROM sections WHERE slug = ?), EXISTS (SELECT 1 FROM redirects WHERE old_path = ?),
            EXISTS (SELECT 1 FROM redirects WHERE old_path = ?)
        """

    package static func checking(_ draft: RedirectDraft, from key: String) -> [StoreValue] {
        let segments = key.split(separator: "/")
        let target = draft.trimmedTarget
        let targetKey =
            target.hasPrefix("/")
            ? RedirectPath.key(path: Substring(target.split(separator: "?").first ?? "/"), query: nil) : nil
        // A slug or path no row can have stands for "none".
        return StoreValue.list(segments.count == 1 ? String(segments[0]) : "/", key, targetKey ?? "")
    }

    /// What the store found about a new redirect's addresses, and what that makes of it.
    package struct Findings {
        var fromIsSection: Bool
        var fromTaken: Bool
        var targetRedirects: Bool

        package init(_ row: some StoreRow) throws {
            fromIsSection = try row.bool(0)
            fromTaken = try row.bool(1)
            targetRedirects = try row.bool(2)
        }

        /// - Throws: `InvalidRedirect` when any finding stops it.
        package func check() throws {
            var problems: [InvalidRedirect.Problem] = []
            if fromIsSection { problems.append(.fromServedHere) }
            if fromTaken { problems.append(.fromTaken) }
            if targetRedirects { problems.append(.chains) }
            if !problems.isEmpty { throw InvalidRedirect(problems: problems) }
        }
    }
}
