import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaPictures

@Suite("The renditions every picture gets")
struct RenditionSetTests {
    @Test("each shape gets the theme's widths that fit and its own widest, never wider than 1920")
    func widthsPerShape() throws {
        let photo = try PictureHeader(of: try SharedTestData.coverPhoto(), pixelLimit: 100_000_000)
        #expect(RenditionSet.widths(for: .original, width: photo.width, height: photo.height) == [320, 640, 960, 1200])
        #expect(RenditionSet.widths(for: .wide, width: photo.width, height: photo.height) == [320, 640, 960, 1200])
        #expect(RenditionSet.widths(for: .classic, width: photo.width, height: photo.height) == [320, 640, 900])
        #expect(RenditionSet.widths(for: .square, width: photo.width, height: photo.height) == [320, 640, 675])
        let large = TestPictures.png(width: 2400, height: 1600) { _, _ in (90, 90, 90) }
        let header = try PictureHeader(of: large, pixelLimit: 100_000_000)
        #expect(
            RenditionSet.widths(for: .original, width: header.width, height: header.height) == [
                320, 640, 960, 1280, 1920,
            ])
        let small = TestPictures.png(width: 200, height: 150) { _, _ in (90, 90, 90) }
        let smallHeader = try PictureHeader(of: small, pixelLimit: 100_000_000)
        #expect(RenditionSet.widths(for: .wide, width: smallHeader.width, height: smallHeader.height) == [200])
    }

    @Test("every width comes in AVIF, WebP and JPEG, with the picture's focal point")
    func formats() throws {
        let photo = try PictureHeader(of: try SharedTestData.coverPhoto(), pixelLimit: 100_000_000)
        let focus = try #require(FocalPoint(x: 0.2, y: 0.3))
        let square = try #require(FocalPoint(x: 0.8, y: 0.5))
        let requests = RenditionSet.requests(
            width: photo.width, height: photo.height, focus: PictureFocus(point: focus, byShape: [.square: square]))
        #expect(requests.count == 43)
        #expect(Set(requests.map(\.format)) == Set(RenditionFormat.allCases))
        #expect(requests.filter { $0.shape == .original }.allSatisfy { $0.focus == nil })
        #expect(requests.filter { $0.shape == .square }.allSatisfy { $0.focus == square })
        #expect(requests.filter { $0.shape == .wide || $0.shape == .classic }.allSatisfy { $0.focus == focus })
        #expect(requests.last == RenditionRequest(width: 1200, shape: .social, format: .jpeg, focus: focus))
    }
}
