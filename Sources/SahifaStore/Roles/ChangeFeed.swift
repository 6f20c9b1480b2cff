import Foundation
import SahifaCore

/// What the store tells about its writes: every committed write that readers can see is
/// announced in this process (`changes`) and recorded, so servers in other processes or on
/// other instances learn of it too. The page cache, live news and CDN purges follow it.
public protocol ChangeFeed: Sendable {
    /// Announces what each committed write changed for readers.
    var changes: NewsChanges { get }

    /// Changes recorded after `sequence`, oldest first: how a server learns of writes that
    /// another process made to the same database (an import, another instance).
    func recordedChanges(after sequence: Int64, limit: Int) async throws -> [RecordedChange]

    /// The number of the newest recorded change (0 when none): where a starting server begins.
    func latestChangeSequence() async throws -> Int64

    /// Returns when another writer may have recorded a change, or after `timeout`: on
    /// PostgreSQL as soon as a change is notified, on SQLite (which cannot notify) after
    /// `timeout`.
    func waitForChanges(upTo timeout: Duration) async
}
