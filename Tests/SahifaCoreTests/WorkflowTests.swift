import Foundation
import Testing

@testable import SahifaCore

@Suite("Workflow")
struct WorkflowTests {
    private func article(_ status: ArticleStatus, publishedAt: Date? = nil) -> Article {
        Article(
            id: ArticleID(1), slug: "خبر", kicker: nil, headline: "خبر", summary: "", body: .empty, heroImage: nil,
            section: Section(id: 1, slug: "world", name: "العالم", position: 1), tags: [], authors: [],
            status: status, isFeatured: false, seo: SEOFields(), createdAt: Date(timeIntervalSince1970: 0),
            publishedAt: publishedAt, updatedAt: Date(timeIntervalSince1970: 0), revision: 1
        )
    }

    @Test("a draft goes to review, and only a draft can be submitted")
    func submit() throws {
        var draft = article(.draft)
        try draft.submitForReview()
        #expect(draft.status == .inReview)
        #expect(throws: WorkflowError.cannotSubmit(from: .inReview)) { try draft.submitForReview() }
    }

    @Test("publishing sets the publication time once; republishing keeps the first time")
    func publishKeepsFirstTime() throws {
        var story = article(.draft)
        let first = Date(timeIntervalSince1970: 1_000)
        try story.publish(at: first)
        #expect(story.status == .published && story.publishedAt == first)
        try story.unpublish()
        try story.publish(at: Date(timeIntervalSince1970: 5_000))
        #expect(story.publishedAt == first)
    }

    @Test("a published article cannot be published again, nor a draft unpublished")
    func refusedMoves() {
        var published = article(.published, publishedAt: Date())
        #expect(throws: WorkflowError.cannotPublish(from: .published)) { try published.publish(at: Date()) }
        var draft = article(.draft)
        #expect(throws: WorkflowError.cannotUnpublish(from: .draft)) { try draft.unpublish() }
    }

    @Test("a scheduled article is published at its planned time")
    func scheduled() throws {
        var story = article(.inReview)
        let planned = Date(timeIntervalSince1970: 2_000)
        try story.schedule(at: planned)
        try story.publish(at: Date(timeIntervalSince1970: 2_003))
        #expect(story.publishedAt == planned)
    }

    @Test("an edit a minute or more after publication counts as an update readers are told about")
    func updatedNotice() {
        var story = article(.published, publishedAt: Date(timeIntervalSince1970: 0))
        story.updatedAt = Date(timeIntervalSince1970: 30)
        #expect(!story.wasUpdatedAfterPublishing)
        story.updatedAt = Date(timeIntervalSince1970: 600)
        #expect(story.wasUpdatedAfterPublishing)
    }

    @Test("an embargo blocks publishing and scheduling before its time, and lets them through after")
    func embargo() throws {
        var story = article(.inReview)
        let lifted = Date(timeIntervalSince1970: 10_000)
        story.embargoUntil = lifted
        #expect(throws: WorkflowError.embargoed(until: lifted)) { try story.publish(at: lifted.addingTimeInterval(-1)) }
        #expect(throws: WorkflowError.embargoed(until: lifted)) {
            try story.schedule(at: lifted.addingTimeInterval(-60))
        }
        #expect(story.status == .inReview)
        try story.schedule(at: lifted)
        #expect(story.status == .scheduled)
        try story.publish(at: lifted.addingTimeInterval(5))
        #expect(story.status == .published)
    }
}
