import SahifaCore

/// A section, tag or author: what has a page and feeds of its published stories. How each is
/// found by its slug and how its stories are picked are written here once for both stores.
protocol StoryListSubject: ArticleList {
    var id: Int64 { get }
    var name: String { get }
    var path: String { get }

    /// Selects the subject by its slug (one `?`), read back by `read(_:)`.
    static var bySlug: String { get }

    static func read(_ row: some StoreRow) throws -> Self

    /// How the subject's stories are picked from articles `a`: a join and a condition with one
    /// `?` for the subject's id.
    static var storiesJoin: String { get }
    static var storiesCondition: String { get }
}

extension StoryListSubject {
    /// How many published stories the subject has; one `?` for its id.
    static var storiesCount: String {
        "SELECT COUNT(*) FROM articles a \(storiesJoin) WHERE a.status = 'published' AND \(storiesCondition)"
    }

    /// One page of its published stories, newest first, after `TeaserColumns.select`; `?` for
    /// its id, the page size and the offset.
    static var storiesPage: String {
        "\(storiesJoin) WHERE a.status = 'published' AND \(storiesCondition) "
            + "ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"
    }
}

extension Section: StoryListSubject {
    static let bySlug = "SELECT \(SectionColumns.list("s")) FROM sections s WHERE s.slug = ?"
    static func read(_ row: some StoreRow) throws -> Section { try SectionColumns.section(in: row, at: 0) }
    static let storiesJoin = ""
    static let storiesCondition = "a.section_id = ?"
}

extension Tag: StoryListSubject {
    static let bySlug = "SELECT \(TagColumns.list("t")) FROM tags t WHERE t.slug = ?"
    static func read(_ row: some StoreRow) throws -> Tag { try TagColumns.tag(in: row) }
    static let storiesJoin = "JOIN article_tags x ON x.article_id = a.id"
    static let storiesCondition = "x.tag_id = ?"
}

extension Author: StoryListSubject {
    static let bySlug = "SELECT \(AuthorColumns.list("p")) FROM authors p WHERE p.slug = ?"
    static func read(_ row: some StoreRow) throws -> Author { try AuthorColumns.author(in: row) }
    static let storiesJoin = "JOIN article_authors x ON x.article_id = a.id"
    static let storiesCondition = "x.author_id = ?"
}

extension FeedList {
    /// The kind of subject the feed follows and its slug; nil for the whole site.
    var subject: (kind: any StoryListSubject.Type, slug: String)? {
        switch self {
        case .site: nil
        case .section(let slug): (Section.self, slug)
        case .tag(let slug): (Tag.self, slug)
        case .author(let slug): (Author.self, slug)
        }
    }
}

extension FeedContent {
    /// The feed of `subject`'s stories, or the whole site's when it is nil.
    init(chrome: SiteChrome, subject: (any StoryListSubject)?, entries: [Entry]) {
        self.init(
            chrome: chrome, title: subject?.name, path: subject?.path ?? "/",
            listDependency: subject?.listDependency ?? .home, entries: entries
        )
    }

    /// The site's newest published stories, after `TeaserColumns.select`; `?` for how many.
    static let newestStories = "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
}
