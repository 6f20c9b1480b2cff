import Foundation
import Hummingbird

/// Which methods each API v1 address takes, read from the OpenAPI document, so that a method
/// the document does not list for an address the API has is answered 405 with `Allow`, as
/// HTTP asks, rather than 404. The document stays the one list of what the API answers.
struct APIMethods: Sendable {
    /// Each documented path as its segments (`nil` for a `{parameter}`), with its methods.
    private let paths: [(segments: [String?], methods: Set<String>)]

    init(document: [UInt8]) throws {
        struct Document: Decodable {
            var paths: [String: [String: IgnoredValue]]
        }
        struct IgnoredValue: Decodable {
            init(from decoder: any Decoder) throws {}
        }
        let decoded = try JSONDecoder().decode(Document.self, from: Data(document))
        paths = decoded.paths.map { path, operations in
            let segments = path.split(separator: "/").map { $0.hasPrefix("{") ? nil : String($0) }
            var methods = Set(operations.keys.map { $0.uppercased() }.filter { $0 != "PARAMETERS" })
            if methods.contains("GET") { methods.insert("HEAD") }
            return (segments, methods)
        }
    }

    /// The methods the address takes, or nil when the API has no such address.
    func allowed(at path: String) -> Set<String>? {
        let asked = path.split(separator: "/")
        return paths.first { documented in
            documented.segments.count == asked.count
                && zip(documented.segments, asked).allSatisfy { $0 == nil || $0 == String($1) }
        }?.methods
    }
}

/// Answers 405 with `Allow` for a method an API v1 address does not take.
struct APIMethodMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let methods: APIMethods

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        if request.uri.path.hasPrefix("/api/"), let allowed = methods.allowed(at: request.uri.path),
            !allowed.contains(request.method.rawValue)
        {
            throw APIError.methodNotAllowed(allowed: allowed.sorted())
        }
        return try await next(request, context)
    }
}
