/// Finds the words of a text that match a search, in the original text, so results can show the article as
/// written (with its harakat) with the matching words marked.
///
/// A word matches when its analysed term (see ``ArabicAnalyzer``), or its alternative term without a ب ل ك ف
/// proclitic, is in the set of query terms: pass `Set(ArabicAnalyzer.terms(in: query))`. So a query مدرسة marks
/// الْمَدْرَسَةُ, بالمدرسة and بمدرسة alike.
public enum Highlighter {
    /// The spans of `text` whose analysed term (or alternative term) is in `terms`, in order, never overlapping.
    ///
    /// Each span covers a whole word as written, including its harakat and tatweel, so marking it never splits a
    /// letter from its marks.
    public static func matchRanges(in text: String, terms: Set<String>) -> [Range<String.Index>] {
        let utf8 = text.utf8
        func index(_ offset: Int) -> String.Index { utf8.index(utf8.startIndex, offsetBy: offset) }
        return matchSpans(in: text, terms: terms).map { index($0.lowerBound)..<index($0.upperBound) }
    }

    /// The same words as byte offsets into the UTF-8 of `text`; strings are made only for words that may match.
    private static func matchSpans(in text: String, terms: Set<String>) -> [Range<Int>] {
        guard !terms.isEmpty else { return [] }
        let sought = SoughtTerms(terms)
        var spans: [Range<Int>] = []
        ArabicTokenizer.forEachSpan(in: text) { span in
            if sought.matches(span, in: text) { spans.append(span.start..<span.end) }
        }
        return spans
    }

    /// `text` with `open` and `close` around each matching word.
    ///
    /// For plain-text outputs (a terminal, a notification, a test). The markers are inserted verbatim and nothing is
    /// escaped: for HTML, use ``segments(of:terms:)`` or ``snippet(of:terms:maxWords:)`` and escape each segment.
    public static func highlight(_ text: String, terms: Set<String>, open: String, close: String) -> String {
        let ranges = matchRanges(in: text, terms: terms)
        guard !ranges.isEmpty else { return text }
        let scalars = text.unicodeScalars
        var result = String.UnicodeScalarView()
        var cursor = scalars.startIndex
        for range in ranges {
            result.append(contentsOf: scalars[cursor..<range.lowerBound])
            result.append(contentsOf: open.unicodeScalars)
            result.append(contentsOf: scalars[range])
            result.append(contentsOf: close.unicodeScalars)
            cursor = range.upperBound
        }
        result.append(contentsOf: scalars[cursor...])
        return String(result)
    }

    /// The whole of `text`, cut into plain and matching segments: for a headline or a summary shown in full.
    ///
    /// The text is kept exactly: joining the segments gives `text` back.
    public static func segments(of text: String, terms: Set<String>) -> HighlightedSnippet {
        var builder = SegmentBuilder(collapsesWhitespace: false)
        let spans = matchSpans(in: text, terms: terms)
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var cursor = 0
            for span in spans {
                builder.add(UnsafeBufferPointer(rebasing: bytes[cursor..<span.lowerBound]), isMatch: false)
                builder.add(UnsafeBufferPointer(rebasing: bytes[span]), isMatch: true)
                cursor = span.upperBound
            }
            builder.add(UnsafeBufferPointer(rebasing: bytes[cursor...]), isMatch: false)
        }
        return HighlightedSnippet(segments: builder.finishedSegments())
    }

    /// The passage of at most `maxWords` words of `text` with the most matches, centred on them, cut into plain
    /// and matching segments: for a search result under its headline.
    ///
    /// Words are all tokens, stopwords and numbers included. When the passage starts after the text's first word or
    /// ends before its last, "…" marks the cut. Runs of whitespace (newlines between paragraphs included) become
    /// one space and the ends are trimmed. With no match the passage is the start of the text. A `maxWords` below
    /// 1 is read as 1. Empty or wordless text gives an empty snippet.
    public static func snippet(of text: String, terms: Set<String>, maxWords: Int) -> HighlightedSnippet {
        // A result's body runs to hundreds of words and the passage keeps a few dozen, so words are tested as
        // byte spans and only the passage's become strings.
        let sought = SoughtTerms(terms)
        var spans: [Range<Int>] = []
        var matches: [Bool] = []
        // About one word in six bytes of Arabic text: room for most bodies without growing.
        spans.reserveCapacity(text.utf8.count / 6)
        matches.reserveCapacity(text.utf8.count / 6)
        ArabicTokenizer.forEachSpan(in: text) { span in
            spans.append(span.start..<span.end)
            matches.append(sought.matches(span, in: text))
        }
        guard !spans.isEmpty else {
            return HighlightedSnippet(segments: [])
        }
        let window = bestWindow(matches: matches, width: min(max(1, maxWords), spans.count))
        var builder = SegmentBuilder(collapsesWhitespace: true)
        var contiguous = text
        contiguous.withUTF8 { bytes in
            if window.lowerBound > 0 {
                builder.addEllipsis()
            }
            var cursor = window.lowerBound == 0 ? 0 : spans[window.lowerBound].lowerBound
            for position in window {
                let span = spans[position]
                builder.add(UnsafeBufferPointer(rebasing: bytes[cursor..<span.lowerBound]), isMatch: false)
                builder.add(UnsafeBufferPointer(rebasing: bytes[span]), isMatch: matches[position])
                cursor = span.upperBound
            }
            if window.upperBound == spans.count {
                builder.add(UnsafeBufferPointer(rebasing: bytes[cursor...]), isMatch: false)
            } else {
                builder.addEllipsis()
            }
        }
        return HighlightedSnippet(segments: builder.trimmedSegments())
    }

    /// The token positions of the window of `width` tokens with the most matches. Among equal windows, the
    /// earliest; then shifted so that its matches sit in the middle, which keeps the same matches in view.
    private static func bestWindow(matches: [Bool], width: Int) -> Range<Int> {
        var count = matches[0..<width].count { $0 }
        var best = count
        var bestStart = 0
        if width < matches.count {
            for start in 1...(matches.count - width) {
                if matches[start - 1] { count -= 1 }
                if matches[start + width - 1] { count += 1 }
                if count > best {
                    best = count
                    bestStart = start
                }
            }
        }
        let inWindow = bestStart..<(bestStart + width)
        guard best > 0,
            let firstMatch = inWindow.first(where: { matches[$0] }),
            let lastMatch = inWindow.last(where: { matches[$0] })
        else {
            return inWindow
        }
        let slack = width - (lastMatch - firstMatch + 1)
        let start = min(max(0, firstMatch - slack / 2), matches.count - width)
        return start..<(start + width)
    }
}

