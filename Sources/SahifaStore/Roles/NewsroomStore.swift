import Foundation
import SahifaCore

/// The newsroom's work: articles in any status, their saves, moves and revisions, the site's
/// settings, sections, bylines, pictures and ticker, and the audit log. Reads are on the
/// primary, so an editor sees what was just saved; each write is one transaction that also
/// records its audit line.
public protocol NewsroomStore: Sendable {
    /// The article editor's page for article `id`, or for a new article when `id` is nil; nil
    /// when there is no such article.
    func editorPage(id: ArticleID?, at now: Date) async throws -> EditorPageContent?

    /// The site chrome as the newsroom's pages show it (settings for names, dates and digits,
    /// the ticker's lines on air): read on the primary, so a page shown right after a save
    /// shows what was saved.
    func newsroomChrome(at now: Date) async throws -> SiteChrome

    /// Existing tags whose words occur in the article's text and that it does not carry yet,
    /// most frequent first; nil when there is no such article.
    func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]?

    /// Every saved version of an article's words, newest first, the current one included;
    /// nil when there is no such article.
    func revisions(of id: ArticleID) async throws -> [ArticleRevision]?

    /// The sections, bylines and pictures the article editor offers.
    func editorChoices() async throws -> EditorChoices

    /// Articles in any status, last changed first, narrowed by `filter`.
    func newsroomArticles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<
        NewsroomDashboard.ArticleLine
    >

    /// The newsroom's front page for one member.
    func newsroomDashboard(for account: AccountID, at now: Date) async throws -> NewsroomDashboard

    /// Any article, whatever its status.
    func article(id: ArticleID) async throws -> Article?

    /// Saves a new draft as revision 1, drafted by `account` (nil for demo and tests).
    /// - Throws: `InvalidArticle` when a field is wrong or a name it refers to is unknown.
    func createArticle(_ draft: ArticleDraft, at date: Date, by account: AccountID?) async throws -> Article

    /// Saves a new revision of an article's text and metadata. With `expectedRevision`, the
    /// save happens only if nobody saved since that revision was read.
    /// - Throws: `StoreError.articleNotFound`, `StoreError.revisionConflict`, `InvalidArticle`.
    func updateArticle(
        id: ArticleID, with draft: ArticleDraft, at date: Date, expectedRevision: Int?, by account: AccountID?
    )
        async throws -> Article

    /// Makes a workflow move on an article (see `ArticleMove` and `Article+Workflow.swift`) in
    /// one transaction; a publish puts it into search and related news, an unpublish takes it
    /// out of both.
    /// - Throws: `StoreError.articleNotFound`, `WorkflowError`.
    func moveArticle(id: ArticleID, _ move: ArticleMove, at date: Date, by account: AccountID?) async throws -> Article

    /// - Throws: `InvalidSiteSettings` (see `SiteSettings.validate()`), before anything is written.
    func saveSettings(_ settings: SiteSettings) async throws

    /// - Throws: `StoreError.sectionSlugTaken`, `StoreError.invalidSectionSlug`.
    func createSection(slug: String, name: String) async throws -> Section

    /// - Throws: `StoreError.authorSlugTaken`.
    func createAuthor(slug: String, name: String, bio: String) async throws -> Author

    /// Records a picture whose file is already in the media library; adding the same hash
    /// again keeps the first record.
    func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset

    /// The newest pictures (at most `limit`) whose alt text, caption or credit holds `text`
    /// (letters in any case), for the editor's picture dialog; the newest of all for "".
    func pictures(matching text: String, limit: Int) async throws -> [MediaAsset]

    /// Says where a picture's subject is, for every crop and for the shapes adjusted on their
    /// own, with its audit line; every page showing the picture changes. nil when the library
    /// has no picture with this hash.
    func focusPicture(hash: String, _ focus: PictureFocus, at date: Date, by account: AccountID?) async throws
        -> MediaAsset?

    /// Puts a line on the breaking-news ticker.
    /// - Throws: `StoreError.articleNotFound` when it links to an article that is unknown or
    ///   not published (`BreakingDraft.canLink(to:)`).
    func postBreakingItem(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?)
        async throws -> BreakingItem

    /// Takes a line off the ticker now, before its expiry; false when it was not on it.
    func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool

    /// Renames a section and moves it to `position` in the navigation (1 is first).
    /// - Throws: `StoreError.sectionNotFound`.
    func updateSection(slug: String, name: String, position: Int) async throws

    /// The audit log, newest first.
    func auditLog(page: PageRequest) async throws -> Page<AuditEntry>

    /// Every static page, published or not, footer pages first in their order.
    func staticPages() async throws -> [StaticPage]

    /// Saves a new static page (`id` nil) or an existing one; answers it as saved, or nil when
    /// there is no page with `id`.
    /// - Throws: `InvalidStaticPage`, for every problem the draft has and for a slug another
    ///   page has or a picture the library lacks.
    func saveStaticPage(id: Int64?, _ draft: StaticPageDraft, at date: Date) async throws -> StaticPage?

    /// Redirects whose old address or target contains `text` (all for ""), newest first.
    func redirects(matching text: String, page: PageRequest) async throws -> Page<Redirect>

    /// Adds an admin's redirect, with its audit line.
    /// - Throws: `InvalidRedirect` for every problem `RedirectDraft.validate()` finds, and for an
    ///   old address already taken or served by a section, or a target that itself redirects.
    func addRedirect(_ draft: RedirectDraft, at date: Date, by account: AccountID?) async throws -> Redirect

    /// Removes a redirect, with its audit line; false when there was none with this id.
    func removeRedirect(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool

    /// Keeps a member's working copy of an article, replacing the one before. No revision, no
    /// audit line and no announcement: nothing on the site changes.
    func keepAutosave(_ autosave: Autosave) async throws

    /// The member's working copy of the article, if the editor kept one that was not saved.
    func autosave(of article: ArticleID, by account: AccountID) async throws -> Autosave?

    /// Drops the member's working copy: the article was saved, or the copy turned down.
    func dropAutosave(of article: ArticleID, by account: AccountID) async throws
}

