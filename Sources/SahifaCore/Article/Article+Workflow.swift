import Foundation

/// The newsroom's workflow as moves on an article: `draft → inReview → scheduled →
/// published → unpublished`. Each move either returns the article in its new state or
/// throws `WorkflowError`; the store saves the result, and nothing else changes status.
extension Article {
    /// A writer hands the draft to the editors.
    public mutating func submitForReview() throws(WorkflowError) {
        guard status == .draft else { throw .cannotSubmit(from: status) }
        status = .inReview
    }

    /// An editor sets the time the article goes live.
    public mutating func schedule(at date: Date) throws(WorkflowError) {
        guard [.draft, .inReview, .scheduled, .unpublished].contains(status) else {
            throw .cannotSchedule(from: status)
        }
        if let embargoUntil, date < embargoUntil { throw .embargoed(until: embargoUntil) }
        status = .scheduled
        publishedAt = date
    }

    /// Makes the article visible to readers. A scheduled article keeps its planned time;
    /// an article published before keeps its first publication time.
    public mutating func publish(at date: Date) throws(WorkflowError) {
        guard status != .published else { throw .cannotPublish(from: status) }
        if let embargoUntil, date < embargoUntil { throw .embargoed(until: embargoUntil) }
        if status != .scheduled || publishedAt == nil {
            publishedAt = publishedAt.map { min($0, date) } ?? date
        }
        status = .published
        updatedAt = max(updatedAt, publishedAt ?? date)
    }

    /// Takes a published article down; it keeps its text and history.
    public mutating func unpublish() throws(WorkflowError) {
        guard status == .published else { throw .cannotUnpublish(from: status) }
        status = .unpublished
    }
}
