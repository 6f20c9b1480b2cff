import Foundation
import SahifaStore

/// Works through the queue of articles whose related news is out of date, with progress.
enum RelatedNewsRefresh {
    static func run(on store: any MaintenanceStore) async throws {
        let total = try await store.relatedNewsBacklog()
        guard total > 0 else { return }
        let started = Date()
        var progress = ProgressDisplay(label: "related news")
        var done = 0
        while true {
            let count = try await store.refreshRelatedNews(limit: 2000)
            if count == 0 { break }
            done += count
            progress.update(fraction: Double(done) / Double(total), detail: "\(done) of \(total) articles")
        }
        progress.finish(detail: "\(done) articles")
        print(
            "Worked out related news for \(done) articles in \(String(format: "%.1f", Date().timeIntervalSince(started))) s."
        )
    }
}
