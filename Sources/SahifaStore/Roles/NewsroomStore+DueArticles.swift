import Foundation
import SahifaCore

extension NewsroomStore {
    /// Publishes the scheduled articles `due` at `now`, one write each; the ids it published.
    package func publish(due: [ArticleID], at now: Date) async throws -> [ArticleID] {
        var published: [ArticleID] = []
        for id in due {
            do {
                _ = try await publishArticle(id: id, at: now, by: nil)
                published.append(id)
            } catch is WorkflowError {
                // Published or moved by an editor since the list was read: nothing to do.
            }
        }
        return published
    }
}
