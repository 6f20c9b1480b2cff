/// A request's query string, read strictly: a malformed escape or bytes that are not UTF-8
/// make the whole request malformed (400), rather than being passed on half-decoded.
public struct QueryParameters: Sendable {
    private var values: [String: String] = [:]
    /// Every value of each name, in order, for fields a form repeats (checkboxes).
    private var allValues: [String: [String]] = [:]

    /// - Throws: `ReaderError.malformedRequest` for bad percent-encoding or invalid UTF-8.
    public init(_ rawQuery: String?) throws(ReaderError) {
        guard let rawQuery, !rawQuery.isEmpty else { return }
        for pair in rawQuery.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = PercentEncoding.decode(parts[0], plusAsSpace: true),
                let value = PercentEncoding.decode(parts.count > 1 ? parts[1] : "", plusAsSpace: true)
            else { throw .malformedRequest(reason: "query string is not valid percent-encoded UTF-8") }
            // The first value wins, as browsers send a form's fields in order.
            let cleaned = value.withoutControlCharacters
            if values[name] == nil { values[name] = cleaned }
            allValues[name, default: []].append(cleaned)
        }
    }

    /// No fields at all.
    public static let empty = QueryParameters()

    private init() {}

    public subscript(name: String) -> String? { values[name] }

    /// Every value sent under `name`, in order.
    public func all(_ name: String) -> [String] { allValues[name] ?? [] }

    /// `?page=N`, or page 1 when absent.
    /// - Throws: `ReaderError.malformedRequest` when it is not a whole number from 1 up.
    public func page(size: Int) throws(ReaderError) -> PageRequest {
        guard let page = PageRequest.parse(values["page"], size: size) else {
            throw .malformedRequest(reason: "page must be a whole number from 1 to \(PageRequest.maximumNumber)")
        }
        return page
    }
}
