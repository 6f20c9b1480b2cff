import Foundation
import Logging
import SahifaStore
import Synchronization

/// The server's background jobs, each a `RepeatingJob`.
public enum NewsroomJobs {
    /// Works through the queue of articles whose related news is out of date: a publish
    /// recomputes its own article's list at once and queues the stories whose lists it may
    /// change; this picks those up within `pause`, so no reader request waits for that work.
    public static func relatedNews(store: any MaintenanceStore, logger: Logger, pause: Duration = .seconds(2))
        -> RepeatingJob
    {
        RepeatingJob(name: "related news", logger: logger, pause: pause) {
            try await withTaskExecutorPreference(BackgroundExecutor.shared) {
                try await store.refreshRelatedNews(limit: 200) > 0
            }
        }
    }

    /// Renders again the bodies an earlier renderer wrote (`MaintenanceStore.renderStaleBodies`),
    /// a batch per short write, after an upgrade or a reindex queued them: until it reaches a
    /// body, its page shows the HTML it had, which still works.
    public static func staleBodies(store: any MaintenanceStore, logger: Logger, pause: Duration = .seconds(5))
        -> RepeatingJob
    {
        RepeatingJob(name: "stale bodies", logger: logger, pause: pause) {
            try await withTaskExecutorPreference(BackgroundExecutor.shared) {
                try await store.renderStaleBodies(limit: 100) > 0
            }
        }
    }

    /// Keeps the search index in few parts as stories are published one by one (see
    /// `MaintenanceStore.mergeSearchIndexStep`): it looks every `pause`, and once it starts merging
    /// it takes one short write after another until the index is one part again.
    public static func searchIndexUpkeep(store: any MaintenanceStore, logger: Logger, pause: Duration = .seconds(600))
        -> RepeatingJob
    {
        RepeatingJob(name: "search index upkeep", logger: logger, pause: pause) {
            try await withTaskExecutorPreference(BackgroundExecutor.shared) {
                try await store.mergeSearchIndexStep()
            }
        }
    }

    /// Publishes scheduled articles when their time comes: it looks every `pause`, so an
    /// article goes out within about a second of its time, and one whose time passed while
    /// the server was down goes out as soon as it starts again.
    public static func scheduledPublishing(store: any MaintenanceStore, logger: Logger, pause: Duration = .seconds(1))
        -> RepeatingJob
    {
        RepeatingJob(name: "scheduled publishing", logger: logger, pause: pause) {
            for id in try await store.publishDueArticles(at: Date()) {
                logger.info("published on schedule", metadata: ["sahifa.article.id": "\(id)"])
            }
            return false
        }
    }

    /// Notices when a breaking item's start or expiry time passes, which no write announces,
    /// and announces the ticker as changed, so cached pages and live readers follow the clock.
    /// Adds the redirects' counted hits to the table every few seconds.
    static func redirectHits(
        _ hits: RedirectHits, store: any MaintenanceStore, logger: Logger, pause: Duration = .seconds(5)
    )
        -> RepeatingJob
    {
        RepeatingJob(name: "redirect hits", logger: logger, pause: pause) {
            let counted = hits.take()
            guard !counted.isEmpty else { return false }
            do {
                try await store.countRedirectHits(counted)
            } catch {
                hits.putBack(counted)
                throw error
            }
            return false
        }
    }

    public static func breakingTicker(
        store: any ReaderStore & ChangeFeed, logger: Logger, pause: Duration = .seconds(1)
    )
        -> RepeatingJob
    {
        let shown = Mutex<[Int64]?>(nil)
        return RepeatingJob(name: "breaking ticker", logger: logger, pause: pause) {
            let current = try await store.siteChrome(at: Date()).breaking.map(\.id)
            let previous = shown.withLock { shown in
                defer { shown = current }
                return shown
            }
            if let previous, previous != current {
                store.changes.announce(NewsChange([.breaking]))
            }
            return false
        }
    }

    /// Announces the changes that other processes recorded in the store (an import run from
    /// the shell, another server on the same database), so this server's cached pages and
    /// live readers follow them within `pause`. It starts from the newest change, and skips
    /// the ones this process announced itself.
    public static func changesFromElsewhere(store: any ChangeFeed, logger: Logger, pause: Duration = .milliseconds(500))
        -> RepeatingJob
    {
        let cursor = Mutex<Int64?>(nil)
        // On PostgreSQL a NOTIFY ends the wait at once; the pause is then only the fallback.
        return RepeatingJob(
            name: "changes from elsewhere", logger: logger, pause: pause, wait: { await store.waitForChanges(upTo: $0) }
        ) {
            guard let after = cursor.withLock({ $0 }) else {
                let latest = try await store.latestChangeSequence()
                cursor.withLock { $0 = latest }
                return false
            }
            let recorded = try await store.recordedChanges(after: after, limit: 500)
            for change in recorded { store.changes.announceRecorded(change) }
            if let last = recorded.last { cursor.withLock { $0 = last.sequence } }
            return recorded.count == 500
        }
    }
}
