import Hummingbird
import SahifaCore

extension Request {
    /// The query string, read strictly (see `QueryParameters`).
    func readerQuery() throws(ReaderError) -> QueryParameters {
        try QueryParameters(uri.query)
    }
}

extension SahifaRequestContext {
    /// A path parameter, percent-decoded.
    /// - Throws: `ReaderError.malformedRequest` for bad escapes or invalid UTF-8.
    func pathSegment(_ name: String) throws(ReaderError) -> String {
        guard let raw = parameters.get(name) else { throw .notFound }
        guard let decoded = PercentEncoding.decode(Substring(raw)) else {
            throw .malformedRequest(reason: "path is not valid percent-encoded UTF-8")
        }
        return decoded
    }
}
