import SahifaTestSupport
import Testing

@testable import SahifaPictures

@Suite("The renditions every picture gets")
struct RenditionSetTests {
    @Test("each shape gets the theme's widths that fit and its own widest, never wider than 1920")
    func widthsPerShape() throws {
        let photo = try PictureHeader(of: try SharedTestData.coverPhoto(), pixelLimit: 100_000_000)
        #expect(RenditionSet.widths(for: .original, header: photo) == [320, 640, 960, 1200])
        #expect(RenditionSet.widths(for: .wide, header: photo) == [320, 640, 960, 1200])
        #expect(RenditionSet.widths(for: .classic, header: photo) == [320, 640, 900])
        #expect(RenditionSet.widths(for: .square, header: photo) == [320, 640, 675])
        let large = TestPictures.png(width: 2400, height: 1600) { _, _ in (90, 90, 90) }
        let header = try PictureHeader(of: large, pixelLimit: 100_000_000)
        #expect(RenditionSet.widths(for: .original, header: header) == [320, 640, 960, 1280, 1920])
        let small = TestPictures.png(width: 200, height: 150) { _, _ in (90, 90, 90) }
        #expect(RenditionSet.widths(for: .wide, header: try PictureHeader(of: small, pixelLimit: 100_000_000)) == [200])
    }

    @Test("every width comes in AVIF, WebP and JPEG, with the picture's focal point")
    func formats() throws {
        let photo = try PictureHeader(of: try SharedTestData.coverPhoto(), pixelLimit: 100_000_000)
        let focus = FocalPoint(x: 0.2, y: 0.3)
        let requests = RenditionSet.requests(for: photo, focus: focus)
        #expect(requests.count == (4 + 4 + 3 + 3) * 3)
        #expect(Set(requests.map(\.format)) == Set(RenditionFormat.allCases))
        #expect(requests.allSatisfy { $0.focus == focus })
    }
}
