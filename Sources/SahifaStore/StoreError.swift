import SahifaCore

/// Why the store refused or failed a call, in the newsroom's terms.
public enum StoreError: Error, Sendable, Hashable {
    case articleNotFound(ArticleID)
    case sectionSlugTaken(String)
    case sectionNotFound(String)
    case invalidSectionSlug(String)
    case authorSlugTaken(String)
    /// Someone saved the article since this editor opened it; `current` is its revision now.
    case revisionConflict(ArticleID, current: Int)
    /// The database file or server could not be opened; `reason` is what the system said.
    case cannotOpen(location: String, reason: String)
    /// The database holds a schema newer than this program knows.
    case schemaTooNew(migration: String)
    /// The database server cannot be reached right now (it is restarting, or the network is
    /// down); the same call may succeed in a moment. A write that fails this way did not
    /// happen, unless `reason` says its commit went unconfirmed.
    case unavailable(reason: String)
    /// The database refused a value by one of its own rules (unique, check, not null, a
    /// reference) that no check before it caught; nothing was written. `field` is the column,
    /// or the rule's name when the database gives no column.
    case refusedValue(table: String, field: String)
    /// The disk that holds the database or the pictures is full; nothing was written, and
    /// reading goes on. Writing works again once there is room.
    case diskFull
}
