import Foundation
import Hummingbird
import SahifaCore

/// The writing desk's addresses (`/newsroom/desk/…`): what the article editor's script asks
/// while a member writes. They answer JSON, signed in with the session's cookie; their posts
/// carry the form token like every newsroom form. A refusal is
/// `{"error":{"code":…,"message":…,"field":…}}` with the message in Arabic, for the member.
enum DeskAnswer {
    static let prefix = "/newsroom/desk/"

    static func path(_ name: String) -> RouterPath { RouterPath("newsroom/desk/" + name) }

    static func isDesk(_ path: String) -> Bool { path.hasPrefix(prefix) }

    struct Refusal: Encodable {
        struct Detail: Encodable {
            var code: String
            var message: String
            var field: String?
        }

        var error: Detail
    }

    static func refusal(_ status: HTTPResponse.Status, code: String, message: String, field: String? = nil) throws
        -> Response
    {
        var response = try Response.json(
            Refusal(error: .init(code: code, message: message, field: field)), status: status)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        var response = try Response.json(value, status: status)
        response.headers[.cacheControl] = "no-store"
        return response
    }

    /// The article a desk call is about, from its `article` parameter.
    static func articleID(_ text: String?) throws -> ArticleID {
        guard let text, let number = Int64(text), number > 0 else {
            throw ReaderError.malformedRequest(reason: "article must be an article's number")
        }
        return ArticleID(number)
    }
}
