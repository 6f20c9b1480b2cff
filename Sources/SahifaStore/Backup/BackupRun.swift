import Foundation

/// One backup the server made or is making, as the admin's backups page and the dashboard
/// list it and /metrics reports the last.
public struct BackupRun: Sendable, Hashable {
    public enum Outcome: String, Sendable, Hashable {
        case running
        case succeeded
        case failed
    }

    public var id: Int64
    /// `scheduled YYYY-MM-DD` for the day's scheduled backup (so that, of several instances,
    /// only the one that claims it makes it), or `now …` for one an admin asked for.
    public var slot: String
    public var outcome: Outcome
    /// The backup's own folder.
    public var folder: String
    public var startedAt: Date
    public var finishedAt: Date?
    /// What went wrong, for a failed backup.
    public var message: String
    public var articles: Int
    /// The database copy and the pictures together.
    public var bytes: Int64

    public init(
        id: Int64, slot: String, outcome: Outcome, folder: String, startedAt: Date, finishedAt: Date?,
        message: String, articles: Int, bytes: Int64
    ) {
        self.id = id
        self.slot = slot
        self.outcome = outcome
        self.folder = folder
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.message = message
        self.articles = articles
        self.bytes = bytes
    }
}
