/// The agency credit WordPress newsrooms write at the end of a caption, in parentheses:
/// "الرئيس في القمة (أ ف ب)". Sahifa keeps the credit apart and shows it in its own style.
public enum CaptionCredit {
    /// The longest parenthesis taken as a credit; a longer one is part of the caption's text.
    static let maximumLength = 40

    /// Splits a credit written as a trailing parenthesis off a caption:
    /// "الرئيس في القمة (أ ف ب)" → ("الرئيس في القمة", "أ ف ب"). Only a final parenthesis of at most
    /// 40 characters with a letter in it counts, so "(2019)" stays in the caption; otherwise the
    /// credit is "". Both parts come back without surrounding whitespace.
    public static func split(_ caption: String) -> (caption: String, credit: String) {
        let text = Substring(caption).trimmingWhitespace
        guard text.last == ")" else { return (String(text), "") }
        // Walk back from the closing parenthesis to the one that opens it, counting pairs so
        // "(أ ف ب (AFP))" is one credit; the walk stops at the length limit, so it is short.
        var depth = 0
        var index = text.endIndex
        var steps = 0
        while index > text.startIndex, steps <= maximumLength + 1 {
            index = text.index(before: index)
            steps += 1
            switch text[index] {
            case ")":
                depth += 1
            case "(":
                depth -= 1
                if depth == 0 {
                    let inner = text[text.index(after: index)..<text.index(before: text.endIndex)].trimmingWhitespace
                    guard !inner.isEmpty, inner.count <= maximumLength, inner.contains(where: \.isLetter) else {
                        return (String(text), "")
                    }
                    return (String(text[..<index].trimmingWhitespace), String(inner))
                }
            default:
                break
            }
        }
        return (String(text), "")
    }

}
