import SahifaCore

extension FeedList {
    /// How the list picks its published stories from articles `a`, in both stores: a join and
    /// a condition with one `?` for its subject's id; nil for the whole site.
    var storiesFilter: (join: String, condition: String)? {
        switch self {
        case .site: nil
        case .section: ("", "a.section_id = ?")
        case .tag: ("JOIN article_tags x ON x.article_id = a.id", "x.tag_id = ?")
        case .author: ("JOIN article_authors x ON x.article_id = a.id", "x.author_id = ?")
        }
    }
}

/// The section, tag or author a feed follows.
protocol FeedSubject: ArticleList {
    var id: Int64 { get }
    var name: String { get }
    var path: String { get }
}

extension Section: FeedSubject {}
extension Tag: FeedSubject {}
extension Author: FeedSubject {}

extension FeedContent {
    /// The feed of `subject`'s stories, or the whole site's when it is nil.
    init(chrome: SiteChrome, subject: (any FeedSubject)?, entries: [Entry]) {
        self.init(
            chrome: chrome, title: subject?.name, path: subject?.path ?? "/",
            listDependency: subject?.listDependency ?? .home, entries: entries
        )
    }
}
