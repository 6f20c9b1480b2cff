import Foundation
import HTTPTypes
import NIOCore
import SahifaCore
import SahifaStore

/// A rendered reader page or feed with everything needed to send it again: its bytes, the
/// headers that describe them, and what it depends on.
struct CachedPage: Sendable {
    let body: ByteBuffer
    /// Content type, validators, `Cache-Control`, surrogate keys and the security headers.
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
        modifiedAt: Date = Date()
    ) {
        body = ByteBuffer(bytes: bytes)
        etag = "\"" + Self.fingerprint(bytes) + "\""
        // Whole seconds, as the header carries them, so If-Modified-Since compares equal.
        lastModified = Date(timeIntervalSince1970: modifiedAt.timeIntervalSince1970.rounded(.down))
        self.dependencies = dependencies
        self.renderedAt = .now
        let keys = dependencies.map(\.surrogateKey).sorted()
        var headers: HTTPFields = [
            .contentType: contentType,
            .eTag: etag,
            .lastModified: HTTPDate.format(lastModified),
            .cacheControl: cacheControl,
            .surrogateKey: keys.joined(separator: " "),
            .cacheTag: keys.joined(separator: ","),
        ]
        // Kept with the page, so the fast path before the router sends them without work.
        SecurityHeadersMiddleware.add(to: &headers)
        self.headers = headers
    }

    var byteCount: Int { body.readableBytes }

    /// A 64-bit fingerprint of the bytes, in hex: FNV-1a's constants over eight bytes at a time,
    /// with a shift that mixes high bits down, in four lanes that take turns with the words of
    /// each 32 bytes so the processor overlaps their multiplications. An ETag only has to tell
    /// versions of one page apart, and the same bytes must give the same tag on every instance;
    /// a cryptographic hash cost several times more on every uncached page. Each step is a
    /// bijection of its lane, so a change to any one byte changes the tag.
    static func fingerprint(_ bytes: [UInt8]) -> String {
        let basis: UInt64 = 0xcbf2_9ce4_8422_2325
        var lanes = (basis ^ UInt64(bytes.count), basis ^ 1, basis ^ 2, basis ^ 3)
        var hash: UInt64 = 0
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 32 <= raw.count {
                lanes.0 = mix(lanes.0, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = mix(lanes.1, raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = mix(lanes.2, raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = mix(lanes.3, raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            hash = mix(mix(mix(lanes.0, lanes.1), lanes.2), lanes.3)
            while offset + 8 <= raw.count {
                hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            while offset < raw.count {
                hash = mix(hash, UInt64(raw[offset]))
                offset += 1
            }
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let multiplied = (hash ^ word) &* 0x0000_0100_0000_01b3
        return multiplied ^ (multiplied >> 29)
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
    static let surrogateKey = HTTPField.Name.ours("Surrogate-Key")
    /// Cloudflare's name for the same keys, comma-separated.
    static let cacheTag = HTTPField.Name.ours("Cache-Tag")
    /// Whether Sahifa's page cache answered: hit, stale, shared (waited for another
    /// request's render) or miss.
    static let sahifaCache = HTTPField.Name.ours("Sahifa-Cache")
}
