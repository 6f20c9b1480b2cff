import Crypto
import Foundation
import HTTPTypes
import NIOCore
import SahifaCore
import SahifaStore

/// A rendered reader page or feed with everything needed to send it again: its bytes, the
/// headers that describe them, and what it depends on.
struct CachedPage: Sendable {
    let body: ByteBuffer
    /// Content type, validators, `Cache-Control` and surrogate keys.
    let headers: HTTPFields
    let etag: String
    let lastModified: Date
    let dependencies: Set<PageDependency>
    let renderedAt: ContinuousClock.Instant

    init(
        bytes: [UInt8],
        contentType: String,
        dependencies: Set<PageDependency>,
        cacheControl: String,
        renderedAt: Date = Date()
    ) {
        body = ByteBuffer(bytes: bytes)
        etag = "\"" + Self.hex(SHA256.hash(data: bytes).prefix(12)) + "\""
        // Whole seconds, as the header carries them, so If-Modified-Since compares equal.
        lastModified = Date(timeIntervalSince1970: renderedAt.timeIntervalSince1970.rounded(.down))
        self.dependencies = dependencies
        self.renderedAt = .now
        let keys = dependencies.map(\.surrogateKey).sorted()
        headers = [
            .contentType: contentType,
            .eTag: etag,
            .lastModified: HTTPDate.format(lastModified),
            .cacheControl: cacheControl,
            .surrogateKey: keys.joined(separator: " "),
            .cacheTag: keys.joined(separator: ","),
        ]
    }

    var byteCount: Int { body.readableBytes }

    private static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        for byte in bytes { text += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: text, as: UTF8.self)
    }
}

/// What a reader route answers: a page to send (and keep), or a redirect to its canonical
/// address.
enum PageAnswer: Sendable {
    case page(CachedPage)
    case redirect(String)
}

extension HTTPField.Name {
    /// Fastly's name for the keys a page can be purged by.
    static let surrogateKey = HTTPField.Name("Surrogate-Key")!
    /// Cloudflare's name for the same keys, comma-separated.
    static let cacheTag = HTTPField.Name("Cache-Tag")!
    /// Whether Sahifa's page cache answered: hit, stale, shared (waited for another
    /// request's render) or miss.
    static let sahifaCache = HTTPField.Name("Sahifa-Cache")!
}
