import SahifaCore

/// Reading API query parameters strictly: a value that is there must be right.
enum APIParameters {
    /// A whole number in `range`, or `fallback` when absent.
    /// - Throws: `APIError.invalidParameter`.
    static func integer(
        _ parameters: QueryParameters, _ name: String, default fallback: Int, in range: ClosedRange<Int>
    )
        throws(APIError) -> Int
    {
        guard let text = parameters[name] else { return fallback }
        guard text.count <= 9, let value = Int(text), range.contains(value) else {
            throw .invalidParameter(name, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }

    /// Refuses a parameter that is there with no value: the API's document gives each a type,
    /// and `?page=` is no number, so it is an error rather than the default.
    /// - Throws: `APIError.invalidParameter`.
    static func requireValues(_ parameters: QueryParameters, _ names: String...) throws(APIError) {
        for name in names where parameters[name]?.isEmpty == true {
            throw .invalidParameter(name, expected: "a value when it is given")
        }
    }
}
