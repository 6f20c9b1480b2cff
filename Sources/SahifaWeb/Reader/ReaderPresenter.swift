import Foundation
import SahifaCore
import SahifaStore

/// Turns what the store read into view models: dates in the site's clock, calendars and
/// digits, URLs made absolute where a page needs them, labels in Arabic. Views then only
/// write what they are given.
struct ReaderPresenter {
    let assets: AssetCatalog
    /// The site's public address without a trailing slash, for canonical and share links.
    let publicURL: String
    let now: Date
    /// The live channel's last event id when the page was made.
    var liveSince: UInt64 = 0
    /// Shared by every presenter of the server, so the chrome is written once per change.
    let chromeRenderings: ChromeRenderings

    func chrome(_ chrome: SiteChrome, currentSection: String? = nil) -> PageChrome {
        let rendered = chromeRenderings.rendered(chrome, currentSection: currentSection) {
            RenderedChrome(chromeModel(chrome, currentSection: currentSection))
        }
        return PageChrome(rendered: rendered, liveSince: liveSince)
    }

    private func chromeModel(_ chrome: SiteChrome, currentSection: String?) -> ChromeModel {
        ChromeModel(
            siteName: chrome.settings.name,
            tagline: chrome.settings.tagline,
            logo: chrome.settings.logo.map { image($0) },
            navigation: chrome.sections.map {
                LinkModel(text: $0.name, href: $0.path, isCurrent: $0.slug == currentSection)
            },
            breaking: chrome.breaking.map { TickerItem(text: $0.text, href: $0.link) },
            social: chrome.settings.socialLinks.map {
                SocialLinkModel(network: $0.network.rawValue, label: $0.label, href: $0.url)
            },
            copyright: chrome.settings.copyright,
            footerPages: chrome.footerPages.map { LinkModel(text: $0.title, href: $0.path) },
            stylesheetHref: assets.href(for: .stylesheet),
            iconHref: assets.href(for: .icon),
            siteFeeds: feedLinks(title: chrome.settings.name, listPath: "/"),
            liveScriptHref: assets.href(for: .liveScript),
            embedScriptHref: assets.href(for: .embedScript)
        )
    }

    func image(_ asset: MediaAsset) -> ImageModel {
        ImageModel(
            source: asset.source,
            alt: asset.alt,
            caption: asset.caption,
            credit: asset.credit
        )
    }

    func teaser(_ teaser: ArticleTeaser, dates: NewsDateFormatter) -> TeaserModel {
        TeaserModel(
            href: teaser.path,
            kicker: teaser.kicker,
            headline: teaser.headline,
            summary: teaser.summary,
            section: LinkModel(text: teaser.section.name, href: teaser.section.path),
            date: dates.relative(teaser.publishedAt, now: now),
            dateISO: dates.iso8601(teaser.publishedAt),
            image: teaser.heroImage.map { image($0) }
        )
    }

    func articlePage(_ content: ArticlePageContent) -> ArticlePageModel {
        let article = content.article
        let settings = content.chrome.settings
        let dates = NewsDateFormatter.forSite(settings)
        let canonical = publicURL + article.path
        let body: [ArticlePageModel.BodyPart] = article.body.segments.compactMap { segment in
            switch segment {
            case .html(let html): .html(html)
            case .relatedCard(let id): content.relatedCards[id].map { .relatedCard(teaser($0, dates: dates)) }
            }
        }
        let published = article.publishedAt ?? article.updatedAt
        return ArticlePageModel(
            head: PageHead(
                title: (article.seo.title ?? article.headline) + " | " + settings.name,
                description: article.seo.description ?? article.summary,
                canonicalURL: canonical,
                listFeeds: feedLinks(
                    title: article.section.name + " | " + settings.name, listPath: article.section.path),
                article: articleMetadata(article, settings: settings, canonicalURL: canonical, dates: dates)
            ),
            chrome: chrome(content.chrome, currentSection: article.section.slug),
            section: LinkModel(text: article.section.name, href: article.section.path),
            kicker: article.kicker,
            headline: article.headline,
            summary: article.summary,
            hero: article.heroImage.map { image($0) },
            byline: article.authors.map { LinkModel(text: $0.name, href: $0.path) },
            published: dates.dateline(published),
            updated: article.wasUpdatedAfterPublishing ? dates.dateline(article.updatedAt) : nil,
            correction: article.correction.map {
                ArticlePageModel.CorrectionNotice(note: $0.note, when: dates.dateline($0.at))
            },
            body: body,
            relatedNews: content.relatedNews.map { teaser($0, dates: dates) },
            tags: article.tags.map { LinkModel(text: $0.name, href: $0.path) },
            share: ShareLinks.links(url: publicURL + article.shortPath, title: article.headline)
        )
    }

