import Foundation
import SahifaStore

/// After a bulk write (an import, a reindex): merges the search index's parts step by step
/// (`MaintenanceStore.mergeSearchIndexStep`), saying how long it took when there was anything to
/// merge, and lets FTS5 merge as writes come in again. Before related news, whose queries it
/// speeds up too.
enum SearchIndexCompaction {
    static func run(on store: any MaintenanceStore) async throws {
        let started = Date()
        var merged = false
        while try await store.mergeSearchIndexStep() { merged = true }
        try await store.resumeSearchIndexMerging()
        if merged {
            print("Merged the search index in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
        }
    }
}
