import Foundation
import SahifaCore
import SahifaStore

/// Records a change in `page_changes` (`ChangeLogStatements`) inside the write that made it,
/// with a notification that PostgreSQL delivers to every listening instance when (and only
/// if) the transaction commits.
enum PostgresChangeLog {
    static func record(_ change: NewsChange, at date: Date, in db: PostgresSession) async throws -> Int64 {
        try await db.run(ChangeLogStatements.forgetOld, ChangeLogStatements.forgetting(before: date))
        let sequence = try await db.insertedID(
            ChangeLogStatements.record, ChangeLogStatements.recording(change, at: date))
        try await db.run("SELECT pg_notify(?, ?)", [PostgresNewsStore.changeChannel, String(sequence)])
        return sequence
    }
}
