/// What a copy of the database holds: the rows of each newsroom table and the picture files
/// its media table names. Counted once at the moment the copy was taken and once again from
/// the copy, so a backup that lost rows on the way is found out.
public struct BackupContents: Sendable, Hashable, Codable {
    /// Rows per table of `TransferTable.newsroom`, by table name.
    public var rows: [String: Int]
    /// `HASH.EXT` of every picture record.
    public var pictures: [String]

    public init(rows: [String: Int], pictures: [String]) {
        self.rows = rows
        self.pictures = pictures
    }

    public func rows(of table: String) -> Int { rows[table] ?? 0 }
}

extension TransferRows {
    /// Counts every newsroom table and lists the picture files, all through these reads.
    package func backupContents() async throws -> BackupContents {
        var rows: [String: Int] = [:]
        var pictures: [String] = []
        for table in TransferTable.newsroom {
            rows[table.name] = try await count(of: table)
            guard table.name == TransferTable.mediaTable else { continue }
            var key: [TransferValue]?
            while true {
                let page = try await self.rows(of: table, after: key, limit: 1_000)
                pictures += page.compactMap(TransferTable.pictureFile(of:))
                guard page.count == 1_000, let last = page.last else { break }
                key = Array(last.prefix(table.key.count))
            }
        }
        return BackupContents(rows: rows, pictures: pictures)
    }
}
