import ArabicText
import SahifaCore

/// The inline content of one paragraph, heading, item or cell as it is read: text with its
/// style, and the blocks (pictures, embeds) found inside it, which Sahifa puts on lines of
/// their own. It is written as Markdown only at the end, so whitespace can be collapsed across
/// tags and each run of styled text can be checked against what Sahifa's inline parser reads.
struct InlineText {
    enum Piece {
        case text(String, InlineStyle)
        case blocks([MarkdownBlock])
    }

    /// A stretch of the content: one line of inline Markdown, or blocks taken out of the text.
    enum Part: Equatable {
        case line(String)
        case blocks([MarkdownBlock])
    }

    private var pieces: [Piece] = []

    var isEmpty: Bool { pieces.isEmpty }

    mutating func append(_ text: String, style: InlineStyle) {
        pieces.append(.text(text, style))
    }

    mutating func appendSpace() {
        pieces.append(.text(" ", InlineStyle()))
    }

    mutating func append(_ blocks: [MarkdownBlock]) {
        if !blocks.isEmpty { pieces.append(.blocks(blocks)) }
    }

    /// The content in reading order; lines are never empty.
    func parts() -> [Part] {
        var parts: [Part] = []
        var runs: [Piece] = []
        func closeLine() {
            let line = Self.markdown(Self.collapsed(runs))
            if !line.isEmpty { parts.append(.line(line)) }
            runs = []
        }
        for piece in pieces {
            switch piece {
            case .text:
                runs.append(piece)
            case .blocks(let blocks):
                closeLine()
                parts.append(.blocks(blocks))
            }
        }
        closeLine()
        return parts
    }

    /// The lines joined into one (for a heading, item or cell), and the blocks taken out of them.
    func joined() -> (line: String, blocks: [MarkdownBlock]) {
        var lines: [String] = []
        var blocks: [MarkdownBlock] = []
        for part in parts() {
            switch part {
            case .line(let line): lines.append(line)
            case .blocks(let found): blocks.append(contentsOf: found)
            }
        }
        return (lines.joined(separator: " "), blocks)
    }

    /// The words without markup or blocks, whitespace collapsed: what a caption holds.
    var plainText: String {
        Self.collapsed(pieces).map(\.text).joined()
    }

    // MARK: Whitespace

    /// Text runs with each stretch of whitespace made one space (none at either end), control
    /// characters dropped, and neighbours of the same style merged. Line breaks of every kind
    /// go, since Sahifa's parser would read one as the end of the block.
    private static func collapsed(_ pieces: [Piece]) -> [(text: String, style: InlineStyle)] {
        var runs: [(text: String, style: InlineStyle)] = []
        // The run being written, as UTF-8, until a change of style closes it.
        var bytes: [UInt8] = []
        var style: InlineStyle?
        var spaceStyle: InlineStyle?
        func close() {
            if let style, !bytes.isEmpty { runs.append((String(decoding: bytes, as: UTF8.self), style)) }
            bytes.removeAll(keepingCapacity: true)
        }
        func add(_ scalar: Unicode.Scalar, _ scalarStyle: InlineStyle) {
            if style != scalarStyle {
                close()
                style = scalarStyle
            }
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: UTF8.encode(scalar) ?? UTF8.EncodedScalar())
            }
        }
        for piece in pieces {
            guard case .text(let text, let pieceStyle) = piece else { continue }
            for scalar in text.unicodeScalars {
                if !isPlainLetter(scalar) {
                    if scalar.isWhitespace {
                        if spaceStyle == nil { spaceStyle = pieceStyle }
                        continue
                    }
                    if scalar.properties.generalCategory == .control || scalar.value == 0xFEFF {
                        continue
                    }
                }
                if let pending = spaceStyle {
                    if !runs.isEmpty || !bytes.isEmpty { add(" ", pending) }
                    spaceStyle = nil
                }
                add(scalar, pieceStyle)
            }
        }
        close()
        return runs
    }

    /// Printable ASCII and the Arabic block, most of what a news body is made of: neither
    /// whitespace nor control, known without looking up the scalar's properties.
    private static func isPlainLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) || (0x0600...0x06FF).contains(scalar.value)
    }

    // MARK: Markdown

    private static func markdown(_ runs: [(text: String, style: InlineStyle)]) -> String {
        var out = ""
        var index = 0
        while index < runs.count {
            guard let link = runs[index].style.link else {
                out += styled(runs[index].text, runs[index].style, inLink: false)
                index += 1
                continue
            }
            var end = index
            while end < runs.count, runs[end].style.link == link { end += 1 }
            out += linked(Array(runs[index..<end]), to: link)
            index = end
        }
        return out
    }

    /// `[text](address)`. The parser finds the end of a link's text by counting brackets, so
    /// text whose brackets do not pair up has them written as parentheses instead.
    private static func linked(_ runs: [(text: String, style: InlineStyle)], to address: String) -> String {
        var runs = runs
        if !bracketsPair(runs.map(\.text).joined()) {
            for index in runs.indices {
                runs[index].text = String(
                    runs[index].text.map { $0 == "[" ? "(" : $0 == "]" ? ")" : $0 })
            }
        }
        let (lead, trail) = outerSpaces(runs.map(\.text).joined())
        if lead { runs[0].text.removeFirst() }
        if trail, !runs[runs.count - 1].text.isEmpty { runs[runs.count - 1].text.removeLast() }
        let inner = runs.map { styled($0.text, $0.style, inLink: true) }.joined()
        guard !inner.isEmpty else { return lead || trail ? " " : "" }
        return (lead ? " " : "") + "[" + inner + "](" + address + ")" + (trail ? " " : "")
    }

    /// One run in its style, with any space at its ends moved outside the markers, since
    /// `** x**` is not bold. What Sahifa cannot write safely falls back to plain text: code
    /// holding a backtick or sitting in a link's text, bold or italic holding a `*` (the
    /// parser would take it for the closing marker). Bold and italic together are written bold.
    private static func styled(_ text: String, _ style: InlineStyle, inLink: Bool) -> String {
        let (lead, trail) = outerSpaces(text)
        var core = Substring(text)
        if lead { core = core.dropFirst() }
        if trail, !core.isEmpty { core = core.dropLast() }
        guard !core.isEmpty else { return lead || trail ? " " : "" }
        let word: String
        if style.code && !inLink && !core.contains("`") {
            word = "`\(core)`"
        } else if (style.strong || style.emphasis) && !style.code && !core.contains("*") {
            let marker = style.strong ? "**" : "*"
            word = marker + MarkdownEscaping.inline(String(core)) + marker
        } else {
            word = MarkdownEscaping.inline(String(core))
        }
        return (lead ? " " : "") + word + (trail ? " " : "")
    }

    /// A lone space is a leading one. Whether there is a second character is asked by one step,
    /// not by counting them all.
    private static func outerSpaces(_ text: String) -> (lead: Bool, trail: Bool) {
        let second = text.isEmpty ? text.endIndex : text.index(after: text.startIndex)
        return (text.first == " ", second != text.endIndex && text.last == " ")
    }

    private static func bracketsPair(_ text: String) -> Bool {
        var depth = 0
        for character in text {
            if character == "[" { depth += 1 }
            if character == "]" {
                depth -= 1
                if depth < 0 { return false }
            }
        }
        return depth == 0
    }
}