/// Accumulates segments, merging adjacent plain runs and, for snippets, collapsing whitespace. Works on the
/// text's UTF-8 bytes: a result page builds a snippet for each of its results.
private struct SegmentBuilder {
    let collapsesWhitespace: Bool
    private var segments: [HighlightedSnippet.Segment] = []
    private var plain: [UInt8] = []

    init(collapsesWhitespace: Bool) {
        self.collapsesWhitespace = collapsesWhitespace
    }

    mutating func add(_ bytes: UnsafeBufferPointer<UInt8>, isMatch: Bool) {
        if isMatch {
            flushPlain()
            segments.append(HighlightedSnippet.Segment(text: String(decoding: bytes, as: UTF8.self), isMatch: true))
            return
        }
        guard collapsesWhitespace else {
            plain.append(contentsOf: bytes)
            return
        }
        var index = 0
        while index < bytes.count {
            let length = Self.scalarLength(lead: bytes[index])
            if Self.isWhitespace(at: index, length: length, in: bytes) {
                if plain.last != UInt8(ascii: " ") {
                    plain.append(UInt8(ascii: " "))
                }
            } else {
                plain.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            }
            index += length
        }
    }

    /// "…", where a snippet cuts the text.
    mutating func addEllipsis() {
        plain.append(contentsOf: [0xE2, 0x80, 0xA6])
    }

    /// The segments, text kept as given.
    mutating func finishedSegments() -> [HighlightedSnippet.Segment] {
        flushPlain()
        return segments
    }

    /// The segments with leading whitespace removed from the first and trailing whitespace from the last.
    mutating func trimmedSegments() -> [HighlightedSnippet.Segment] {
        flushPlain()
        var result = segments
        if let first = result.first, !first.isMatch {
            let text = String(first.text.unicodeScalars.drop(while: \.isWhitespace))
            result[0] = HighlightedSnippet.Segment(text: text, isMatch: false)
        }
        if let last = result.last, !last.isMatch {
            var scalars = Substring(last.text).unicodeScalars
            while let tail = scalars.last, tail.isWhitespace {
                scalars.removeLast()
            }
            result[result.count - 1] = HighlightedSnippet.Segment(text: String(scalars), isMatch: false)
        }
        return result.filter { !$0.text.isEmpty }
    }

    /// The length in bytes of the UTF-8 sequence that starts with `lead` (valid UTF-8: a `String`'s own).
    private static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// Whether the scalar at `index` is white space. Only the lead bytes that start one of Unicode's non-ASCII
    /// spaces (U+0085, U+00A0, U+1680, U+2000–U+205F, U+3000) need decoding; Arabic letters never do.
    private static func isWhitespace(at index: Int, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let lead = bytes[index]
        switch lead {
        case UInt8(ascii: " "), 0x09...0x0D: return true
        case 0xC2, 0xE1, 0xE2, 0xE3:
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]).makeIterator()
            guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return false }
            return Unicode.UTF8.decode(encoded).isWhitespace
        default: return false
        }
    }

    private mutating func flushPlain() {
        guard !plain.isEmpty else { return }
        segments.append(HighlightedSnippet.Segment(text: String(decoding: plain, as: UTF8.self), isMatch: false))
        plain.removeAll(keepingCapacity: true)
    }
}
