import Foundation
import SahifaCore

/// Everything Sahifa keeps, behind one protocol that the SQLite and PostgreSQL stores both
/// implement and one contract suite tests.
///
/// Reader methods are page-shaped: each returns all a page needs, read in one transaction,
/// so a page costs one round of reads and sees one consistent snapshot. Write methods are
/// one transaction each: an article, its tags, bylines, related list and revision are saved
/// together or not at all.
///
/// ## Topics
/// - Reader pages: `homePage`, `articlePage`, `sectionPage`, `tagPage`, `authorPage`, `siteChrome`
/// - Newsroom: `createArticle`, `updateArticle`, `publishArticle`, `article(id:)`
/// - Site: `saveSettings`, `createSection`, `createAuthor`, `addMedia`, `postBreakingItem`
public protocol NewsStore: Sendable {
    /// Brings the schema up to date; safe to call on every start.
    func migrate() async throws

    /// Whether the schema is missing migrations this program knows.
    func needsMigration() async throws -> Bool

    /// Announces what each committed write changed for readers.
    var changes: NewsChanges { get }

    /// Changes recorded after `sequence`, oldest first: how a server learns of writes that
    /// another process made to the same database (an import, another instance).
    func recordedChanges(after sequence: Int64, limit: Int) async throws -> [RecordedChange]

    /// The number of the newest recorded change (0 when none): where a starting server begins.
    func latestChangeSequence() async throws -> Int64

    /// Returns when another writer may have recorded a change, or after `timeout`: on
    /// PostgreSQL as soon as a change is notified, on SQLite (which cannot notify) after
    /// `timeout`.
    func waitForChanges(upTo timeout: Duration) async

    // MARK: Reader pages

    /// The site chrome alone, for pages with no content of their own (errors).
    func siteChrome(at now: Date) async throws -> SiteChrome

    /// The home page: lead story, top stories, the latest per section, and a page of latest news.
    func homePage(_ layout: HomeLayout, page: PageRequest, at now: Date) async throws -> HomePageContent

    /// A published article with its editor-placed cards; nil when there is no such published article.
    func articlePage(id: ArticleID, at now: Date) async throws -> ArticlePageContent?

    /// A section's, tag's or author's published articles, newest first; nil when it does not
    /// exist (see `sectionPage`, `tagPage`, `authorPage`).
    func storyListPage<Subject: StoryListSubject>(_ kind: Subject.Type, slug: String, page: PageRequest, at now: Date)
        async throws -> ListingPageContent<Subject>?

    /// The newest published articles of a list, whole, for its feeds; nil when the section,
    /// tag or author does not exist.
    func feed(_ list: FeedList, limit: Int, at now: Date) async throws -> FeedContent?

    /// The months that have published articles, newest first, for the sitemap index.
    func archiveMonths() async throws -> [ArchiveMonth]

    /// The articles published from `start` until `end` (excluded), newest first, for the
    /// sitemaps (see `archive(year:month:)` and `archive(publishedSince:)`).
    func archive(from start: Date, to end: Date) async throws -> [ArchiveEntry]

    /// Every tag that has published articles, by name.
    func tagsInUse() async throws -> [Tag]

    /// Published articles matching the query: every word if any article has them all, else
    /// any word.
    func search(_ request: SearchRequest, at now: Date) async throws -> SearchResults

    /// The published article imported with this source id, if any.
    func article(sourceID: String) async throws -> ArticleTeaser?

    /// The article's related news, best first; nil when there is no such published article.
    func relatedNews(id: ArticleID, limit: Int) async throws -> [ArticleTeaser]?

    /// Existing tags whose words occur in the article's text and that it does not carry yet,
    /// most frequent first; nil when there is no such article.
    func suggestedTags(id: ArticleID, limit: Int) async throws -> [Tag]?

    // MARK: Accounts and sessions

    /// How many accounts exist; none means the first-run form is open.
    func accountCount() async throws -> Int

