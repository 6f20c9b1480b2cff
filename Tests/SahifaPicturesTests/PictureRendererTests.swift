import CVipsProbe
import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaPictures

@Suite("Renditions made with libvips")
struct PictureRendererTests {
    static let limit = 100_000_000

    private func has(_ field: String, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { VipsProbe.hasField($0.baseAddress, $0.count, field) }
    }

    private func isRed(_ rgb: [Double]) -> Bool { rgb[0] > 200 && rgb[1] < 60 && rgb[2] < 60 }
    private func isWhite(_ rgb: [Double]) -> Bool { rgb.allSatisfy { $0 > 220 } }

    /// 1200 × 1200, white, with a red square in its top left corner: the subject of a crop.
    static let cornerSubject = TestPictures.png(width: 1200, height: 1200) { x, y in
        (50..<250).contains(x) && (50..<250).contains(y) ? (220, 20, 30) : (255, 255, 255)
    }

    @Test("a photograph becomes each width asked in AVIF, WebP and JPEG, at its own shape, never enlarged")
    func widthsAndFormats() throws {
        let photo = try SharedTestData.coverPhoto()
        let header = try PictureHeader(of: photo, pixelLimit: Self.limit)
        #expect(header.kind == .jpeg && header.width == 1200 && header.height == 675)
        for format in RenditionFormat.allCases {
            for (asked, width, height) in [(320, 320, 180), (640, 640, 360), (1920, 1200, 675)] {
                let made = try PictureRenderer.render(
                    RenditionRequest(width: asked, shape: .original, format: format), of: photo, header: header)
                let read = try PictureHeader(of: made.bytes, pixelLimit: Self.limit)
                #expect(read.width == width && read.height == height, "\(format) at \(asked)")
                #expect(read.kind == (format == .avif ? .avif : format == .webp ? .webp : .jpeg))
                #expect(made.width == width && made.height == height)
            }
        }
    }

    @Test("every shape is cut to its ratio, the widest the picture holds when asked for more")
    func shapes() throws {
        let photo = try SharedTestData.coverPhoto()
        let header = try PictureHeader(of: photo, pixelLimit: Self.limit)
        for (shape, asked, width, height) in [
            (CropShape.wide, 960, 960, 540), (.square, 1280, 675, 675), (.classic, 640, 640, 480),
            (.social, 1200, 1200, 630),
        ] {
            let made = try PictureRenderer.render(
                RenditionRequest(width: asked, shape: shape, format: .jpeg), of: photo, header: header)
            #expect((made.width, made.height) == (width, height), "\(shape)")
        }
    }

    @Test("a crop keeps the subject the editor marked in a corner, and leaves it out when marked elsewhere")
    func focalPoint() throws {
        let picture = Self.cornerSubject
        let header = try PictureHeader(of: picture, pixelLimit: Self.limit)
        let onSubject = try PictureRenderer.render(
            RenditionRequest(width: 640, shape: .wide, format: .jpeg, focus: FocalPoint(x: 0.125, y: 0.125)),
            of: picture, header: header)
        #expect((onSubject.width, onSubject.height) == (640, 360))
        // The square spans 27–133 of the 640-pixel-high cover, and the crop starts at the top.
        #expect(isRed(try probedPixel(onSubject.bytes, 80, 80)))
        let elsewhere = try PictureRenderer.render(
            RenditionRequest(width: 640, shape: .wide, format: .jpeg, focus: FocalPoint(x: 0.9, y: 0.9)),
            of: picture, header: header)
        #expect(isWhite(try probedPixel(elsewhere.bytes, 80, 80)))
    }

    @Test("without a marked subject, the smart crop finds the one in the corner")
    func attention() throws {
        let picture = Self.cornerSubject
        let header = try PictureHeader(of: picture, pixelLimit: Self.limit)
        let made = try PictureRenderer.render(
            RenditionRequest(width: 640, shape: .wide, format: .jpeg), of: picture, header: header)
        #expect(isRed(try probedPixel(made.bytes, 80, 80)))
    }

    @Test("a phone's sideways photo is turned upright, and its GPS position and EXIF are gone from every rendition")
    func orientationAndMetadata() throws {
        let wide = try PictureRenderer.render(
            RenditionRequest(width: 600, shape: .original, format: .jpeg),
            of: Self.cornerSubject, header: try PictureHeader(of: Self.cornerSubject, pixelLimit: Self.limit))
        let landscape = TestPictures.png(width: 600, height: 400) { x, _ in x < 300 ? (220, 20, 30) : (255, 255, 255) }
        let stored = try PictureRenderer.render(
            RenditionRequest(width: 600, shape: .original, format: .jpeg), of: landscape,
            header: try PictureHeader(of: landscape, pixelLimit: Self.limit))
        // Orientation 6: the camera was turned a quarter clockwise, so upright is 400 × 600.
        let fromPhone = TestPictures.withEXIF(stored.bytes, orientation: 6)
        #expect(has("exif-ifd3-GPSLatitude", fromPhone) == 1, "the test picture carries a position")
        #expect(has("exif-data", wide.bytes) == 0)
        let header = try PictureHeader(of: fromPhone, pixelLimit: Self.limit)
        #expect((header.width, header.height) == (400, 600))
        for format in RenditionFormat.allCases {
            let made = try PictureRenderer.render(
                RenditionRequest(width: 400, shape: .original, format: format), of: fromPhone, header: header)
            #expect((made.width, made.height) == (400, 600), "\(format)")
            #expect(has("exif-ifd3-GPSLatitude", made.bytes) == 0, "\(format)")
            #expect(has("exif-data", made.bytes) == 0, "\(format)")
            #expect(has("xmp-data", made.bytes) == 0 && has("iptc-data", made.bytes) == 0, "\(format)")
            // The red half, on the left as stored, is on top once the picture stands upright.
            let top = try probedPixel(made.bytes, 200, 100)
            let bottom = try probedPixel(made.bytes, 200, 500)
            #expect(isRed(top) && isWhite(bottom), "\(format)")
        }
    }

