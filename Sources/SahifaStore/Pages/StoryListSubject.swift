import SahifaCore

/// A section, tag or author: what has a page and feeds of its published stories.
public protocol StoryListSubject: ArticleList {
    var id: Int64 { get }
    var name: String { get }
    var path: String { get }

    /// How the subject is found and its stories picked, the same on both stores.
    static var storyList: StoryList<Self> { get }
}

/// How a kind of subject is found by its slug and its stories are picked from articles `a`.
public struct StoryList<Subject: Sendable>: Sendable {
    /// Selects the subject by its slug (one `?`), read back by `read`.
    package let bySlug: String
    package let read: @Sendable (any StoreRow) throws -> Subject
    /// How many published stories the subject has; one `?` for its id.
    package let storiesCount: String
    /// One page of its published stories, newest first, after `TeaserColumns.select`; `?` for
    /// its id, the page size and the offset.
    package let storiesPage: String

    /// - Parameters:
    ///   - join: joins that reach the subject from articles `a`;
    ///   - condition: picks the subject's articles, with one `?` for its id.
    package init(
        bySlug: String, read: @escaping @Sendable (any StoreRow) throws -> Subject, join: String, condition: String
    ) {
        self.bySlug = bySlug
        self.read = read
        storiesCount = "SELECT COUNT(*) FROM articles a \(join) WHERE a.status = 'published' AND \(condition)"
        storiesPage =
            "\(join) WHERE a.status = 'published' AND \(condition) ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"
    }
}

extension Section: StoryListSubject {
    public static let storyList = StoryList<Section>(
        bySlug: "SELECT \(SectionColumns.list("s")) FROM sections s WHERE s.slug = ?",
        read: { try SectionColumns.section(in: $0, at: 0) },
        join: "",
        condition: "a.section_id = ?"
    )
}

extension Tag: StoryListSubject {
    public static let storyList = StoryList<Tag>(
        bySlug: "SELECT \(TagColumns.list("t")) FROM tags t WHERE t.slug = ?",
        read: { try TagColumns.tag(in: $0) },
        join: "JOIN article_tags x ON x.article_id = a.id",
        condition: "x.tag_id = ?"
    )
}

extension Author: StoryListSubject {
    public static let storyList = StoryList<Author>(
        bySlug: "SELECT \(AuthorColumns.list("p")) FROM authors p WHERE p.slug = ?",
        read: { try AuthorColumns.author(in: $0) },
        join: "JOIN article_authors x ON x.article_id = a.id",
        condition: "x.author_id = ?"
    )
}

extension FeedList {
    /// How the subject the feed follows is found: the statement, its slug and how its row is
    /// read; nil for the whole site.
    package var subjectLookup:
        (sql: String, slug: String, read: @Sendable (any StoreRow) throws -> any StoryListSubject)?
    {
        switch self {
        case .site: nil
        case .section(let slug): (Section.storyList.bySlug, slug, Section.storyList.read)
        case .tag(let slug): (Tag.storyList.bySlug, slug, Tag.storyList.read)
        case .author(let slug): (Author.storyList.bySlug, slug, Author.storyList.read)
        }
    }
}

extension FeedContent {
    /// The feed of `subject`'s stories, or the whole site's when it is nil.
    package init(chrome: SiteChrome, subject: (any StoryListSubject)?, entries: [Entry]) {
        self.init(
            chrome: chrome, title: subject?.name, path: subject?.path ?? "/",
            listDependency: subject?.listDependency ?? .home, entries: entries
        )
    }

    /// The site's newest published stories, after `TeaserColumns.select`; `?` for how many.
    package static let newestStories = "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
}
