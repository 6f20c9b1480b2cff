import CVipsProbe
import SahifaCore
import SahifaTestSupport
import Testing

@testable import SahifaPictures

@Suite("An agency's caption, credit, byline and copyright read from the picture's file")
struct PictureMetadataTests {
    static let limit = 100_000_000

    static let records: [(dataset: UInt8, text: String)] = [
        (120, "  متظاهرون في ساحة التحرير وسط القاهرة  "), (110, "أ ف ب"), (80, "محمد الشاهد"),
        (116, "© 2026 وكالة الأنباء"),
    ]

    static let packet = """
        <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
         <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
           xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:Credit="رويترز &amp; شركاه">
          <dc:description><rdf:Alt>
           <rdf:li xml:lang="x-default">Protesters in Tahrir Square</rdf:li>
           <rdf:li xml:lang="ar">متظاهرون في ميدان التحرير</rdf:li>
          </rdf:Alt></dc:description>
          <dc:creator><rdf:Seq><rdf:li>سارة يوسف</rdf:li><rdf:li>Second Author</rdf:li></rdf:Seq></dc:creator>
          <dc:rights><rdf:Alt><rdf:li xml:lang="x-default">&#169; 2026 Reuters</rdf:li></rdf:Alt></dc:rights>
         </rdf:Description>
        </rdf:RDF></x:xmpmeta>
        <?xpacket end="w"?>
        """

    private func photo() throws -> [UInt8] { try SharedTestData.coverPhoto() }

    @Test("IPTC records alone give the four fields, in Arabic, trimmed")
    func iptcOnly() throws {
        let file = TestPictures.withAgencyMetadata(try photo(), iptc: Self.records, xmp: nil)
        let header = try PictureHeader(of: file, pixelLimit: Self.limit)
        #expect(
            header.metadata
                == PictureMetadata(
                    caption: "متظاهرون في ساحة التحرير وسط القاهرة", credit: "أ ف ب", byline: "محمد الشاهد",
                    copyright: "© 2026 وكالة الأنباء"))
    }

    @Test("XMP wins over IPTC where both are there: its Arabic caption, its credit attribute, its first creator")
    func xmpFirst() throws {
        let file = TestPictures.withAgencyMetadata(try photo(), iptc: Self.records, xmp: Self.packet)
        let header = try PictureHeader(of: file, pixelLimit: Self.limit)
        #expect(
            header.metadata
                == PictureMetadata(
                    caption: "متظاهرون في ميدان التحرير", credit: "رويترز & شركاه", byline: "سارة يوسف",
                    copyright: "© 2026 Reuters"))
    }

    @Test("a picture with none has none; a rendition keeps only the agency's copyright line, in every format")
    func renditionsCarryOnlyTheCopyright() throws {
        #expect(try PictureHeader(of: try photo(), pixelLimit: Self.limit).metadata == .none)
        let file = TestPictures.withAgencyMetadata(try photo(), iptc: Self.records, xmp: Self.packet)
        let header = try PictureHeader(of: file, pixelLimit: Self.limit)
        for format in RenditionFormat.allCases {
            let made = try PictureRenderer.render(
                RenditionRequest(width: 320, shape: .wide, format: format), of: file, header: header)
            let fields = made.bytes.withUnsafeBytes { buffer in
                ["iptc-data", "exif-ifd0-Artist", "exif-ifd0-ImageDescription"].map { (field: String) in
                    VipsProbe.hasField(buffer.baseAddress, buffer.count, field)
                }
            }
            #expect(fields == [0, 0, 0], "\(format)")
            let copyright = made.bytes.withUnsafeBytes {
                VipsProbe.text($0.baseAddress, $0.count, "exif-ifd0-Copyright")
            }
            defer { g_free(copyright) }
            // EXIF's ASCII tag, where libvips writes © as (C); the XMP keeps the line as written.
            #expect(copyright.map { String(cString: $0) }?.hasPrefix("(C) 2026 Reuters") == true, "\(format)")
            // The XMP holds the line and nothing else of the agency's; libvips 8.14 writes no XMP
            // into HEIF, so an AVIF has the EXIF line alone.
            #expect(
                try PictureHeader(of: made.bytes, pixelLimit: Self.limit).metadata
                    == (format == .avif ? .none : PictureMetadata(copyright: "© 2026 Reuters")), "\(format)")
        }
    }

    @Test("an Arabic copyright line stays Arabic in the JPEG's and WebP's XMP; EXIF, which cannot hold it, has none")
    func arabicCopyright() throws {
        let file = TestPictures.withAgencyMetadata(try photo(), iptc: Self.records, xmp: nil)
        let header = try PictureHeader(of: file, pixelLimit: Self.limit)
        for format in RenditionFormat.allCases {
            let made = try PictureRenderer.render(
                RenditionRequest(width: 320, shape: .wide, format: format), of: file, header: header)
            let read = try PictureHeader(of: made.bytes, pixelLimit: Self.limit).metadata
            #expect(read == (format == .avif ? .none : PictureMetadata(copyright: "© 2026 وكالة الأنباء")), "\(format)")
            #expect(
                made.bytes.withUnsafeBytes { VipsProbe.hasField($0.baseAddress, $0.count, "exif-ifd0-Copyright") }
                    == 0)
        }
    }

    @Test("without a copyright or a credit in the file, a rendition carries no EXIF at all")
    func noCopyrightNoEXIF() throws {
        for format in RenditionFormat.allCases {
            let photo = try photo()
            let made = try PictureRenderer.render(
                RenditionRequest(width: 320, shape: .wide, format: format), of: photo,
                header: try PictureHeader(of: photo, pixelLimit: Self.limit))
            #expect(made.bytes.withUnsafeBytes { VipsProbe.hasField($0.baseAddress, $0.count, "exif-data") } == 0)
        }
    }
}
