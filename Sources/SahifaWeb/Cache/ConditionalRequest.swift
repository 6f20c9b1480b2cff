import Foundation
import HTTPTypes
import SahifaCore

/// RFC 9110's rules for If-None-Match and If-Modified-Since on GET and HEAD.
enum ConditionalRequest {
    static func isSatisfied(by page: CachedPage, request headers: HTTPFields) -> Bool {
        let ifNoneMatch = headers[values: .ifNoneMatch]
        if !ifNoneMatch.isEmpty {
            return ifNoneMatch.joined(separator: ",").split(separator: ",").contains { candidate in
                let tag = candidate.trimmingCharacters(in: .whitespaces)
                return tag == "*" || tag == page.etag || tag == "W/" + page.etag
            }
        }
        if let since = headers[.ifModifiedSince].flatMap({ HTTPDate.parse($0) }) {
            return page.lastModified <= since
        }
        return false
    }
}
