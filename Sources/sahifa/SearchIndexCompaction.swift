import Foundation
import SahifaStore

/// Merges the search index into one part after a bulk write (see
/// `NewsStore.compactSearchIndex`), saying how long it took; before related news, whose
/// queries it speeds up too.
enum SearchIndexCompaction {
    static func run(on store: any NewsStore) async throws {
        let started = Date()
        try await store.compactSearchIndex()
        print("Merged the search index in \(String(format: "%.1f", Date().timeIntervalSince(started))) s.")
    }
}
