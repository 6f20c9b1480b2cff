/// Why an export cannot be read, said so an operator knows what to fix.
public enum WordPressExportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Well-formed XML, but not a WordPress export (no WXR version, or not RSS).
    case notWordPressExport(String)
    /// The XML breaks here; what was read before it stands.
    case malformedXML(line: Int, column: Int, reason: String)
    /// A document type declaration: WordPress never writes one, and its entities could read
    /// files or the network.
    case documentTypeDeclared
    case unsupportedVersion(String)

    public var description: String {
        switch self {
        case .notWordPressExport(let reason):
            "this is not a WordPress export (WXR): \(reason); export it from WordPress with Tools → Export → All content"
        case .malformedXML(let line, let column, let reason):
            "the export is not well-formed XML at line \(line), column \(column): \(reason)"
        case .documentTypeDeclared:
            "the export declares a document type (<!DOCTYPE>), which WordPress never writes; it is refused so that its entities cannot read files"
        case .unsupportedVersion(let version):
            "WXR version \(version) is not one this importer reads (1.0, 1.1 and 1.2 are)"
        }
    }
}
