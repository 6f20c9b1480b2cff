import Foundation
import SahifaCore

/// The one piece of metadata a rendition carries: its copyright line, as an XMP packet with
/// only `dc:rights` (UTF-8, so an Arabic line stays Arabic), and as EXIF's Copyright tag when
/// the line is plain ASCII apart from ©, which is all that tag can hold.
struct CopyrightPacket {
    let line: String

    /// The line for a picture: the file's own copyright, or its credit as one; nil without either.
    init?(_ metadata: PictureMetadata) {
        if let copyright = metadata.copyright?.trimmed, !copyright.isEmpty {
            line = copyright
        } else if let credit = metadata.credit?.trimmed, !credit.isEmpty {
            line = "© " + credit
        } else {
            return nil
        }
    }

    var xmp: [UInt8] {
        let escaped = HTMLEscaping.escape(line)
        return Array(
            ("<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:rights><rdf:Alt>"
                + "<rdf:li xml:lang=\"x-default\">" + escaped + "</rdf:li></rdf:Alt></dc:rights></rdf:Description>"
                + "</rdf:RDF></x:xmpmeta><?xpacket end=\"r\"?>").utf8)
    }

    /// nil when the line has letters EXIF's ASCII cannot carry.
    var exif: String? {
        line.unicodeScalars.allSatisfy { $0.isASCII || $0 == "©" } ? line : nil
    }
}

extension String {
    fileprivate var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
