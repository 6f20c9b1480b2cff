import Foundation
import SahifaCore

/// The newsroom's front page for one member: their drafts, what waits for an editor, what is
/// scheduled, and what went out last.
public struct NewsroomDashboard: Sendable, Hashable {
    public var myDrafts: [ArticleLine]
    public var waitingForReview: [ArticleLine]
    public var scheduled: [ArticleLine]
    public var recentlyPublished: [ArticleLine]

    public init(
        myDrafts: [ArticleLine], waitingForReview: [ArticleLine], scheduled: [ArticleLine],
        recentlyPublished: [ArticleLine]
    ) {
        self.myDrafts = myDrafts
        self.waitingForReview = waitingForReview
        self.scheduled = scheduled
        self.recentlyPublished = recentlyPublished
    }

    /// One article in a newsroom list.
    public struct ArticleLine: Sendable, Hashable {
        public var id: ArticleID
        public var headline: String
        public var status: ArticleStatus
        public var sectionName: String
        public var updatedAt: Date
        /// The publication time: when it went out, or when it is scheduled to.
        public var publishedAt: Date?

        public init(
            id: ArticleID, headline: String, status: ArticleStatus, sectionName: String, updatedAt: Date,
            publishedAt: Date?
        ) {
            self.id = id
            self.headline = headline
            self.status = status
            self.sectionName = sectionName
            self.updatedAt = updatedAt
            self.publishedAt = publishedAt
        }
    }
}

extension NewsroomDashboard {
    /// The dashboard's four lists as statements with their arguments, in the order of `init(lists:)`.
    package static func queries(for account: AccountID) -> [(sql: String, arguments: [StoreValue])] {
        [
            (ArticleLineColumns.myDrafts, StoreValue.list(account)),
            (ArticleLineColumns.waitingForReview, []),
            (ArticleLineColumns.scheduled, []),
            (ArticleLineColumns.recentlyPublished, []),
        ]
    }

    /// The dashboard from the lines `queries(for:)` found, in their order.
    package init(lists: [[ArticleLine]]) {
        self.init(myDrafts: lists[0], waitingForReview: lists[1], scheduled: lists[2], recentlyPublished: lists[3])
    }
}
