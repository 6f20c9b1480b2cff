/// Reads WordPress content into tokens: tags, block comments, shortcodes and text. It is
/// lenient on purpose, because WordPress content is not well-formed XML: a `<` that opens no
/// tag, or a tag that never ends, is text, and an unclosed attribute quote ends at the tag's `>`.
/// Every search goes through a `ForwardFinder`, so the work is linear in the input.
struct MarkupTokenizer {
    private let bytes: [UInt8]
    private var tokens: [MarkupToken] = []
    private var textStart = 0
    /// Shortcode names that are closed somewhere (`[/caption]`): only those enclose content.
    private let enclosingShortcodes: Set<String>
    private var tagEnd = ForwardFinder(">")
    private var doubleQuote = ForwardFinder("\"")
    private var singleQuote = ForwardFinder("'")
    private var commentEnd = ForwardFinder("-->")
    private var bracketClose = ForwardFinder("]")
    private var bracketOpen = ForwardFinder("[")
    private var scriptEnd = ForwardFinder("</script", ignoringASCIICase: true)
    private var styleEnd = ForwardFinder("</style", ignoringASCIICase: true)

    /// The longest shortcode tag read as one; a longer `[word …]` is text.
    private static let longestShortcode = 4096

    static func tokens(of content: String) -> [MarkupToken] {
        var tokenizer = MarkupTokenizer(bytes: Array(content.utf8))
        tokenizer.run()
        return tokenizer.tokens
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
        self.enclosingShortcodes = Self.closedShortcodeNames(in: bytes)
    }

