import SahifaCore

/// A list page (section, tag or author): its subject and one page of its stories.
public struct ListingPageContent<Subject: Sendable & Hashable>: Sendable, Hashable {
    public var chrome: SiteChrome
    public var subject: Subject
    public var stories: Page<ArticleTeaser>

    public init(chrome: SiteChrome, subject: Subject, stories: Page<ArticleTeaser>) {
        self.chrome = chrome
        self.subject = subject
        self.stories = stories
    }
}
