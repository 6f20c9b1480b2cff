import SahifaCore

/// How the home page is read and put together, the same on both stores: a backend runs
/// `queries` in one snapshot, in order, and hands what they found to `content`.
package struct HomePageReads {
    package let layout: HomeLayout
    package let page: PageRequest
    package let sections: [Section]

    package init(layout: HomeLayout, latestPage number: Int, sections: [Section]) {
        self.layout = layout
        self.page = PageRequest(number: number, size: layout.latestPageSize)
        self.sections = sections
    }

    /// Teasers to read: the rest of a query after `TeaserColumns.select`, with its arguments.
    package struct Query {
        package let rest: String
        package let arguments: [Int64]
    }

    package static let publishedCount = "SELECT COUNT(*) FROM articles WHERE status = 'published'"

    // The statements after `TeaserColumns.select`, made once.
    private static let featured =
        "WHERE a.status = 'published' AND a.is_featured ORDER BY a.published_at DESC, a.id DESC LIMIT 1"
    private static let newest = "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
    private static let newestOfSection =
        "WHERE a.status = 'published' AND a.section_id = ? ORDER BY a.published_at DESC, a.id DESC LIMIT ?"
    private static let latestPage =
        "WHERE a.status = 'published' ORDER BY a.published_at DESC, a.id DESC LIMIT ? OFFSET ?"

    /// At most the lead and the top stories are shown above the section blocks, so asking each
    /// section for that many more than its block holds fills the block whatever was skipped.
    private var shownAboveSections: Int { 1 + layout.topStories }

    /// In order: the newest featured story; the newest stories, which give the lead when none
    /// is featured and the top stories; each section's newest; the page of latest news.
    package var queries: [Query] {
        let perSection = Int64(layout.perSection + shownAboveSections)
        return [
            Query(rest: Self.featured, arguments: []),
            Query(rest: Self.newest, arguments: [Int64(shownAboveSections)]),
        ]
            + sections.map { Query(rest: Self.newestOfSection, arguments: [$0.id, perSection]) }
            + [Query(rest: Self.latestPage, arguments: [Int64(page.size), Int64(page.offset)])]
    }

    /// The page from the lists `queries` found, in their order: the lead is the newest featured
    /// story, else the newest; no story shows twice above the latest news.
    package func content(chrome: SiteChrome, lists: [[ArticleTeaser]], publishedCount: Int) -> HomePageContent {
        let featured = lists[0].first
        let newest = lists[1]
        let lead = featured ?? newest.first
        var shown = Set(lead.map { [$0.id] } ?? [])
        let top = Array(newest.filter { !shown.contains($0.id) }.prefix(layout.topStories))
        shown.formUnion(top.map(\.id))
        let blocks = zip(sections, lists[2..<(2 + sections.count)]).compactMap { section, stories in
            let block = stories.filter { !shown.contains($0.id) }.prefix(layout.perSection)
            return block.isEmpty ? nil : SectionStories(section: section, stories: Array(block))
        }
        return HomePageContent(
            chrome: chrome,
            lead: lead,
            topStories: top,
            sections: blocks,
            latest: Page(items: lists[2 + sections.count], of: page, totalCount: publishedCount)
        )
    }
}
