import SahifaCore

/// Everything the home page shows, read in one transaction.
public struct HomePageContent: Sendable, Hashable {
    public var chrome: SiteChrome
    /// The newest featured story, or the newest story when none is featured.
    public var lead: ArticleTeaser?
    public var topStories: [ArticleTeaser]
    /// Each section with its newest stories, in navigation order; empty sections left out.
    public var sections: [SectionStories]
    /// All published stories, newest first, one page of them.
    public var latest: Page<ArticleTeaser>

    public init(
        chrome: SiteChrome,
        lead: ArticleTeaser?,
        topStories: [ArticleTeaser],
        sections: [SectionStories],
        latest: Page<ArticleTeaser>
    ) {
        self.chrome = chrome
        self.lead = lead
        self.topStories = topStories
        self.sections = sections
        self.latest = latest
    }
}

/// A section's block on the home page.
public struct SectionStories: Sendable, Hashable {
    public var section: Section
    public var stories: [ArticleTeaser]

    public init(section: Section, stories: [ArticleTeaser]) {
        self.section = section
        self.stories = stories
    }
}
