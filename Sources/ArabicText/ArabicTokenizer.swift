/// Splits text into words and numbers the way an Arabic reader does, keeping each word's place in the original.
///
/// Rules, in one pass over the Unicode scalars:
/// - whitespace, Latin and Arabic punctuation (، ؛ ؟ « » “ ” …), symbols and the zero-width space end a word;
/// - harakat, tatweel, Quranic marks, combining accents, joiners (ZWJ, ZWNJ) and directional marks never split a
///   word and belong to the word they follow (so a highlight of الْمَدْرَسَةُ keeps its final damma);
/// - a change of script ends a word: قمةC5 is قمة then c5; digits stay with Latin letters (C5, G20, 5G) but not
///   with Arabic ones (٢٠٢٥م is ٢٠٢٥ then م);
/// - a number keeps its inner separators when a digit follows: 25.5, ٢٥٫٥ and 1,000 are one token each.
public enum ArabicTokenizer {
    /// The words and numbers of `text`, in order, with their original spans and search forms.
    ///
    /// Guarantees: tokens do not overlap and are sorted by position; `token.text == String(text.unicodeScalars[
    /// token.range])`; for words, `token.normalized == ArabicNormalizer.normalize(token.text)`; no token is empty.
    ///
    /// - Complexity: O(n) in the number of scalars; two small strings per token.
    public static func tokens(in text: String) -> [ArabicToken] {
        var tokens: [ArabicToken] = []
        forEachSpan(in: text) { span in tokens.append(span.token(in: text)) }
        return tokens
    }

    /// Calls `body` with each word and number of `text`, in order, before any string is made for it: for callers
    /// that test most words and keep few, such as the highlighter over a result's body.
    static func forEachSpan(in text: String, _ body: (TokenSpan) -> Void) {
        // Walk the UTF-8 bytes: decoding inline and copying unchanged letters straight through is several times
        // faster than indexing `unicodeScalars`, and the tokenizer runs over the whole archive on a reindex.
        var contiguous = text
        contiguous.withUTF8 { bytes in
            withoutActuallyEscaping(body) { body in
                visitSpans(bytes: bytes, body)
            }
        }
    }

    private static func visitSpans(bytes: UnsafeBufferPointer<UInt8>, _ body: @escaping (TokenSpan) -> Void) {
        var builder = TokenBuilder(bytes: bytes, body: body)
        defer { builder.release() }
        ArabicLetterForms.forms.withUnsafeBufferPointer { forms in
            var offset = 0
            while offset < bytes.count {
                if let form = ArabicLetterForms.letter(at: offset, in: bytes, forms: forms) {
                    builder.addArabicLetter(form, from: offset, to: offset + 2)
                    offset += 2
                    continue
                }
                if bytes[offset] == 0x20 || bytes[offset] == 0x0A {
                    // Spaces and line ends between words, the commonest scalars after letters.
                    builder.finish()
                    offset += 1
                    continue
                }
                let (scalar, length) = decodeScalar(in: bytes, at: offset)
                let next = offset + length
                switch ArabicScalars.role(of: scalar) {
                case .arabicLetter:
                    builder.addLetter(scalar, kind: .arabic, from: offset, to: next)
                case .otherLetter:
                    builder.addLetter(scalar, kind: .latin, from: offset, to: next)
                case .digit:
                    builder.addDigit(scalar, from: offset, to: next)
                case .inWordMark:
                    builder.addMark(scalar, to: next)
                case .wordBreak:
                    let continuesNumber =
                        next < bytes.count && ArabicScalars.digitValue(decodeScalar(in: bytes, at: next).0.value) != nil
                    if !(continuesNumber && builder.addNumberSeparator(scalar, to: next)) {
                        builder.finish()
                    }
                }
                offset = next
            }
        }
        builder.finish()
    }

    /// The scalar that starts at `offset` in valid UTF-8 (a `String`'s storage), and its length in bytes.
    private static func decodeScalar(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[offset])
        let value: UInt32
        let length: Int
        switch lead {
        case 0..<0x80:
            return (Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), 1)
        case 0xC0..<0xE0:
            value = (lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F)
            length = 2
        case 0xE0..<0xF0:
            value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            length = 3
        default:
            value =
                (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
                | UInt32(bytes[offset + 3] & 0x3F)
            length = 4
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}

/// One word or number found by ``ArabicTokenizer/forEachSpan(in:_:)``, valid only during the call that receives
/// it: its place as byte offsets into the UTF-8 of the text, and its search form as bytes. It holds no reference to
/// the text, so handing one over costs no reference counting.
struct TokenSpan {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The byte offsets of the token in the UTF-8 of the text.
    let start: Int
    let end: Int
    /// The token's search form, in UTF-8.
    let normalized: UnsafeBufferPointer<UInt8>
    let kind: ArabicToken.Kind

    /// The token, with its strings made; `text` is the text being tokenised.
    func token(in text: String) -> ArabicToken {
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        let upper = text.utf8.index(lower, offsetBy: end - start)
        return ArabicToken(
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self),
            normalized: String(decoding: normalized, as: UTF8.self),
            range: lower..<upper,
            kind: kind
        )
    }
}

