/// A schema.org object for `<script type="application/ld+json">`, with its `@context`.
struct JSONLD: Sendable, Hashable {
    let json: [UInt8]

    init(_ value: JSONValue) {
        guard case .object(let members) = value else {
            json = value.utf8
            return
        }
        json = JSONValue.object([JSONValue.Member(key: "@context", value: "https://schema.org")] + members).utf8
    }
}
