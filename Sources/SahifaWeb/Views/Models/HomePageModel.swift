/// The home page: lead story, top stories, a block per section, then the latest news.
/// From page 2 on, only the latest news is shown.
struct HomePageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    /// The page's one h1, for screen readers: the site's name.
    var siteName: String
    var lead: TeaserModel?
    var topStories: [TeaserModel]
    var sections: [SectionBlock]
    var latest: [TeaserModel]
    var latestTitle: String
    var pagination: PaginationModel

    struct SectionBlock: Sendable, Hashable {
        var section: LinkModel
        var stories: [TeaserModel]
    }
}
