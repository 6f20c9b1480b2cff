import SahifaCore
import Testing

@Suite("The <picture> each slot of the reader site shows")
struct PictureMarkupTests {
    static let hash = String(repeating: "c", count: 64)

    private func markup(_ source: PictureSource, _ slot: PictureSlot, _ loading: PictureLoading = .lazy) -> String {
        var out: [UInt8] = []
        PictureMarkup.append(source, alt: "صورة \"القمة\"", slot: slot, loading: loading, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test("a card is cut to 16:9 around the editor's point, every width in AVIF, WebP and JPEG")
    func focusedCard() throws {
        let focus = PictureFocus(point: FocalPoint(x: 0.25, y: 0.5))
        let source = PictureSource(
            hash: Self.hash, kind: .jpeg, width: 4000, height: 3000, byteCount: 5_000_000, focus: focus)
        let html = markup(source, .card)
        let base = "/media/r/\(Self.hash)/r1-16x9-"
        #expect(html.hasPrefix("<picture><source type=\"image/avif\" srcset=\"\(base)320-f250-500.avif 320w, "))
        #expect(html.contains("\(base)1920-f250-500.webp 1920w\""))
        #expect(html.contains("<img srcset=\"\(base)320-f250-500.jpg 320w, \(base)640-f250-500.jpg 640w, "))
        #expect(html.contains(" src=\"\(base)960-f250-500.jpg\""))
        #expect(html.contains("alt=\"صورة &quot;القمة&quot;\" width=\"1920\" height=\"1080\" loading=\"lazy\""))
        #expect(html.contains("sizes=\"(min-width: 72rem) 16.5rem,"))
        #expect(html.hasSuffix("</picture>"))
    }

    @Test("the hero is fetched first; a picture narrower than the theme's widths gets only its own")
    func heroOfASmallPicture() {
        let source = PictureSource(
            hash: Self.hash, kind: .png, width: 500, height: 500, byteCount: 90_000, focus: .none)
        let html = markup(source, .hero, .first)
        #expect(
            html.contains(
                "srcset=\"/media/r/\(Self.hash)/r1-16x9-320-a.avif 320w, /media/r/\(Self.hash)/r1-16x9-500-a.avif 500w\""
            ))
        #expect(html.contains("width=\"500\" height=\"281\" fetchpriority=\"high\">"))
        #expect(!html.contains("loading="))
    }

    @Test("a small GIF and a drawing are shown as stored, so animation plays; a large GIF by its renditions")
    func storedAsIs() {
        let gif = PictureSource(hash: Self.hash, kind: .gif, width: 480, height: 270, byteCount: 900_000, focus: .none)
        #expect(
            markup(gif, .card)
                == "<img src=\"/media/\(Self.hash).gif\" alt=\"صورة &quot;القمة&quot;\" width=\"480\" height=\"270\" loading=\"lazy\" decoding=\"async\">"
        )
        let drawing = PictureSource(
            hash: Self.hash, kind: .svg, width: 1200, height: 675, byteCount: 3_000, focus: .none)
        #expect(markup(drawing, .hero, .first).hasPrefix("<img src=\"/media/\(Self.hash).svg\""))
        let large = PictureSource(
            hash: Self.hash, kind: .gif, width: 1280, height: 720, byteCount: 6_000_000, focus: .none)
        #expect(markup(large, .card).hasPrefix("<picture>"))
        #expect(large.readerPath == "/media/r/\(Self.hash)/r1-o-1280-a.jpg")
        #expect(gif.readerPath == "/media/\(Self.hash).gif")
    }

    @Test("the social card and the search engines' three shapes are JPEGs as large as the picture holds")
    func sharing() throws {
        let point = try #require(FocalPoint(x: 0.8, y: 0.2))
        let source = PictureSource(
            hash: Self.hash, kind: .heic, width: 4032, height: 3024, byteCount: 2_000_000,
            focus: PictureFocus(point: point))
        #expect(source.socialCard.path == "/media/r/\(Self.hash)/r1-40x21-1200-f800-200.jpg")
        #expect((source.socialCard.width, source.socialCard.height) == (1200, 630))
        #expect(
            source.searchEngineFiles.map(\.path) == [
                "/media/r/\(Self.hash)/r1-16x9-1920-f800-200.jpg", "/media/r/\(Self.hash)/r1-4x3-1920-f800-200.jpg",
                "/media/r/\(Self.hash)/r1-1x1-1920-f800-200.jpg",
            ])
        #expect(source.searchEngineFiles.map(\.height) == [1080, 1440, 1920])
    }
}
