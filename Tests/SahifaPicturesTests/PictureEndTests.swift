import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaPictures

@Suite("Where a picture file's picture ends, for what is hidden after it")
struct PictureEndTests {
    static let archive: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("<?php echo 1; ?>".utf8)

    /// The same photo as JPEG, WebP and AVIF from libvips, and a PNG written by hand.
    static func files() throws -> [(MediaKind, [UInt8])] {
        let photo = try SharedTestData.coverPhoto()
        let header = try PictureHeader(of: photo, pixelLimit: 100_000_000)
        let webp = try PictureRenderer.render(
            RenditionRequest(width: 320, shape: .original, format: .webp), of: photo, header: header)
        let avif = try PictureRenderer.render(
            RenditionRequest(width: 320, shape: .original, format: .avif), of: photo, header: header)
        let png = TestPictures.png(width: 30, height: 20) { x, _ in (UInt8(x), 0, 0) }
        return [(.jpeg, photo), (.webp, webp.bytes), (.avif, avif.bytes), (.png, png)]
    }

    @Test("a whole file hides nothing; zero padding is not hiding")
    func wholeFiles() throws {
        for (kind, bytes) in try Self.files() {
            #expect(PictureEnd.hiddenByteCount(in: bytes, kind: kind) == 0, "\(kind)")
            #expect(PictureEnd.hiddenByteCount(in: bytes + [0, 0, 0, 0], kind: kind) == 0, "\(kind) padded")
        }
    }

    @Test("an archive after the picture is counted to its last byte, in every format")
    func polyglots() throws {
        for (kind, bytes) in try Self.files() {
            #expect(PictureEnd.hiddenByteCount(in: bytes + Self.archive, kind: kind) == Self.archive.count, "\(kind)")
        }
    }

    @Test("a file cut short has no end to find; a second JPEG after the first is a camera's, not hidden")
    func cutShortAndAppended() throws {
        for (kind, bytes) in try Self.files() {
            #expect(
                PictureEnd.hiddenByteCount(in: Array(bytes.prefix(bytes.count * 2 / 3)), kind: kind) == nil, "\(kind)")
        }
        let photo = try SharedTestData.coverPhoto()
        #expect(PictureEnd.hiddenByteCount(in: photo + photo, kind: .jpeg) == 0)
        #expect(PictureEnd.hiddenByteCount(in: photo + photo + Self.archive, kind: .jpeg) == Self.archive.count)
    }
}
