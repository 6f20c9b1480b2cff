/// Ways of reading the fuzzer's bytes as the text a parser is given.
enum FuzzInput {
    /// The bytes as text the way the server takes it in: not UTF-8 is replaced, as
    /// `String(decoding:)` does for a request body.
    static func text(_ input: [UInt8]) -> String {
        String(decoding: input, as: UTF8.self)
    }

    /// The first line and the rest, for targets that need a setting beside the input.
    static func firstLine(_ input: [UInt8]) -> (line: String, rest: [UInt8]) {
        guard let end = input.firstIndex(of: UInt8(ascii: "\n")) else { return (text(input), []) }
        return (text(Array(input[..<end])), Array(input[(end + 1)...]))
    }

    /// Runs of white space as one space, trimmed, for comparing text whose spacing a renderer
    /// is free to tidy. Split by scalar: a space followed by a haraka is one character, and not
    /// a white one.
    static func collapsedSpace(_ text: String) -> String {
        text.unicodeScalars.split(whereSeparator: { $0.properties.isWhitespace })
            .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
    }
}
