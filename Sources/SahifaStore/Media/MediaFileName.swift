import SahifaCore

/// `HASH.EXT`, the name of a stored picture's file: a 64-digit lower-case hex hash and a
/// known extension. Nothing else names a file, so a request can never walk out of the folder.
public struct MediaFileName: Sendable, Hashable {
    public var hash: String
    public var kind: MediaKind

    /// Nil for anything that is not such a name.
    public init?(_ name: some StringProtocol) {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].utf8.count == 64,
            parts[0].utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }),
            let kind = MediaKind(fileExtension: String(parts[1]))
        else { return nil }
        hash = String(parts[0])
        self.kind = kind
    }

    public var name: String { "\(hash).\(kind.fileExtension)" }
}
