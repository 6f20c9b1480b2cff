import Foundation

/// The PostgreSQL programs a backup of a PostgreSQL database runs: named by the operator, or
/// found on PATH, or in Debian's `/usr/lib/postgresql/VERSION/bin` (newest version first),
/// since `pg_dump` must be at least as new as the server.
public struct BackupPrograms: Sendable, Hashable {
    public var pgDump: String?
    public var pgRestore: String?

    public init(pgDump: String? = nil, pgRestore: String? = nil) {
        self.pgDump = pgDump
        self.pgRestore = pgRestore
    }

    /// The path of `name`, or nil when it is nowhere to be found.
    package static func find(_ name: String, named given: String?) -> String? {
        if let given { return FileManager.default.isExecutableFile(atPath: given) ? given : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: "/usr/lib/postgresql")) ?? []
        for version in versions.sorted(by: { $0.compare($1, options: .numeric) == .orderedDescending }) {
            let candidate = "/usr/lib/postgresql/\(version)/bin/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
