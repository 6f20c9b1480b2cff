import Foundation

/// One demo article file: a header of `name: value` lines, a `---` line, then the body in
/// Sahifa's Markdown subset, where `[[related:KEY]]` and `[[image:FILE]]` name other demo
/// files rather than database ids and hashes.
struct DemoArticleFile {
    var fields: [String: String]
    var body: String

    /// - Throws: `DemoError.malformedFile` when the header has no `---` end or a line without a colon.
    init(name: String, text: String) throws {
        var fields: [String: String] = [:]
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)[...]
        while let line = lines.popFirst() {
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                self.fields = fields
                self.body = lines.joined(separator: "\n")
                return
            }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            guard let colon = line.firstIndex(of: ":") else { throw DemoError.malformedFile(name) }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces)
            fields[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        throw DemoError.malformedFile(name)
    }

    /// A field that must be there.
    func required(_ name: String, in file: String) throws -> String {
        guard let value = fields[name], !value.isEmpty else { throw DemoError.missingField(file: file, field: name) }
        return value
    }

    /// Keys of the articles this one places as related cards.
    var relatedKeys: [String] {
        body.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("[[related:"), trimmed.hasSuffix("]]") else { return nil }
            return String(trimmed.dropFirst("[[related:".count).dropLast(2)).trimmingCharacters(in: .whitespaces)
        }
    }
}