    func homePage(_ content: HomePageContent) -> HomePageModel {
        let settings = content.chrome.settings
        let dates = NewsDateFormatter.forSite(settings)
        let isFirstPage = content.latest.number == 1
        return HomePageModel(
            head: homeHead(settings: settings, canonicalURL: publicURL + pagePath("/", number: content.latest.number)),
            chrome: chrome(content.chrome),
            siteName: settings.name,
            lead: isFirstPage ? content.lead.map { teaser($0, dates: dates) } : nil,
            topStories: isFirstPage ? content.topStories.map { teaser($0, dates: dates) } : [],
            sections: isFirstPage
                ? content.sections.map { block in
                    HomePageModel.SectionBlock(
                        section: LinkModel(text: block.section.name, href: block.section.path),
                        stories: block.stories.map { teaser($0, dates: dates) }
                    )
                } : [],
            latest: content.latest.items.map { teaser($0, dates: dates) },
            latestTitle: isFirstPage
                ? "آخر الأخبار" : "آخر الأخبار — صفحة " + dates.number(content.latest.number),
            pagination: pagination(content.latest, basePath: "/", dates: dates)
        )
    }

    func listingPage<Subject>(
        _ content: ListingPageContent<Subject>,
        label: String?,
        title: String,
        introduction: String?,
        currentSection: String? = nil,
        basePath: String
    ) -> ListingPageModel {
        let settings = content.chrome.settings
        let dates = NewsDateFormatter.forSite(settings)
        let pageNote = content.stories.number > 1 ? " — صفحة " + dates.number(content.stories.number) : ""
        return ListingPageModel(
            head: listingHead(
                title: title + pageNote + " | " + settings.name,
                description: introduction.flatMap { $0.isEmpty ? nil : $0 } ?? "أخبار " + title + " في "
                    + settings.name,
                canonicalURL: publicURL + pagePath(basePath, number: content.stories.number),
                listPath: basePath,
                listTitle: title + " | " + settings.name,
                siteName: settings.name
            ),
            chrome: chrome(content.chrome, currentSection: currentSection),
            label: label,
            title: title,
            introduction: introduction,
            stories: content.stories.items.map { teaser($0, dates: dates) },
            emptyMessage: "لا توجد أخبار منشورة هنا بعد.",
            pagination: pagination(content.stories, basePath: basePath, dates: dates)
        )
    }

    func errorPage(_ chrome: SiteChrome, status: ErrorAnswer) -> ErrorPageModel {
        ErrorPageModel(
            head: PageHead(
                title: status.title + " | " + chrome.settings.name, description: status.message, canonicalURL: nil),
            chrome: self.chrome(chrome),
            title: status.title,
            message: status.message,
            links: [LinkModel(text: "العودة إلى الصفحة الرئيسية", href: "/")]
                + chrome.sections.prefix(6).map { LinkModel(text: "قسم " + $0.name, href: $0.path) }
        )
    }

    /// `?page=N` links: first, last, and two either side of the current page, with gaps.
    func pagination<Item>(_ page: Page<Item>, basePath: String, dates: NewsDateFormatter) -> PaginationModel {
        let count = page.pageCount
        let current = page.number
        var items: [PaginationModel.Item] = []
        var previousShown = 0
        for number in 1...count where number == 1 || number == count || abs(number - current) <= 2 {
            if number - previousShown > 1 { items.append(.gap) }
            items.append(
                .page(
                    label: dates.number(number), href: pagePath(basePath, number: number), isCurrent: number == current)
            )
            previousShown = number
        }
        return PaginationModel(
            previous: current > 1 ? pagePath(basePath, number: current - 1) : nil,
            next: current < count ? pagePath(basePath, number: current + 1) : nil,
            items: items
        )
    }

    /// The list's address for page `number`; `basePath` may already carry a query string.
    func pagePath(_ basePath: String, number: Int) -> String {
        guard number > 1 else { return basePath }
        return basePath + (basePath.contains("?") ? "&" : "?") + "page=" + String(number)
    }
}
