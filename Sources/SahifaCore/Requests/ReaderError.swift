/// Why a reader's request gets no page: the thing asked for is not there, or the request
/// itself is malformed.
public enum ReaderError: Error, Sendable, Hashable {
    case notFound
    /// It was here and was removed on purpose: 410.
    case gone
    /// Bad percent-encoding, a query value that is not a number, and the like.
    case malformedRequest(reason: String)
}
