import Foundation
import SahifaStore
import Testing

@testable import SahifaArchive

/// The lines of an archive's table files, read by any JSON reader as they were written.
@Suite("Archive lines")
struct ArchiveLineTests {
    private static let columns: [TransferColumn] = [
        .integer("id"), .text("headline"), .double("published_at"), .flag("is_featured"), .text("kicker"),
    ]

    @Test("text with quotes, backslashes, line breaks and control characters, dates to the last bit, flags and nulls")
    func roundTrip() throws {
        let headline = "قال: \"لا\" \\ ثم\nسطر\tو\r\u{01}\u{1F} 🙂 end"
        let row: [TransferValue] = [.integer(42), .text(headline), .double(1_765_000_123.456789), .integer(1), .null]
        var line: [UInt8] = []
        try ArchiveLine.encode(row, columns: Self.columns, into: &line)
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(line.dropLast().allSatisfy { $0 >= 0x20 }, "a raw control byte would break the line")

        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.dropLast())) as? [String: Any])
        #expect(object["headline"] as? String == headline)
        #expect(object["id"] as? Int == 42)
        #expect(object["is_featured"] as? Bool == true)
        #expect(object["kicker"] is NSNull)
        #expect(String(decoding: line, as: UTF8.self).contains("قال"), "Arabic is written as it is, not escaped")

        let back = try ArchiveLine.decode(
            Data(line.dropLast()), columns: Self.columns, table: "articles", decoder: JSONDecoder())
        #expect(back == row)
    }

    @Test("a value of the wrong kind is refused with its column")
    func wrongKind() {
        #expect(throws: SiteArchiveError.wrongValue(table: "articles", column: "id")) {
            try ArchiveLine.decode(
                Data(#"{"id":"seven","headline":"x"}"#.utf8), columns: Self.columns, table: "articles",
                decoder: JSONDecoder())
        }
    }
}
