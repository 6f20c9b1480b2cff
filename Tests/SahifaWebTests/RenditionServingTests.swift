import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Renditions of the library's pictures, served by name")
struct RenditionServingTests {
    @Test("each width of each shape is made once from the original, in its format, cached for a year; nothing else is")
    func servedByName() async throws {
        let photo = try SharedTestData.coverPhoto()
        try await Self.serving(photo, kind: .jpeg, width: 1200, height: 675) { client, store, hash, folder in
            try await Self.check(client, hash: hash, folder: folder)
            try await Self.checkFocus(client, store: store, hash: hash)
        }
    }

    @Test("a rendition that cannot be made falls back to the next format, then to a grey box of its size")
    func fallback() async throws {
        let damaged = Array("ليست صورة، رغم اسمها".utf8)
        try await Self.serving(damaged, kind: .png, width: 800, height: 600) { client, _, hash, folder in
            let base = "/media/r/\(hash)/r1-16x9-640-a"
            let avif = try await client.execute(uri: base + ".avif", method: .get)
            #expect(avif.status == .found)
            #expect(avif.headers[.location] == base + ".webp")
            #expect(avif.headers[.cacheControl] == "no-store")
            let webp = try await client.execute(uri: base + ".webp", method: .get)
            #expect(webp.headers[.location] == base + ".jpg")
            let jpeg = try await client.execute(uri: base + ".jpg", method: .get)
            #expect(jpeg.status == .ok)
            #expect(jpeg.headers[.contentType] == "image/svg+xml")
            #expect(jpeg.headers[.cacheControl] == "no-store")
            #expect(jpeg.text.contains("width=\"640\" height=\"360\""))
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("renditions/\(hash)").path))
        }
    }

    /// Runs `body` against a site whose library holds `bytes` as a picture of the given size,
    /// with its hash and the media folder.
    private static func serving(
        _ bytes: [UInt8], kind: MediaKind, width: Int, height: Int,
        _ body: @escaping @Sendable (any TestClientProtocol, any NewsStore, String, URL) async throws -> Void
    ) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("renditions-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let hash = try FileMediaLibrary(folder: folder).store(bytes, kind: kind)
        try await TestNewsroom.with { newsroom in
            _ = try await newsroom.seedBasics(digits: .arabicIndic)
            _ = try await newsroom.store.addMedia(
                MediaAsset(
                    hash: hash, kind: kind, alt: "صورة", caption: "", credit: "", width: width, height: height,
                    byteCount: bytes.count))
            let app = try await makeApplication(for: newsroom, mediaFolder: folder)
            try await app.test(.router) { client in try await body(client, newsroom.store, hash, folder) }
        }
    }

    /// Once the editor says where the subject is, the crops are cut around it under names that
    /// say so, and the attention crop's names are gone.
    private static func checkFocus(_ client: any TestClientProtocol, store: any NewsStore, hash: String) async throws {
        let point = try #require(FocalPoint(x: 0.1, y: 0.2))
        let square = try #require(FocalPoint(x: 0.9, y: 0.8))
        let focused = try await store.focusPicture(
            hash: hash, PictureFocus(point: point, byShape: [.square: square]), at: Date(), by: nil)
        #expect(focused?.focus.point(for: .wide) == point)
        #expect(try await store.picture(hash: hash)?.focus.point(for: .square) == square)
        for (name, status) in [
            ("r1-16x9-640-f100-200.jpg", HTTPResponse.Status.ok), ("r1-1x1-320-f900-800.webp", .ok),
            ("r1-40x21-1200-f100-200.jpg", .ok), ("r1-o-640-a.jpg", .ok),
            ("r1-16x9-640-a.jpg", .notFound), ("r1-1x1-320-f100-200.webp", .notFound),
            ("r1-16x9-640-f500-500.jpg", .notFound),
        ] {
            let answer = try await client.execute(uri: "/media/r/\(hash)/\(name)", method: .get)
            #expect(answer.status == status, "\(name)")
        }
        let card = try await client.execute(uri: "/media/r/\(hash)/r1-40x21-1200-f100-200.jpg", method: .get)
        #expect(card.headers[.contentType] == "image/jpeg")
        #expect(Array(buffer: card.body).count > 1_000)
        #expect(
            try await store.focusPicture(hash: String(repeating: "0", count: 64), .none, at: Date(), by: nil) == nil)
    }

    private static func check(_ client: any TestClientProtocol, hash: String, folder: URL) async throws {
        let wide = try await client.execute(uri: "/media/r/\(hash)/r1-16x9-640-a.avif", method: .get)
        #expect(wide.status == .ok)
        #expect(wide.headers[.contentType] == "image/avif")
        #expect(wide.headers[.cacheControl] == "public, max-age=31536000, immutable")
        let bytes = Array(buffer: wide.body)
        #expect(bytes[4..<12].elementsEqual(Array("ftypavif".utf8)))
        let again = try await client.execute(uri: "/media/r/\(hash)/r1-16x9-640-a.avif", method: .get)
        #expect(Array(buffer: again.body) == bytes)
        let tag = try #require(wide.headers[.eTag])
        let revalidated = try await client.execute(
            uri: "/media/r/\(hash)/r1-16x9-640-a.avif", method: .get, headers: [.ifNoneMatch: tag])
        #expect(revalidated.status == .notModified)

        let jpeg = try await client.execute(uri: "/media/r/\(hash)/r1-o-1200-a.jpg", method: .get)
        #expect(jpeg.status == .ok && jpeg.headers[.contentType] == "image/jpeg")

        for refused in [
            "r1-16x9-641-a.avif",  // not a width of the set
            "r1-o-1280-a.jpg",  // wider than the photo
            "r1-16x9-640-f500-500.avif",  // not the picture's focal point (it has none)
            "r1-40x21-640-a.jpg",  // the social card comes in one size
            "r2-16x9-640-a.avif", "..%2F..%2Fsahifa.sqlite",
        ] {
            let answer = try await client.execute(uri: "/media/r/\(hash)/\(refused)", method: .get)
            #expect(answer.status == .notFound, "\(refused)")
        }
        let unknown = String(repeating: "0", count: 64)
        #expect(try await client.execute(uri: "/media/r/\(unknown)/r1-o-320-a.jpg", method: .get).status == .notFound)
        // Only what was asked for and could be made is kept, each under its own name.
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: folder.appendingPathComponent("renditions/\(hash)").path)
        #expect(Set(kept) == ["r1-16x9-640-a.avif", "r1-o-1200-a.jpg"])
    }
}
