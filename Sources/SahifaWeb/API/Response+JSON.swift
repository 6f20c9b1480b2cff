import Foundation
import Hummingbird

extension Response {
    /// An API answer: `value` as JSON, snake_case keys as the models name them.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONBytesEncoder.encode(value)))
        )
    }
}
