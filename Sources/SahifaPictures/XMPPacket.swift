import SahifaCore

/// The four fields of an XMP packet the media library prefills, read by their usual
/// prefixes (dc:, photoshop:), which every photo tool and agency writes. A field may be an
/// element or an attribute; a language alternative gives its Arabic text, else its default.
struct XMPPacket {
    private(set) var caption: String?
    private(set) var credit: String?
    private(set) var byline: String?
    private(set) var copyright: String?

    init(_ text: String) {
        let xml = Substring(text)
        caption = Self.alternative(Self.element("dc:description", in: xml))
        credit =
            Self.element("photoshop:Credit", in: xml).map(Self.decoded) ?? Self.attribute("photoshop:Credit", in: xml)
        byline = Self.element("dc:creator", in: xml).flatMap { Self.items(in: $0).first?.text }
        copyright = Self.alternative(Self.element("dc:rights", in: xml))
    }

    /// The text inside the first `<name …>…</name>`.
    private static func element(_ name: String, in xml: Substring) -> Substring? {
        guard let open = xml.firstRange(of: "<" + name), open.upperBound < xml.endIndex,
            xml[open.upperBound].isWhitespace || xml[open.upperBound] == ">",
            let tagEnd = xml[open.upperBound...].firstIndex(of: ">"), xml[xml.index(before: tagEnd)] != "/"
        else { return nil }
        let inside = xml[xml.index(after: tagEnd)...]
        guard let close = inside.firstRange(of: "</" + name + ">") else { return nil }
        return inside[..<close.lowerBound]
    }

    /// `name="value"` (or in single quotes) anywhere in the packet.
    private static func attribute(_ name: String, in xml: Substring) -> String? {
        var rest = xml
        while let found = rest.firstRange(of: name + "=") {
            let valueStart = found.upperBound
            guard valueStart < rest.endIndex else { return nil }
            let quote = rest[valueStart]
            let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : " "
            if (quote == "\"" || quote == "'") && before.isWhitespace {
                let value = rest[rest.index(after: valueStart)...]
                guard let end = value.firstIndex(of: quote) else { return nil }
                return nonEmpty(decoded(value[..<end]))
            }
            rest = rest[found.upperBound...]
        }
        return nil
    }

    /// The `rdf:li` items of a container, each with its `xml:lang`.
    private static func items(in container: Substring) -> [(language: String?, text: String)] {
        var found: [(String?, String)] = []
        var rest = container
        while let open = rest.firstRange(of: "<rdf:li"), let tagEnd = rest[open.upperBound...].firstIndex(of: ">") {
            let tag = rest[open.upperBound..<tagEnd]
            let inside = rest[rest.index(after: tagEnd)...]
            guard let close = inside.firstRange(of: "</rdf:li>") else { break }
            if let text = nonEmpty(decoded(inside[..<close.lowerBound])) {
                found.append((attribute("xml:lang", in: Substring(" " + tag)), text))
            }
            rest = inside[close.upperBound...]
        }
        return found
    }

    private static func alternative(_ container: Substring?) -> String? {
        guard let container else { return nil }
        let all = items(in: container)
        return
            (all.first { $0.language?.hasPrefix("ar") == true } ?? all.first { $0.language == "x-default" }
            ?? all.first)?.text
    }

    /// XML's five entities and character references; anything else stays as it is.
    private static func decoded(_ text: Substring) -> String {
        guard text.contains("&") else { return String(text).trimmingWhitespace() }
        var out = ""
        var rest = text
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semicolon) <= 10 else {
                out += rest[amp...]
                return out.trimmingWhitespace()
            }
            let name = rest[rest.index(after: amp)..<semicolon]
            switch name {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                let number =
                    name.hasPrefix("#x")
                    ? UInt32(name.dropFirst(2), radix: 16)
                    : name.hasPrefix("#") ? UInt32(name.dropFirst(), radix: 10) : nil
                if let number, let scalar = Unicode.Scalar(number) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += rest[amp...semicolon]
                }
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        out += rest
        return out.trimmingWhitespace()
    }

    private static func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
