/// Why an export or a restore stopped. Nothing is left half-done: an export writes its
/// file only once it is whole, and a failed restore takes out what it wrote.
public enum SiteArchiveError: Error, Sendable, Hashable {
    /// The file to write already exists.
    case fileExists(path: String)
    /// The file is not a zip, or is a zip without a Sahifa manifest.
    case notAnArchive(path: String, reason: String)
    /// The archive was made by a later Sahifa, in a format this one does not know.
    case newerVersion(Int)
    /// The archive names a table or column this Sahifa does not have.
    case unknownPart(String)
    /// A table file's line is not a row (line numbers count from 1).
    case damagedTable(table: String, line: Int, reason: String)
    /// A value its column cannot hold.
    case wrongValue(table: String, column: String)
    /// A value JSON cannot carry (an infinite date).
    case unwritableValue(column: String)
    /// A table's rows after the restore are not the rows the manifest counted.
    case tableDiffers(table: String)
    /// A picture file whose bytes do not match the hash that names it.
    case damagedPicture(name: String)
    /// The database to restore into holds a newsroom already.
    case targetNotEmpty(location: String)
}
