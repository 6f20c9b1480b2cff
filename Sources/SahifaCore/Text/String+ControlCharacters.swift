extension Unicode.Scalar {
    /// A control character no newsroom text means: U+0000 and the other C0 controls but tab, line
    /// feed and carriage return, DEL and the C1 controls. (A carriage return ends a line.)
    public var isStrayControl: Bool {
        switch value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F: true
        default: false
        }
    }
}

extension String {
    /// The text with its stray controls removed (`Unicode.Scalar.isStrayControl`) and every line
    /// ended by a line feed alone (a browser sends a text area's lines ended by CR LF). Every
    /// door (API, newsroom forms, imports) cleans what it takes in this way before validating
    /// it, so a field left empty is refused as empty, and nothing after a NUL is lost.
    public var withoutControlCharacters: String {
        guard utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x7F || $0 == 0xC2 }) else {
            return self
        }
        var cleaned = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in unicodeScalars {
            defer { previous = scalar }
            if scalar == "\r" {
                cleaned.append("\n")
            } else if scalar == "\n" && previous == "\r" {
                continue
            } else if !scalar.isStrayControl {
                cleaned.append(scalar)
            }
        }
        return String(cleaned)
    }
}
