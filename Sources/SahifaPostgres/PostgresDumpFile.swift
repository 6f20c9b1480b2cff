import Foundation
import SahifaStore
import Synchronization

/// A `pg_dump` archive in a backup, read with `pg_restore` without any server: its table of
/// contents must list, and every table's data must come out whole (each block is compressed
/// and checked as it is inflated), counted row by row.
public enum PostgresDumpFile {
    /// What the dump holds, counted from its data.
    /// - Throws: `BackupError.programMissing`, `.programFailed` (a damaged archive).
    public static func contents(of file: URL, programs: BackupPrograms) async throws -> BackupContents {
        let pgRestore = try program(programs)
        try await ExternalProgram.run(pgRestore, ["--list", file.path], environment: [:])
        let reading = Mutex(CopyStreamCount())
        try await ExternalProgram.run(pgRestore, ["--data-only", "--file=-", file.path], environment: [:]) { chunk in
            reading.withLock { $0.read(chunk) }
        }
        return reading.withLock { count in
            BackupContents(
                rows: count.rows.filter { name, _ in TransferTable.newsroom.contains { $0.name == name } },
                pictures: count.pictures)
        }
    }

    /// Puts the dump into the database `location` names, in one transaction: it all comes in
    /// or nothing does. With `replacing`, the tables the dump holds are dropped first.
    public static func restore(
        _ file: URL, into location: PostgresLocation, replacing: Bool, programs: BackupPrograms
    ) async throws {
        var arguments = ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction"]
        if replacing { arguments += ["--clean", "--if-exists"] }
        arguments += ["--dbname=\(location.database)", file.path]
        try await ExternalProgram.run(try program(programs), arguments, environment: location.programEnvironment)
    }

    private static func program(_ programs: BackupPrograms) throws -> String {
        guard let found = BackupPrograms.find("pg_restore", named: programs.pgRestore) else {
            throw BackupError.programMissing(name: programs.pgRestore ?? "pg_restore")
        }
        return found
    }
}

/// Counts the rows of each `COPY … FROM stdin;` block of `pg_restore`'s SQL, one line a row
/// (COPY's text form writes a line break inside a value as `\n`), and collects the picture
/// files from the media table's `hash` and `kind` columns.
struct CopyStreamCount {
    private(set) var rows: [String: Int] = [:]
    private(set) var pictures: [String] = []
    private var pending: [UInt8] = []
    private var table: String?
    private var hashColumn: Int?
    private var kindColumn: Int?

    mutating func read(_ chunk: Data) {
        pending.append(contentsOf: chunk)
        var start = 0
        while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
            line(pending[start..<end])
            start = end + 1
        }
        pending.removeFirst(start)
    }

    private mutating func line(_ bytes: ArraySlice<UInt8>) {
        guard let table else {
            if bytes.starts(with: Array("COPY ".utf8)) { beginCopy(String(decoding: bytes, as: UTF8.self)) }
            return
        }
        if bytes.elementsEqual("\\.".utf8) {
            self.table = nil
            return
        }
        rows[table, default: 0] += 1
        if let hashColumn, let kindColumn {
            let fields = bytes.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            if fields.count > max(hashColumn, kindColumn) {
                let row: [TransferValue] = [
                    .text(String(decoding: fields[hashColumn], as: UTF8.self)),
                    .text(String(decoding: fields[kindColumn], as: UTF8.self)),
                ]
                if let name = TransferTable.pictureFile(of: row) { pictures.append(name) }
            }
        }
    }

    /// `COPY public.media (hash, kind, …) FROM stdin;`
    private mutating func beginCopy(_ statement: String) {
        let words = statement.split(separator: " ", maxSplits: 2)
        guard words.count == 3 else { return }
        let name = String(words[1].split(separator: ".").last ?? words[1]).trimmingCharacters(in: ["\""])
        table = name
        rows[name, default: 0] += 0
        hashColumn = nil
        kindColumn = nil
        guard name == TransferTable.mediaTable, let open = statement.firstIndex(of: "("),
            let close = statement.firstIndex(of: ")")
        else { return }
        let columns = statement[statement.index(after: open)..<close].split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces.union(["\""]))
        }
        hashColumn = columns.firstIndex(of: "hash")
        kindColumn = columns.firstIndex(of: "kind")
    }
}
