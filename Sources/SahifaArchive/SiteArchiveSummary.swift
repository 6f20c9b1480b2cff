/// What an export wrote or a restore brought back, for the command's report.
package struct SiteArchiveSummary: Sendable {
    package struct TableCount: Sendable, Hashable {
        package var table: String
        package var rows: Int
    }

    package var tables: [TableCount] = []
    package var pictureFiles = 0
    package var pictureBytes: Int64 = 0
    /// `HASH.EXT` of picture records whose file was not in the media folder.
    package var missingPictures: [String] = []

    package func rows(of table: String) -> Int {
        tables.first { $0.table == table }?.rows ?? 0
    }
}
