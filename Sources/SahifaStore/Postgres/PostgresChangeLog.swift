import Foundation
import SahifaCore

/// `page_changes` on PostgreSQL: what each write changed, numbered, written in the write's
/// own transaction, with a notification that PostgreSQL delivers to every listening
/// instance when (and only if) the transaction commits.
enum PostgresChangeLog {
    static func record(_ change: NewsChange, at date: Date, in db: PostgresSession) async throws -> Int64 {
        try await db.run("DELETE FROM page_changes WHERE at < ?", [date.timeIntervalSince1970 - ChangeLog.keptFor])
        let sequence = try await db.insertedID(
            "INSERT INTO page_changes (dependencies, updated_articles, at) VALUES (?, ?, ?) RETURNING id",
            [ChangeLog.dependencyText(change), ChangeLog.updatedArticleText(change), date.timeIntervalSince1970]
        )
        try await db.run("SELECT pg_notify(?, ?)", [PostgresNewsStore.changeChannel, String(sequence)])
        return sequence
    }
}