    private mutating func run() {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            var end: Int?
            if byte == UInt8(ascii: "<") {
                end = markup(at: index)
            } else if byte == UInt8(ascii: "[") {
                end = shortcode(at: index)
            }
            if let end {
                index = end
                textStart = end
            } else {
                index += 1
            }
        }
        flushText(to: bytes.count)
    }

    private mutating func flushText(to end: Int) {
        if textStart < end {
            tokens.append(.text(HTMLEntities.decode(bytes[textStart..<end])))
        }
        textStart = end
    }

    private mutating func emit(_ token: MarkupToken, at start: Int) {
        flushText(to: start)
        tokens.append(token)
    }

    // MARK: Tags and comments

    /// Reads what starts at the `<` at `start`; returns the index after it, or nil when it is text.
    private mutating func markup(at start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") {
            if starts(with: "<!--", at: start) { return comment(at: start) }
            return skipToTagEnd(from: start + 2, at: start)
        }
        if next == UInt8(ascii: "?") {
            return skipToTagEnd(from: start + 2, at: start)
        }
        if next == UInt8(ascii: "/") {
            guard start + 2 < bytes.count, Self.isLetter(bytes[start + 2]) else { return nil }
            let nameEnd = endOfName(from: start + 2)
            let end = tagEnd.next(in: bytes, from: nameEnd)
            guard end < bytes.count else { return nil }
            emit(.endTag(name: lowercasedName(start + 2, nameEnd)), at: start)
            return end + 1
        }
        guard Self.isLetter(next) else { return nil }
        return startTag(at: start)
    }

    /// A `<!…>` or `<?…>` that is not a comment: left out up to its `>`.
    private mutating func skipToTagEnd(from position: Int, at start: Int) -> Int? {
        let end = tagEnd.next(in: bytes, from: position)
        guard end < bytes.count else { return nil }
        flushText(to: start)
        return end + 1
    }

    private mutating func comment(at start: Int) -> Int {
        let end = commentEnd.next(in: bytes, from: start + 4)
        guard end < bytes.count else {
            // A browser hides everything after an unclosed comment, and so does WordPress.
            emit(.leftOut("unclosed comment"), at: start)
            return bytes.count
        }
        flushText(to: start)
        let text = String(decoding: bytes[(start + 4)..<end], as: UTF8.self)
        let inside = Substring(text).trimmingWhitespace
        if inside.hasPrefix("/wp:") {
            let name = inside.dropFirst(4).prefix { !$0.isWhitespace }
            tokens.append(.blockEnd(name: Self.blockName(name)))
        } else if inside.hasPrefix("wp:") {
            let rest = inside.dropFirst(3)
            let name = rest.prefix { !$0.isWhitespace && $0 != "/" }
            var json = rest.dropFirst(name.count).trimmingWhitespace
            let selfClosing = json.hasSuffix("/")
            if selfClosing { json = json.dropLast().trimmingWhitespace }
            tokens.append(
                .blockStart(
                    name: Self.blockName(name), attributes: BlockAttributes.parse(json), selfClosing: selfClosing))
        } else if inside == "nextpage" {
            tokens.append(.pageBreak)
        }
        // Any other comment, `<!--more-->` among them (it only marks the teaser), says nothing to readers.
        return end + 3
    }

    private mutating func startTag(at start: Int) -> Int? {
        let nameEnd = endOfName(from: start + 1)
        let name = lowercasedName(start + 1, nameEnd)
        // Without a `>` anywhere after it, the `<` is text. With one, the tag always ends at a
        // `>`: a quoted value may hold one, but when nothing after the value could end the tag,
        // the tag ends at its first `>` instead. So every byte scanned is consumed, once.
        let firstEnd = tagEnd.next(in: bytes, from: nameEnd)
        guard firstEnd < bytes.count else { return nil }
        var attributes: [String: String] = [:]
        var index = nameEnd
        var selfClosing = false
        var end: Int?
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ">") {
                end = index
                break
            }
            if Self.isSpace(byte) || byte == UInt8(ascii: "/") {
                selfClosing =
                    byte == UInt8(ascii: "/") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: ">")
                index += 1
                continue
            }
            selfClosing = false
            let attributeStart = index
            while index < bytes.count, !Self.endsAttributeName(bytes[index]) {
                index += 1
            }
            if index == attributeStart {
                // A stray `=`: skip it, so the loop always moves on.
                index += 1
                continue
            }
            let attributeName = lowercasedName(attributeStart, index)
            while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
            var value = ""
            if index < bytes.count, bytes[index] == UInt8(ascii: "=") {
                index += 1
                while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
                guard index < bytes.count else { break }
                let quote = bytes[index]
                if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                    let close =
                        quote == UInt8(ascii: "\"")
                        ? doubleQuote.next(in: bytes, from: index + 1) : singleQuote.next(in: bytes, from: index + 1)
                    guard close < bytes.count, tagEnd.next(in: bytes, from: close + 1) < bytes.count else {
                        // The quote never closes: the tag ends at its first `>`, as written.
                        end = firstEnd
                        break
                    }
                    value = HTMLEntities.decode(bytes[(index + 1)..<close])
                    index = close + 1
                } else {
                    let valueStart = index
                    while index < bytes.count, !Self.isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                        index += 1
                    }
                    value = HTMLEntities.decode(bytes[valueStart..<index])
                }
            }
            if attributes[attributeName] == nil {
                attributes[attributeName] = value
            }
        }
        let tagClose = end ?? firstEnd
        emit(.startTag(name: name, attributes: attributes, selfClosing: selfClosing), at: start)
        if name == "script" || name == "style" {
            return rawText(of: name, from: tagClose + 1)
        }
        return tagClose + 1
    }

    /// Skips a script's or style's content, which is code, not text.
    private mutating func rawText(of name: String, from start: Int) -> Int {
        let close = name == "script" ? scriptEnd.next(in: bytes, from: start) : styleEnd.next(in: bytes, from: start)
        tokens.append(.leftOut(name))
        guard close < bytes.count else { return bytes.count }
        let end = tagEnd.next(in: bytes, from: close)
        tokens.append(.endTag(name: name))
        return end < bytes.count ? end + 1 : bytes.count
    }

    // MARK: Shortcodes

    /// Reads a shortcode at the `[` at `start`: `[name attributes]`, `[name/]` or `[/name]`.
    private mutating func shortcode(at start: Int) -> Int? {
        // `[[name]]` is WordPress's way of writing a shortcode as text.
        if start > 0 && bytes[start - 1] == UInt8(ascii: "[") { return nil }
        var index = start + 1
        let closing = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if closing { index += 1 }
        guard index < bytes.count, Self.isShortcodeNameStart(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, Self.isShortcodeName(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard index < bytes.count else { return nil }
        if closing {
            guard bytes[index] == UInt8(ascii: "]") else { return nil }
            emit(.shortcodeEnd(name: name), at: start)
            return index + 1
        }
        let after = bytes[index]
        guard after == UInt8(ascii: "]") || after == UInt8(ascii: "/") || Self.isSpace(after) else { return nil }
        let close = bracketClose.next(in: bytes, from: index)
        let nextOpen = bracketOpen.next(in: bytes, from: start + 1)
        guard close < bytes.count, close - start <= Self.longestShortcode, nextOpen > close else { return nil }
        var attributeEnd = close
        let explicitlyClosed = close > index && bytes[close - 1] == UInt8(ascii: "/")
        if explicitlyClosed { attributeEnd -= 1 }
        let attributes = Self.shortcodeAttributes(bytes[index..<attributeEnd])
        emit(
            .shortcodeStart(
                name: name, attributes: attributes,
                selfClosing: explicitlyClosed || !enclosingShortcodes.contains(name)),
            at: start)
        return close + 1
    }

    /// `key="value"`, `key='value'`, `key=value` and positional values, as WordPress's
    /// `shortcode_parse_atts` reads them.
    private static func shortcodeAttributes(_ text: ArraySlice<UInt8>) -> [String: String] {
        var attributes: [String: String] = [:]
        var positional = 0
        var index = text.startIndex
        func value(from start: Int) -> (ArraySlice<UInt8>, Int) {
            if start < text.endIndex, text[start] == UInt8(ascii: "\"") || text[start] == UInt8(ascii: "'") {
                let quote = text[start]
                var end = start + 1
                while end < text.endIndex, text[end] != quote { end += 1 }
                return (text[(start + 1)..<end], min(end + 1, text.endIndex))
            }
            var end = start
            while end < text.endIndex, !isSpace(text[end]) { end += 1 }
            return (text[start..<end], end)
        }
        while index < text.endIndex {
            if isSpace(text[index]) {
                index += 1
                continue
            }
            let keyStart = index
            while index < text.endIndex, isShortcodeName(text[index]) { index += 1 }
            if index > keyStart, index < text.endIndex, text[index] == UInt8(ascii: "=") {
                let key = String(decoding: text[keyStart..<index], as: UTF8.self).lowercased()
                let (raw, end) = value(from: index + 1)
                attributes[key] = HTMLEntities.decode(raw)
                index = end
            } else {
                let (raw, end) = value(from: keyStart)
                attributes[String(positional)] = HTMLEntities.decode(raw)
                positional += 1
                index = max(end, keyStart + 1)
            }
        }
        return attributes
    }

    /// The names of every `[/name]` in the content, found in one pass before tokenizing.
    private static func closedShortcodeNames(in bytes: [UInt8]) -> Set<String> {
        var names: Set<String> = []
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: "["), bytes[index + 1] == UInt8(ascii: "/"),
                isShortcodeNameStart(bytes[index + 2])
            {
                var end = index + 2
                while end < bytes.count, isShortcodeName(bytes[end]) { end += 1 }
                if end < bytes.count, bytes[end] == UInt8(ascii: "]") {
                    names.insert(String(decoding: bytes[(index + 2)..<end], as: UTF8.self))
                }
                index = end
            } else {
                index += 1
            }
        }
        return names
    }

    // MARK: Bytes

    private func starts(with prefix: String, at start: Int) -> Bool {
        let prefix = Array(prefix.utf8)
        return start + prefix.count <= bytes.count && bytes[start..<(start + prefix.count)].elementsEqual(prefix)
    }

    private func endOfName(from start: Int) -> Int {
        var index = start
        while index < bytes.count, Self.isTagName(bytes[index]) { index += 1 }
        return index
    }

    private func lowercasedName(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
    }

    /// `image`, `gallery`, `jetpack/slideshow`: WordPress's own blocks also answer to `core/…`.
    private static func blockName(_ name: Substring) -> String {
        String(name.hasPrefix("core/") ? name.dropFirst(5) : name)
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }

    /// Tag names as pasted Word text writes them too (`o:p`).
    private static func isTagName(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
            || byte == UInt8(ascii: "_")
    }

    /// Shortcode names start with a small letter, so "[AFP]" or "[1]" in the text stay text.
    private static func isShortcodeNameStart(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    private static func isShortcodeName(_ byte: UInt8) -> Bool {
        isLetter(byte) || isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
    }

    private static func endsAttributeName(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == 12
    }
}
