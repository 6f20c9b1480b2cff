import Foundation
import Logging
import SahifaStore

/// The server's background jobs, each a `RepeatingJob`.
public enum NewsroomJobs {
    /// Works through the queue of articles whose related news is out of date: a publish
    /// recomputes its own article's list at once and queues the stories whose lists it may
    /// change; this picks those up within `pause`, so no reader request waits for that work.
    public static func relatedNews(store: any NewsStore, logger: Logger, pause: Duration = .seconds(2)) -> RepeatingJob {
        RepeatingJob(name: "related news", logger: logger, pause: pause) {
            try await store.refreshRelatedNews(limit: 200) > 0
        }
    }

    /// Publishes scheduled articles when their time comes: it looks every `pause`, so an
    /// article goes out within about a second of its time, and one whose time passed while
    /// the server was down goes out as soon as it starts again.
    public static func scheduledPublishing(store: any NewsStore, logger: Logger, pause: Duration = .seconds(1)) -> RepeatingJob {
        RepeatingJob(name: "scheduled publishing", logger: logger, pause: pause) {
            for id in try await store.publishDueArticles(at: Date()) {
                logger.info("published on schedule", metadata: ["sahifa.article.id": "\(id)"])
            }
            return false
        }
    }
}
