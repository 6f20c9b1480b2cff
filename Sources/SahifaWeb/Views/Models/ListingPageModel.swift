/// A section, tag or author page: its title, an optional introduction, a list of stories.
struct ListingPageModel: Sendable, Hashable {
    var head: PageHead
    var chrome: PageChrome
    /// What kind of list this is, shown above the title ("وسم", "كاتب").
    var label: String?
    var title: String
    var introduction: String?
    var stories: [TeaserModel]
    /// Shown when there are no stories.
    var emptyMessage: String
    var pagination: PaginationModel
}
