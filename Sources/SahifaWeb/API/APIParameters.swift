/// Reading API query parameters strictly: a value that is there must be right.
enum APIParameters {
    /// A whole number in `range`, or `fallback` when absent.
    /// - Throws: `APIError.invalidParameter`.
    static func integer(
        _ parameters: QueryParameters, _ name: String, default fallback: Int, in range: ClosedRange<Int>
    )
        throws(APIError) -> Int
    {
        guard let text = parameters[name], !text.isEmpty else { return fallback }
        guard text.count <= 9, let value = Int(text), range.contains(value) else {
            throw .invalidParameter(name, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
