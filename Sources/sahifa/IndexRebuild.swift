import Foundation
import SahifaStore

/// Rebuilds a store's search index from its articles, with progress, renders their bodies
/// again, then works out their related news: what `sahifa reindex` does, and `sahifa migrate-data` after a copy. A
/// restore keeps the related news its archive brought (`workingOutRelatedNews: false`), so
/// the restored site shows the same related stories even on the other kind of database.
enum IndexRebuild {
    static func run(on store: any MaintenanceStore, workingOutRelatedNews: Bool = true) async throws {
        let started = Date()
        let progress = ProgressBox(ProgressDisplay(label: "indexing"))
        try await store.reindex(queueingRelatedNews: workingOutRelatedNews) { done, total in
            progress.update(
                fraction: total == 0 ? 1 : Double(done) / Double(total), detail: "\(done) of \(total) articles")
        }
        progress.finish()
        print("Indexed the published articles in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
        var rendered = 0
        while case let count = try await store.renderStaleBodies(limit: 500), count > 0 { rendered += count }
        print("Rendered \(rendered) bodies again.")
        try await SearchIndexCompaction.run(on: store)
        try await RelatedNewsRefresh.run(on: store)
    }
}
