import SahifaCore

/// A request's query string and path segments.
enum QueryStringChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let text = FuzzInput.text(input)
        var problems: [String] = []
        if let query = try? QueryParameters(text) {
            _ = try? query.page(size: 20)
        }
        _ = PercentEncoding.decode(Substring(text), plusAsSpace: true)
        let encoded = PercentEncoding.encodePathSegment(text)
        if PercentEncoding.decode(Substring(encoded)) != text {
            problems.append("a path segment does not decode back to itself")
        }
        if encoded.utf8.count > PercentEncoding.maximumEncodedCount(text) {
            problems.append("encoding is longer than maximumEncodedCount promises")
        }
        return problems
    }
}
