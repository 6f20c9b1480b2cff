import Hummingbird

extension Response {
    /// A reader page.
    static func html(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes))
        )
    }

    /// A permanent redirect, e.g. from an old slug to the canonical article URL.
    static func movedPermanently(to location: String) -> Response {
        Response(status: .movedPermanently, headers: [.location: location])
    }
}