/// The word being built: the state of one ``ArabicTokenizer/forEachSpan(in:_:)`` pass, handing each finished
/// token to `body`. Positions are byte offsets into `bytes`, the UTF-8 of the text.
private struct TokenBuilder {
    let bytes: UnsafeBufferPointer<UInt8>
    let body: (TokenSpan) -> Void
    private var kind: ArabicToken.Kind?
    private var start = 0
    private var end = 0
    /// The current token's search form: `normalizedCount` bytes of an allocation that doubles when full and is
    /// freed by `release()`. Appending to an array checked its uniqueness and capacity for every byte of the text.
    private var normalized: UnsafeMutablePointer<UInt8>
    private var normalizedCount = 0
    private var normalizedCapacity = 64
    /// Where the normaliser writes the form of a scalar outside the letter table.
    private var scratch: [UInt8] = []
    private var lastWasDigit = false
    private var numberHasSeparator = false

    init(bytes: UnsafeBufferPointer<UInt8>, body: @escaping (TokenSpan) -> Void) {
        self.bytes = bytes
        self.body = body
        normalized = .allocate(capacity: normalizedCapacity)
        scratch.reserveCapacity(8)
    }

    func release() {
        normalized.deallocate()
    }

    private mutating func append(_ byte: UInt8) {
        if normalizedCount == normalizedCapacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: normalizedCapacity * 2)
            grown.update(from: normalized, count: normalizedCount)
            normalized.deallocate()
            normalized = grown
            normalizedCapacity *= 2
        }
        normalized[normalizedCount] = byte
        normalizedCount += 1
    }

    private mutating func appendNormalizerForm(of scalar: Unicode.Scalar) {
        scratch.removeAll(keepingCapacity: true)
        ArabicNormalizer.appendSearchForm(of: scalar, to: &scratch)
        for byte in scratch { append(byte) }
    }

    mutating func addLetter(_ scalar: Unicode.Scalar, kind letterKind: ArabicToken.Kind, from offset: Int, to next: Int)
    {
        startLetter(kind: letterKind, at: offset)
        appendSearchForm(of: scalar, from: offset, to: next)
        end = next
        lastWasDigit = false
    }

    /// A letter of the basic Arabic block, whose search form is already known.
    mutating func addArabicLetter(_ form: ArabicLetterForms.Form, from offset: Int, to next: Int) {
        startLetter(kind: .arabic, at: offset)
        append(form.first)
        append(form.second)
        end = next
        lastWasDigit = false
    }

    private mutating func startLetter(kind letterKind: ArabicToken.Kind, at offset: Int) {
        if kind == .number, letterKind == .latin, !numberHasSeparator {
            // 5G, 3D: a Latin word that starts with digits. The digits are already ASCII in the buffer.
            kind = .latin
        } else if kind != letterKind {
            finish()
            kind = letterKind
            start = offset
        }
    }

    mutating func addDigit(_ scalar: Unicode.Scalar, from offset: Int, to next: Int) {
        switch kind {
        case .latin:
            appendNormalizerForm(of: scalar)
        case .number:
            appendASCIIDigit(scalar)
        case .arabic, nil:
            finish()
            kind = .number
            start = offset
            appendASCIIDigit(scalar)
        }
        end = next
        lastWasDigit = true
    }

    mutating func addMark(_ scalar: Unicode.Scalar, to next: Int) {
        guard let kind else { return }
        if kind != .number {
            appendNormalizerForm(of: scalar)
        }
        end = next
        lastWasDigit = false
    }

    /// Takes `scalar` into the current number when it is a decimal or grouping separator between two digits;
    /// returns false when it is an ordinary word break.
    mutating func addNumberSeparator(_ scalar: Unicode.Scalar, to next: Int) -> Bool {
        guard kind == .number, lastWasDigit else { return false }
        switch scalar.value {
        case 0x2E, 0x066B:
            append(0x2E)
        case 0x2C, 0x066C:
            // Grouping is presentation: 1,000 and 1000 are the same number to a reader searching for it.
            break
        default:
            return false
        }
        numberHasSeparator = true
        lastWasDigit = false
        end = next
        return true
    }

    mutating func finish() {
        guard let kind else { return }
        body(
            TokenSpan(
                bytes: bytes, start: start, end: end,
                normalized: UnsafeBufferPointer(start: normalized, count: normalizedCount),
                kind: kind
            )
        )
        self.kind = nil
        normalizedCount = 0
        lastWasDigit = false
        numberHasSeparator = false
    }

    private mutating func appendSearchForm(of scalar: Unicode.Scalar, from offset: Int, to next: Int) {
        if ArabicNormalizer.isAlreadyNormal(scalar) {
            for position in offset..<next {
                append(bytes[position])
            }
        } else {
            appendNormalizerForm(of: scalar)
        }
    }

    private mutating func appendASCIIDigit(_ scalar: Unicode.Scalar) {
        if let digit = ArabicScalars.digitValue(scalar.value) {
            append(UInt8(truncatingIfNeeded: 0x30 + digit))
        }
    }
}
