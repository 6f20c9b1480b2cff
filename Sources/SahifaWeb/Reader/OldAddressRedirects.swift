import Hummingbird
import SahifaCore
import SahifaStore

/// Answers an old address (of a site that moved here) with one 301 to its new page, from the
/// store's redirect table. The table is read only when the site itself has no page for the
/// address, so a page that exists, an article above all, costs nothing more. The one exception
/// is the site root with a parameter naming an old item (`/?p=12`), since the home page would
/// otherwise answer it.
///
/// An old list's later pages (`/category/world/page/3/`) and feeds (`/category/world/feed/`) are
/// found through their list's own row, so the table holds one row per list.
struct OldAddressRedirects: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let store: any ReaderStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        if request.uri.path == "/", let query = request.uri.query, !query.isEmpty,
            let key = RedirectPath.key(path: "/", query: Substring(query)), key != "/",
            let target = try await store.redirectTarget(for: key)
        {
            return .movedPermanently(to: target)
        }
        do {
            return try await next(request, context)
        } catch let error where Self.isNotFound(error) {
            guard let target = try await target(for: request.uri.path) else { throw error }
            return .movedPermanently(to: target)
        }
    }

    private static func isNotFound(_ error: any Error) -> Bool {
        if case ReaderError.notFound = error { return true }
        if let error = error as? HTTPError, error.status == .notFound { return true }
        return false
    }

    /// The new address of `path`: its own row, or its list's row with the page or feed added.
    private func target(for path: String) async throws -> String? {
        guard let key = RedirectPath.key(path: Substring(path), query: nil) else { return nil }
        if let target = try await store.redirectTarget(for: key) { return target }
        let segments = key.split(separator: "/")
        if segments.count >= 2, segments[segments.count - 2] == "page", let number = Int(segments[segments.count - 1]),
            number > 0
        {
            let list = "/" + segments.dropLast(2).joined(separator: "/")
            guard let target = list == "/" ? "/" : try await store.redirectTarget(for: list) else { return nil }
            return number == 1 ? target : target + "?page=\(number)"
        }
        if segments.last == "feed" {
            let list = "/" + segments.dropLast().joined(separator: "/")
            guard let target = list == "/" ? "/" : try await store.redirectTarget(for: list) else { return nil }
            return target == "/" ? "/feed.xml" : target + "/feed.xml"
        }
        return nil
    }
}