extension NewsroomStore {
    /// Hands a draft to the editors (see `Article.submitForReview()`).
    /// - Throws: `StoreError.articleNotFound`, `WorkflowError`.
    public func submitArticleForReview(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await moveArticle(id: id, .submitForReview, at: date, by: account)
    }

    /// Sets the time a draft or reviewed article goes out (see `Article.schedule(at:)`).
    /// - Throws: `StoreError.articleNotFound`, `WorkflowError`.
    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date, by account: AccountID?) async throws
        -> Article
    {
        try await moveArticle(id: id, .schedule(at: publishAt), at: date, by: account)
    }

    /// Publishes an article (see `Article.publish(at:)`).
    /// - Throws: `StoreError.articleNotFound`, `WorkflowError`.
    public func publishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await moveArticle(id: id, .publish, at: date, by: account)
    }

    /// Takes a published article down.
    /// - Throws: `StoreError.articleNotFound`, `WorkflowError`.
    public func unpublishArticle(id: ArticleID, at date: Date, by account: AccountID?) async throws -> Article {
        try await moveArticle(id: id, .unpublish, at: date, by: account)
    }
}

extension NewsroomStore {
    /// A draft with no newsroom account behind it (demo content, fixtures).
    public func createArticle(_ draft: ArticleDraft, at date: Date) async throws -> Article {
        try await createArticle(draft, at: date, by: nil)
    }

    /// A save that does not check for other editors' saves (demo content, fixtures).
    public func updateArticle(id: ArticleID, with draft: ArticleDraft, at date: Date) async throws -> Article {
        try await updateArticle(id: id, with: draft, at: date, expectedRevision: nil, by: nil)
    }

    /// Publishing by no one in particular (demo content, fixtures).
    public func publishArticle(id: ArticleID, at date: Date) async throws -> Article {
        try await publishArticle(id: id, at: date, by: nil)
    }

    /// Unpublishing by no one in particular (fixtures).
    public func unpublishArticle(id: ArticleID, at date: Date) async throws -> Article {
        try await unpublishArticle(id: id, at: date, by: nil)
    }

    /// Scheduling by no one in particular (fixtures).
    public func scheduleArticle(id: ArticleID, for publishAt: Date, at date: Date) async throws -> Article {
        try await scheduleArticle(id: id, for: publishAt, at: date, by: nil)
    }

    /// A picture shipped with the site (demo content, fixtures).
    public func addMedia(_ asset: MediaAsset) async throws -> MediaAsset {
        try await addMedia(asset, at: Date(), by: nil)
    }

    /// A ticker line from no one in particular (demo content, fixtures).
    public func postBreakingItem(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?) async throws
        -> BreakingItem
    {
        try await postBreakingItem(text: text, articleID: articleID, startsAt: startsAt, expiresAt: expiresAt, by: nil)
    }
}
