import Foundation
import SahifaStore

/// One row of a table file: a JSON object of its columns, on one line. Written by hand so
/// that numbers keep every bit (Swift writes a double in the shortest form that reads back
/// the same) and text is escaped only where JSON requires it, keeping Arabic readable, with
/// the bytes that need no escape copied a run at a time (a body is thousands of them).
enum ArchiveLine {
    /// Appends the row's line, newline included, to `out` as UTF-8.
    static func encode(_ row: [TransferValue], columns: [TransferColumn], into out: inout [UInt8]) throws {
        out.append(UInt8(ascii: "{"))
        for (index, (column, value)) in zip(columns, row).enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            appendString(column.name, to: &out)
            out.append(UInt8(ascii: ":"))
            switch value {
            case .null: out.append(contentsOf: "null".utf8)
            case .integer(let integer) where column.kind == .flag:
                out.append(contentsOf: (integer == 0 ? "false" : "true").utf8)
            case .integer(let integer): out.append(contentsOf: String(integer).utf8)
            case .double(let double):
                guard double.isFinite else { throw SiteArchiveError.unwritableValue(column: column.name) }
                out.append(contentsOf: "\(double)".utf8)
            case .text(let text): appendString(text, to: &out)
            }
        }
        out.append(contentsOf: "}\n".utf8)
    }

    /// The row in `columns`' order, from a line whose object may hold its columns in any
    /// order; a column the line lacks is null.
    /// - Throws: `DecodingError` for a line that is not a JSON object;
    ///   `SiteArchiveError.wrongValue` for a value its column cannot hold.
    static func decode(_ line: Data, columns: [TransferColumn], table: String, decoder: JSONDecoder) throws
        -> [TransferValue]
    {
        let cells = try decoder.decode([String: ArchiveCell].self, from: line)
        return try columns.map { column in
            switch (column.kind, cells[column.name] ?? .null) {
            case (_, .null): .null
            case (.integer, .integer(let integer)): .integer(integer)
            case (.flag, .flag(let flag)): .integer(flag ? 1 : 0)
            case (.double, .double(let double)): .double(double)
            case (.double, .integer(let integer)): .double(Double(integer))
            case (.text, .text(let text)): .text(text)
            default: throw SiteArchiveError.wrongValue(table: table, column: column.name)
            }
        }
    }

    /// `text` as a JSON string: bytes that need no escape are copied a run at a time.
    private static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for (index, byte) in bytes.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out.append(contentsOf: bytes[start..<index])
                switch byte {
                case 0x22: out.append(contentsOf: "\\\"".utf8)
                case 0x5C: out.append(contentsOf: "\\\\".utf8)
                case 0x0A: out.append(contentsOf: "\\n".utf8)
                case 0x0D: out.append(contentsOf: "\\r".utf8)
                case 0x09: out.append(contentsOf: "\\t".utf8)
                default: out.append(contentsOf: ("\\u00" + Hexadecimal.string(of: [byte])).utf8)
                }
                start = index + 1
            }
            out.append(contentsOf: bytes[start...])
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// A JSON value of a table file, before its column's kind says what it must be.
private enum ArchiveCell: Decodable {
    case null
    case flag(Bool)
    case integer(Int64)
    case double(Double)
    case text(String)

    init(from decoder: any Decoder) throws {
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let flag = try? value.decode(Bool.self) {
            self = .flag(flag)
        } else if let integer = try? value.decode(Int64.self) {
            self = .integer(integer)
        } else if let double = try? value.decode(Double.self) {
            self = .double(double)
        } else {
            self = .text(try value.decode(String.self))
        }
    }
}
