/// Renders the inline part of the Markdown subset: `**strong**`, `*emphasis*`, `` `code` ``,
/// `[text](url)` and backslash escapes. Everything else is text, escaped; a link whose
/// address is not http(s), mailto or a path on this site keeps its text and loses the link.
///
/// It reads Unicode scalars, not characters: every marker is ASCII, and a character can hide one
/// (after an Arabic number sign, U+0600–U+0605, a backslash or star joins the sign's character).
struct InlineMarkdown {
    private let scalars: [Unicode.Scalar]

    static func render(_ text: String, into out: inout [UInt8]) {
        guard mayHaveMarkup(text) else { return HTMLEscaping.append(text, to: &out) }
        InlineMarkdown(text).render(0, text.unicodeScalars.count, allowLinks: true, into: &out)
    }

    private init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Whether the text holds a byte that may start markup or an escape. Most paragraphs of news
    /// hold none, and are then written as they are, without going character by character.
    private static func mayHaveMarkup(_ text: String) -> Bool {
        text.utf8.contains { byte in
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "`") || byte == UInt8(ascii: "*")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "[")
        }
    }

    /// The words a reader sees, without markup: link text without its address, emphasis
    /// without its stars, escapes resolved. For search and snippets.
    static func plainText(_ text: String) -> String {
        guard mayHaveMarkup(text) else { return text }
        var out: [UInt8] = []
        InlineMarkdown(text).render(0, text.unicodeScalars.count, allowLinks: true, plain: true, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func render(_ lower: Int, _ upper: Int, allowLinks: Bool, plain: Bool = false, into out: inout [UInt8]) {
        var index = lower
        var textStart = lower
        func flush(to end: Int) {
            if textStart < end {
                write(Self.string(scalars[textStart..<end]))
            }
        }
        func write(_ text: String) {
            if plain { out.append(contentsOf: text.utf8) } else { HTMLEscaping.append(text, to: &out) }
        }
        func markup(_ tag: String) {
            if !plain { out.append(contentsOf: tag.utf8) }
        }
        while index < upper {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < upper, Self.escapable.contains(scalars[index + 1]) {
                flush(to: index)
                write(String(scalars[index + 1]))
                index += 2
                textStart = index
            } else if scalar == "`", let close = find("`", from: index + 1, upper) {
                flush(to: index)
                markup("<code>")
                write(Self.string(scalars[(index + 1)..<close]))
                markup("</code>")
                index = close + 1
                textStart = index
            } else if scalar == "*", index + 1 < upper, scalars[index + 1] == "*",
                let close = findPair("*", from: index + 2, upper), close > index + 2
            {
                flush(to: index)
                markup("<strong>")
                render(index + 2, close, allowLinks: allowLinks, plain: plain, into: &out)
                markup("</strong>")
                index = close + 2
                textStart = index
            } else if scalar == "*" || (scalar == "_" && isWordBoundary(before: index, lower)),
                let close = findEmphasisEnd(scalar, from: index + 1, upper)
            {
                flush(to: index)
                markup("<em>")
                render(index + 1, close, allowLinks: allowLinks, plain: plain, into: &out)
                markup("</em>")
                index = close + 1
                textStart = index
            } else if scalar == "[", allowLinks, let link = link(at: index, upper) {
                flush(to: index)
                if !plain, let href = Self.safeHref(link.address) {
                    markup("<a href=\"")
                    HTMLEscaping.append(href, to: &out)
                    markup("\">")
                    render(index + 1, link.textEnd, allowLinks: false, into: &out)
                    markup("</a>")
                } else {
                    render(index + 1, link.textEnd, allowLinks: false, plain: plain, into: &out)
                }
                index = link.end
                textStart = index
            } else {
                index += 1
            }
        }
        flush(to: upper)
    }

    private func find(_ target: Unicode.Scalar, from start: Int, _ upper: Int) -> Int? {
        var index = start
        while index < upper {
            if scalars[index] == target { return index }
            index += 1
        }
        return nil
    }

    /// The start of the next doubled `target` (the closing `**`).
    private func findPair(_ target: Unicode.Scalar, from start: Int, _ upper: Int) -> Int? {
        var index = start
        while index + 1 < upper {
            if scalars[index] == target && scalars[index + 1] == target { return index }
            index += 1
        }
        return nil
    }

    /// A closing `*` or `_` that hugs the text, so "a * b * c" stays plain.
    private func findEmphasisEnd(_ target: Unicode.Scalar, from start: Int, _ upper: Int) -> Int? {
        guard start < upper, !scalars[start].properties.isWhitespace, scalars[start] != target else { return nil }
        var index = start + 1
        while index < upper {
            if scalars[index] == target, !scalars[index - 1].properties.isWhitespace,
                target != "_" || index + 1 == upper || !Self.isLetter(scalars[index + 1])
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private func isWordBoundary(before index: Int, _ lower: Int) -> Bool {
        index == lower || !Self.isLetter(scalars[index - 1])
    }

    /// The `)` that closes a link address, counting nested pairs, as in `/wiki/Foo_(bar)`.
    private func closingParenthesis(from start: Int, _ upper: Int) -> Int? {
        var depth = 0
        var index = start
        while index < upper {
            switch scalars[index] {
            case "(": depth += 1
            case ")":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `[text](address)` starting at `start`: where the text ends, the address, and the index after `)`.
    private func link(at start: Int, _ upper: Int) -> (textEnd: Int, address: String, end: Int)? {
        var depth = 0
        var index = start
        while index < upper {
            switch scalars[index] {
            case "[": depth += 1
            case "]":
                depth -= 1
                if depth == 0 {
                    guard index + 1 < upper, scalars[index + 1] == "(",
                        let close = closingParenthesis(from: index + 2, upper)
                    else { return nil }
                    let inside = Self.string(scalars[(index + 2)..<close])
                    let address = inside.split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
                    return (index, address, close + 1)
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// The link target if it is safe to put in an `href`: http, https, mailto, or a path or
    /// fragment on this site. Browsers ignore tabs and newlines inside URLs, so they are
    /// removed before the scheme is judged ("java\tscript:" is still javascript:).
    static func safeHref(_ address: String) -> String? {
        let cleaned = String(
            String.UnicodeScalarView(address.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }))
        guard !cleaned.isEmpty else { return nil }
        let schemeEnd = cleaned.firstIndex(where: { $0 == ":" || $0 == "/" || $0 == "?" || $0 == "#" })
        if let schemeEnd, cleaned[schemeEnd] == ":" {
            let scheme = cleaned[..<schemeEnd].lowercased()
            return ["http", "https", "mailto"].contains(scheme) ? cleaned : nil
        }
        if cleaned.hasPrefix("//") || cleaned.hasPrefix("/\\") || cleaned.hasPrefix("\\") {
            return nil
        }
        return cleaned
    }

    /// A letter or a mark on one (harakat), as a word's inside.
    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic
    }

    private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    private static let escapable: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "(", ")", "#", ">", "-", "+", ".", "!",
    ]
}
