import Foundation

/// A `multipart/form-data` body (a form with a file), split into its fields. Only what a
/// browser sends: each part has a Content-Disposition with a name and maybe a filename.
public struct MultipartForm: Sendable {
    public struct Part: Sendable {
        public var name: String
        public var filename: String?
        public var bytes: [UInt8]
    }

    public private(set) var parts: [Part] = []

    /// - Throws: `ReaderError.malformedRequest` when the body does not follow the boundary.
    public init(_ body: [UInt8], contentType: String) throws(ReaderError) {
        guard let boundary = Self.boundary(in: contentType) else {
            throw .malformedRequest(reason: "multipart body without a boundary")
        }
        let delimiter = Array(("--" + boundary).utf8)
        var cursor = 0
        guard let first = Self.find(delimiter, in: body, from: 0) else {
            throw .malformedRequest(reason: "multipart body without its boundary")
        }
        cursor = first + delimiter.count
        while cursor + 2 <= body.count {
            if body[cursor] == UInt8(ascii: "-"), body[cursor + 1] == UInt8(ascii: "-") { return }
            cursor += 2  // CRLF after the delimiter
            guard let headerEnd = Self.find([13, 10, 13, 10], in: body, from: cursor),
                let next = Self.find([13, 10] + delimiter, in: body, from: headerEnd + 4)
            else { throw .malformedRequest(reason: "multipart part is cut short") }
            let headers = String(decoding: body[cursor..<headerEnd], as: UTF8.self)
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                }),
                let name = Self.parameter("name", in: disposition)
            else { throw .malformedRequest(reason: "multipart part without a name") }
            parts.append(
                Part(
                    name: name, filename: Self.parameter("filename", in: disposition),
                    bytes: Array(body[(headerEnd + 4)..<next])))
            cursor = next + 2 + delimiter.count
        }
        throw .malformedRequest(reason: "multipart body does not end with its boundary")
    }

    /// A text field's value.
    public subscript(name: String) -> String? {
        parts.first { $0.name == name && $0.filename == nil }.map {
            String(decoding: $0.bytes, as: UTF8.self).withoutControlCharacters
        }
    }

    /// The first file sent under `name`.
    public func file(_ name: String) -> Part? {
        parts.first { $0.name == name && $0.filename != nil }
    }

    public static func isMultipart(_ contentType: String?) -> Bool {
        contentType?.lowercased().hasPrefix("multipart/form-data") ?? false
    }

    private static func boundary(in contentType: String) -> String? {
        guard let value = parameter("boundary", in: Substring(contentType)), !value.isEmpty, value.count <= 70 else {
            return nil
        }
        return value
    }

    /// `name="value"` (or unquoted) inside a header line.
    private static func parameter(_ name: String, in line: Substring) -> String? {
        for piece in line.split(separator: ";") {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == name else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else {
            return nil
        }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == needle[0] {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
