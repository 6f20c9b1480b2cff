import Hummingbird

extension Response {
    /// A permanent redirect, e.g. from an old slug to the canonical article URL.
    static func movedPermanently(to location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location])
    }
}