    /// Opens an account with an already hashed password. With `onlyIfFirst`, opens it only
    /// when no account exists yet (checked in the same transaction) and answers nil otherwise.
    /// - Throws: `InvalidAccount` for a bad field or an e-mail already in use.
    func createAccount(_ account: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws
        -> Account?

    /// The account with this e-mail (any case) and its password hash, for signing in.
    func credentials(email: String) async throws -> AccountCredentials?

    /// The account with this id and its password hash, for changing the password.
    func credentials(id: AccountID) async throws -> AccountCredentials?

    /// Every account, by name.
    func accounts() async throws -> [Account]

    /// Turns the account's second factor on with `secret`, or off with nil.
    func setSecondFactor(of id: AccountID, secret: String?) async throws

    /// Records a new API token for an account, known by the SHA-256 of its secret.
    func createAPIToken(for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, at date: Date)
        async throws -> APIToken

    /// The account's API tokens, newest first.
    func apiTokens(of account: AccountID) async throws -> [APIToken]

    /// Revokes one of the account's tokens; false when it has no such token.
    func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool

    /// The account and scopes of the token with this hash, marking it used.
    func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder?

    /// Gives an account another role; it takes effect on the member's next request. False
    /// when there is no such account.
    func setRole(of id: AccountID, to role: Role) async throws -> Bool

    /// Replaces the password hash and ends every other session of the account.
    func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws

    /// Records a signed-in browser (and clears expired sessions).
    func startSession(_ session: NewsroomSession) async throws

    /// The unexpired session with this token hash, with its account.
    func session(tokenHash: String, at now: Date) async throws -> NewsroomSession?

    /// Signs a browser out.
    func endSession(tokenHash: String) async throws

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

    // MARK: Newsroom

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

    /// Publishes every scheduled article whose time has come, each in its own transaction;
    /// answers their ids. Run every second by the server, so a restart only delays it.
    func publishDueArticles(at now: Date) async throws -> [ArticleID]

    /// Saves articles published elsewhere (see `PreparedImport`), in one transaction: new
    /// source ids are added, changed ones updated, unchanged ones left alone; missing sections
    /// are created. Their related news is queued (see `refreshRelatedNews`).
    func importArticles(_ articles: [PreparedImport], at date: Date) async throws -> ImportReport

    /// Works out the related news of up to `limit` queued articles; returns how many were
    /// done (0 when the queue is empty).
    func refreshRelatedNews(limit: Int) async throws -> Int

    /// How many articles wait for their related news.
    func relatedNewsBacklog() async throws -> Int

    /// Rebuilds the search index from the articles, and queues every published article's
    /// related news; `progress` gets (done, total).
    func reindex(progress: @Sendable (Int, Int) -> Void) async throws

    /// One short step of keeping the search index in few parts. SQLite's FTS5 adds each write's
    /// words as a part of their own, and a search looks every word up in every part: on the
    /// shared corpus, one part instead of the six an import left halved the time to find the
    /// matches. FTS5's own merging only merges small parts with each other, so when there are
    /// more than a few, a step merges some pages' worth of them toward one part, in its own
    /// short write; answers whether there is more to merge. Run until false after an import or
    /// a reindex, and now and then by the server. Nothing on PostgreSQL, whose index has no parts.
    func mergeSearchIndexStep() async throws -> Bool

    /// Stops FTS5 merging the index's parts as writes come in, for a bulk import that ends by
    /// merging them (`mergeSearchIndexStep`) and `resumeSearchIndexMerging`: each batch's part is
    /// then written once and merged once, which made importing the shared corpus a tenth faster.
    /// It lasts until resumed, across restarts, so the server resumes it when it starts (an
    /// interrupted import leaves it deferred). Nothing on PostgreSQL.
    func deferSearchIndexMerging() async throws

    /// Lets FTS5 merge the index's parts as writes come in again (the usual way).
    func resumeSearchIndexMerging() async throws

    // MARK: Site

    func saveSettings(_ settings: SiteSettings) async throws

    /// - Throws: `StoreError.sectionSlugTaken`, `StoreError.invalidSectionSlug`.
    func createSection(slug: String, name: String) async throws -> Section

    /// - Throws: `StoreError.authorSlugTaken`.
    func createAuthor(slug: String, name: String, bio: String) async throws -> Author

    /// Records a picture whose file is already in the media library; adding the same hash
    /// again keeps the first record.
    func addMedia(_ asset: MediaAsset, at date: Date, by account: AccountID?) async throws -> MediaAsset

    /// Puts a line on the breaking-news ticker.
    /// - Throws: `StoreError.articleNotFound` when it links to an unknown article.
    func postBreakingItem(text: String, articleID: ArticleID?, startsAt: Date, expiresAt: Date?, by account: AccountID?)
        async throws -> BreakingItem

    /// Takes a line off the ticker now, before its expiry; false when it was not on it.
    func endBreakingItem(id: Int64, at date: Date, by account: AccountID?) async throws -> Bool

    /// Renames a section and moves it to `position` in the navigation (1 is first).
    /// - Throws: `StoreError.sectionNotFound`.
    func updateSection(slug: String, name: String, position: Int) async throws

    /// The audit log, newest first.
    func auditLog(page: PageRequest) async throws -> Page<AuditEntry>
}

extension NewsStore {
    /// A section's published articles, newest first; nil when the section does not exist.
    public func sectionPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Section>?
    {
        try await storyListPage(Section.self, slug: slug, page: page, at: now)
    }

    /// A tag's published articles, newest first; nil when the tag does not exist.
    public func tagPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Tag>? {
        try await storyListPage(Tag.self, slug: slug, page: page, at: now)
    }

    /// An author's published articles, newest first; nil when the author does not exist.
    public func authorPage(slug: String, page: PageRequest, at now: Date) async throws -> ListingPageContent<Author>? {
        try await storyListPage(Author.self, slug: slug, page: page, at: now)
    }

    /// A month's published articles (UTC), newest first.
    public func archive(year: Int, month: Int) async throws -> [ArchiveEntry] {
        guard let dates = ArchiveColumns.dates(year: year, month: month) else { return [] }
        return try await archive(from: dates.lowerBound, to: dates.upperBound)
    }

    /// Articles published since `date`, newest first, for the news sitemap.
    public func archive(publishedSince date: Date) async throws -> [ArchiveEntry] {
        try await archive(from: date, to: .distantFuture)
    }
}

extension NewsStore {
    /// Prepares and saves a batch of imported articles in one go.
    public func importArticles(_ articles: [ImportedArticle], at date: Date) async throws -> ImportReport {
        try await importArticles(await PreparedImport.prepare(articles), at: date)
    }
}

extension NewsStore {
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

extension NewsStore {
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
