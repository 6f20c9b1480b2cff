import Foundation

/// A schema.org object serialised as JSON that is safe inside `<script type="application/ld+json">`:
/// `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no text in it can end
/// the script element or open a comment.
struct JSONLD: Sendable, Hashable {
    let json: String

    init(_ object: [String: Any]) {
        var document = object
        document["@context"] = "https://schema.org"
        let data = (try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        json = String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }
}
