import Foundation
import SahifaCore
import SahifaStore
import Synchronization

/// Keeps, for each reader connection, the site chrome it last read (settings, sections,
/// breaking items) together with SQLite's `data_version` at that moment. SQLite changes that
/// number on a connection whenever any other connection (or process) has committed since,
/// so one cheap pragma tells whether the four chrome queries must run again. Every page
/// shows the chrome; in docs/PERFORMANCE.md this saved a quarter of an article page's reads.
final class SiteChromeCache: Sendable {
    private struct Entry {
        var dataVersion: Int64
        var snapshot: SiteChromeSnapshot
    }

    private let entries = Mutex<[ObjectIdentifier: Entry]>([:])

    /// The chrome as of `now`, read through `load` only when the database changed since this
    /// connection last read it.
    func chrome(_ db: ReaderConnection, now: Date, load: (ReaderConnection, Date) throws -> SiteChromeSnapshot) throws
        -> SiteChrome
    {
        let connection = ObjectIdentifier(db)
        let version = try db.firstRow("PRAGMA data_version") { $0.int64(0) } ?? 0
        let cached = entries.withLock { $0[connection] }
        let snapshot: SiteChromeSnapshot
        if let cached, cached.dataVersion == version, cached.snapshot.holds(at: now) {
            snapshot = cached.snapshot
        } else {
            snapshot = try load(db, now)
            entries.withLock { $0[connection] = Entry(dataVersion: version, snapshot: snapshot) }
        }
        return snapshot.chrome(at: now)
    }
}
