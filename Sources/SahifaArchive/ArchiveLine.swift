import Foundation
import SahifaStore

/// One row of a table file: a JSON object of its columns, on one line. Written by hand so
/// that numbers keep every bit (Swift writes a double in the shortest form that reads back
/// the same) and text is escaped only where JSON requires it, keeping Arabic readable.
enum ArchiveLine {
    static func encode(_ row: [TransferValue], columns: [TransferColumn]) throws -> String {
        var line = "{"
        for (index, (column, value)) in zip(columns, row).enumerated() {
            if index > 0 { line += "," }
            appendString(column.name, to: &line)
            line += ":"
            switch value {
            case .null: line += "null"
            case .integer(let integer) where column.kind == .flag: line += integer == 0 ? "false" : "true"
            case .integer(let integer): line += String(integer)
            case .double(let double):
                guard double.isFinite else { throw SiteArchiveError.unwritableValue(column: column.name) }
                line += "\(double)"
            case .text(let text): appendString(text, to: &line)
            }
        }
        return line + "}\n"
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

    private static func appendString(_ text: String, to line: inout String) {
        line += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where scalar.value < 0x20:
                line += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
            default: line.unicodeScalars.append(scalar)
            }
        }
        line += "\""
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
