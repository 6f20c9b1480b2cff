import ArabicText
import SahifaCore

/// Link addresses as WordPress content writes them, made ready for a Markdown link.
enum LinkAddress {
    /// The address without surrounding whitespace and with its line breaks and tabs removed
    /// (editors paste them in, browsers ignore them); inner spaces become `%20`.
    static func cleaned(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in raw.unicodeScalars {
            if scalar == " " || scalar == "\u{A0}" {
                pendingSpace = !out.isEmpty
                continue
            }
            if scalar.isWhitespace || scalar.properties.generalCategory == .control {
                continue
            }
            if pendingSpace {
                out.append(contentsOf: "%20".unicodeScalars)
                pendingSpace = false
            }
            out.append(scalar)
        }
        return String(out)
    }

    /// The address to write in `[text](…)`, or nil when Sahifa's renderer would not link it
    /// (javascript:, data:, another host's `//` address). Parentheses that do not pair up are
    /// percent-encoded, since the parser ends the address at the first unpaired `)`.
    static func markdownTarget(_ address: String) -> String? {
        guard let safe = MarkdownEscaping.safeLinkAddress(address) else { return nil }
        guard !parenthesesPair(safe) else { return safe }
        var out = ""
        for character in safe {
            switch character {
            case "(": out += "%28"
            case ")": out += "%29"
            default: out.append(character)
            }
        }
        return out
    }

    /// The scheme of an absolute address (`javascript`, `tel`), lower-cased, for the report.
    static func scheme(of address: String) -> String? {
        guard let colon = address.firstIndex(of: ":") else { return nil }
        let scheme = address[..<colon]
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+") })
        else { return nil }
        return scheme.lowercased()
    }

    /// The host of an absolute or `//` address, lower-cased, without `www.`, user or port.
    static func host(of address: String) -> String? {
        guard let start = address.firstRange(of: "//") else { return nil }
        let prefix = address[..<start.lowerBound]
        guard prefix.isEmpty || prefix.hasSuffix(":") else { return nil }
        var authority = address[start.upperBound...].prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        if let colon = authority.firstIndex(of: ":") { authority = authority[..<colon] }
        var host = authority.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }

    /// The path of an absolute address, from its first `/` after the host up to `?` or `#`.
    static func path(of address: String) -> Substring {
        guard let start = address.firstRange(of: "//") else { return "" }
        let afterHost = address[start.upperBound...].drop { $0 != "/" && $0 != "?" && $0 != "#" }
        return afterHost.prefix { $0 != "?" && $0 != "#" }
    }

    private static func parenthesesPair(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}
