import AsyncHTTPClient
import Logging
import NIOCore
import SahifaStore

/// Tells a CDN which surrogate keys to purge: a POST to the configured URL with the keys in a
/// `Surrogate-Key` header (Fastly's convention) and as JSON (`{"surrogate_keys": [...]}`).
struct CDNPurge: Sendable {
    let url: String
    let logger: Logger

    func send(_ change: NewsChange) async {
        let keys = change.dependencies.map(\.surrogateKey).sorted()
        var request = HTTPClientRequest(url: url)
        request.method = .POST
        request.headers.add(name: "Content-Type", value: "application/json")
        request.headers.add(name: "Surrogate-Key", value: keys.joined(separator: " "))
        let body: JSONValue = ["surrogate_keys": .array(keys.map { .string($0) })]
        request.body = .bytes(ByteBuffer(string: body.serialized))
        do {
            let response = try await HTTPClient.shared.execute(request, timeout: .seconds(10))
            if !(200..<300).contains(response.status.code) {
                logger.warning("CDN purge refused", metadata: ["sahifa.status": "\(response.status.code)"])
            }
        } catch {
            logger.warning("CDN purge failed", metadata: ["sahifa.error": "\(error)"])
        }
    }
}