    @Test("a few bytes declaring 50,000 × 50,000 pixels are refused from the header, before any decoding")
    func decompressionBomb() {
        #expect(throws: PictureError.tooManyPixels(width: 50_000, height: 50_000, limit: Self.limit)) {
            try PictureHeader(of: TestPictures.bomb(width: 50_000, height: 50_000), pixelLimit: Self.limit)
        }
    }

    @Test("SVG with a script, PDF, text and a cut-short photograph are refused, each with its reason")
    func hostileInput() throws {
        let svg = Array(#"<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>"#.utf8)
        let pdf = Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".utf8)
        for bytes in [svg, pdf, Array("صورة.jpg ليست صورة".utf8), []] {
            #expect(throws: PictureError.notAPicture) { try PictureHeader(of: bytes, pixelLimit: Self.limit) }
        }
        let photo = try SharedTestData.coverPhoto()
        let cut = Array(photo[..<(photo.count / 2)])
        let header = try PictureHeader(of: cut, pixelLimit: Self.limit)
        #expect(throws: PictureError.self) { try header.checkDecodes(cut) }
        try PictureHeader(of: photo, pixelLimit: Self.limit).checkDecodes(photo)
    }
}

@Suite("Pictures as newsrooms receive them: CMYK from print, 16-bit, HEIC and AVIF from phones")
struct PictureInputTests {
    private func reencoded(_ bytes: [UInt8], as kind: String) throws -> [UInt8] {
        var length = 0
        let made = bytes.withUnsafeBytes { VipsProbe.reencode($0.baseAddress, $0.count, kind, &length) }
        let pointer = try #require(made, "libvips could not make the \(kind) test picture")
        defer { g_free(pointer) }
        return Array(UnsafeRawBufferPointer(start: pointer, count: length))
    }

    /// Half red, half white, the red on the left.
    static let halves = TestPictures.png(width: 400, height: 300) { x, _ in x < 200 ? (220, 20, 30) : (255, 255, 255) }

    @Test("each comes out as 8-bit sRGB with its colours kept, in every format", arguments: ["cmyk", "png16", "heif"])
    func readAndConverted(kind: String) throws {
        let input = try reencoded(Self.halves, as: kind)
        let header = try PictureHeader(of: input, pixelLimit: 100_000_000)
        #expect(header.kind == (kind == "heif" ? .heic : kind == "cmyk" ? .jpeg : .png))
        #expect((header.width, header.height) == (400, 300))
        try header.checkDecodes(input)
        for format in RenditionFormat.allCases {
            let made = try PictureRenderer.render(
                RenditionRequest(width: 200, shape: .original, format: format), of: input, header: header)
            #expect((made.width, made.height) == (200, 150))
            let read = try PictureHeader(of: made.bytes, pixelLimit: 100_000_000)
            #expect(read.width == 200)
            let left = try probedPixel(made.bytes, 40, 75)
            let right = try probedPixel(made.bytes, 160, 75)
            // Values above 255 would mean 16 bits kept; a CMYK file read as RGB would not be red.
            #expect(
                left[0] > 170 && left[1] < 90 && left[2] < 90 && left.allSatisfy { $0 <= 255 },
                "\(kind) \(format) \(left)")
            #expect(right.allSatisfy { $0 > 215 && $0 <= 255 }, "\(kind) \(format) \(right)")
        }
    }
}

/// The first three bands of an encoded picture's pixel at (x, y), as libvips decodes it
/// through the test-only probe, never through the code under test.
func probedPixel(_ bytes: [UInt8], _ x: Int, _ y: Int) throws -> [Double] {
    var rgb: (Double, Double, Double) = (0, 0, 0)
    let failed = bytes.withUnsafeBytes { buffer in
        withUnsafeMutablePointer(to: &rgb) {
            $0.withMemoryRebound(to: Double.self, capacity: 3) {
                VipsProbe.pixel(buffer.baseAddress, buffer.count, Int32(x), Int32(y), $0)
            }
        }
    }
    try #require(failed == 0, "libvips could not read the picture")
    return [rgb.0, rgb.1, rgb.2]
}
