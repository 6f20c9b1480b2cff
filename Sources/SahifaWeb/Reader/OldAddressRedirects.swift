import Hummingbird
import SahifaCore
import SahifaStore

/// Answers an old address (of a site that moved here) with one 301 to its new page, from the
/// store's redirect table. The table is read only when the site itself has no page for the
/// address, so a page that exists, an article above all, costs nothing more. The one exception is the site root with a parameter naming an old item
/// (`/?p=12`), since the home page would otherwise answer it: such an address is looked up
/// first, and answers 404 when the table has no row for it.
///
/// An old list's later pages (`/category/world/page/3/`) and feeds (`/category/world/feed/`) are
/// found through their list's own row, so the table holds one row per list.
struct OldAddressRedirects: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let store: any ReaderStore
    let hits: RedirectHits

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        if request.uri.path == "/", let query = request.uri.query, !query.isEmpty,
            let key = RedirectPath.key(path: "/", query: Substring(query)), key != "/"
        {
            // An old item that is not public here (a draft, say) is not found, as on the old site,
            // rather than the home page.
            guard let target = try await store.redirectTarget(for: key) else { throw ReaderError.notFound }
            hits.count(key)
            return try Self.answer(target)
        }
        do {
            return try await next(request, context)
        } catch let error where Self.isNotFound(error) {
            guard let target = try await target(for: request.uri.path) else { throw error }
            return try Self.answer(target)
        }
    }

    /// A 301 to the target; an empty target marks something removed on purpose, which is gone.
    private static func answer(_ target: String) throws -> Response {
        guard !target.isEmpty else { throw ReaderError.gone }
        return .movedPermanently(to: target)
    }

    private static func isNotFound(_ error: any Error) -> Bool {
        if case ReaderError.notFound = error { return true }
        if let error = error as? HTTPError, error.status == .notFound { return true }
        return false
    }

    /// The new address of `path`: its own row, or its list's row with the page or feed added.
    private func target(for path: String) async throws -> String? {
        guard let key = RedirectPath.key(path: Substring(path), query: nil) else { return nil }
        if let target = try await store.redirectTarget(for: key) {
            hits.count(key)
            return target
        }
        let segments = key.split(separator: "/")
        if segments.count >= 2, segments[segments.count - 2] == "page", let number = Int(segments[segments.count - 1]),
            number > 0
        {
            let list = "/" + segments.dropLast(2).joined(separator: "/")
            guard let target = list == "/" ? "/" : try await store.redirectTarget(for: list), !target.isEmpty
            else { return nil }
            return number == 1 ? target : target + "?page=\(number)"
        }
        if segments.last == "feed" {
            let list = "/" + segments.dropLast().joined(separator: "/")
            guard let target = list == "/" ? "/" : try await store.redirectTarget(for: list), !target.isEmpty
            else { return nil }
            return target == "/" ? "/feed.xml" : target + "/feed.xml"
        }
        return nil
    }
}
