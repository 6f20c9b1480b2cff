import Foundation
import SahifaCore

/// What a page tells machines about itself: feed autodiscovery, OpenGraph and Twitter cards
/// for link previews, and schema.org JSON-LD for search engines. Dates are ISO 8601 with the
/// site's offset; every URL is absolute.
extension ReaderPresenter {
    /// A list's RSS, Atom and JSON feeds, for `<link rel="alternate">`.
    func feedLinks(title: String, listPath: String) -> [FeedLink] {
        [(FeedFormat.rss, "RSS"), (.atom, "Atom"), (.json, "JSON Feed")].map { format, name in
            FeedLink(title: title + " (" + name + ")", type: format.linkType, href: publicURL + format.path(forList: listPath))
        }
    }

    func articleSocialMeta(_ article: Article, settings: SiteSettings, canonicalURL: String, dates: NewsDateFormatter)
        -> [SocialMeta]
    {
        let title = article.seo.title ?? article.headline
        let description = article.seo.description ?? article.summary
        var meta: [SocialMeta] = [
            .og("og:type", "article"),
            .og("og:site_name", settings.name),
            .og("og:locale", "ar_AR"),
            .og("og:url", canonicalURL),
            .og("og:title", title),
            .og("og:description", description),
        ]
        if let hero = article.heroImage {
            meta += [
                .og("og:image", publicURL + hero.path),
                .og("og:image:type", hero.kind.contentType),
                .og("og:image:width", String(hero.width)),
                .og("og:image:height", String(hero.height)),
                .og("og:image:alt", hero.alt),
            ]
        }
        meta.append(.og("article:published_time", dates.iso8601(article.publishedAt ?? article.updatedAt)))
        meta.append(.og("article:modified_time", dates.iso8601(article.updatedAt)))
        meta.append(.og("article:section", article.section.name))
        meta += article.tags.map { .og("article:tag", $0.name) }
        meta += article.authors.map { .og("article:author", publicURL + $0.path) }
        meta += [
            .twitter("twitter:card", article.heroImage == nil ? "summary" : "summary_large_image"),
            .twitter("twitter:title", title),
            .twitter("twitter:description", description),
        ]
        if let hero = article.heroImage {
            meta += [.twitter("twitter:image", publicURL + hero.path), .twitter("twitter:image:alt", hero.alt)]
        }
        return meta
    }

    /// NewsArticle and its BreadcrumbList (home, section, article).
    func articleStructuredData(_ article: Article, settings: SiteSettings, canonicalURL: String, dates: NewsDateFormatter)
        -> [JSONLD]
    {
        var newsArticle: JSONValue = [
            "@type": "NewsArticle",
            "headline": .string(article.headline),
            "description": .string(article.seo.description ?? article.summary),
            "datePublished": .string(dates.iso8601(article.publishedAt ?? article.updatedAt)),
            "dateModified": .string(dates.iso8601(article.updatedAt)),
            "author": .array(article.authors.map { ["@type": "Person", "name": .string($0.name), "url": .string(publicURL + $0.path)] }),
            "publisher": publisher(settings),
            "articleSection": .string(article.section.name),
            "keywords": .array(article.tags.map { .string($0.name) }),
            "inLanguage": "ar",
            "url": .string(canonicalURL),
            "mainEntityOfPage": ["@type": "WebPage", "@id": .string(canonicalURL)],
        ]
        if let kicker = article.kicker { newsArticle = newsArticle.adding("alternativeHeadline", .string(kicker)) }
        if let hero = article.heroImage {
            var image: JSONValue = [
                "@type": "ImageObject", "url": .string(publicURL + hero.path), "contentUrl": .string(publicURL + hero.path),
                "width": .int(hero.width), "height": .int(hero.height),
            ]
            if !hero.caption.isEmpty { image = image.adding("caption", .string(hero.caption)) }
            if !hero.credit.isEmpty { image = image.adding("creditText", .string(hero.credit)) }
            newsArticle = newsArticle.adding("image", image)
        }
        let crumbs: [(String, String)] = [
            (settings.name, publicURL + "/"), (article.section.name, publicURL + article.section.path), (article.headline, canonicalURL),
        ]
        let breadcrumbs: JSONValue = [
            "@type": "BreadcrumbList",
            "itemListElement": .array(
                crumbs.enumerated().map { index, crumb in
                    ["@type": "ListItem", "position": .int(index + 1), "name": .string(crumb.0), "item": .string(crumb.1)]
                }
            ),
        ]
        return [JSONLD(newsArticle), JSONLD(breadcrumbs)]
    }

    /// The home page: a website card and WebSite with its search box for search engines.
    func homeHead(settings: SiteSettings, canonicalURL: String) -> PageHead {
        let title = settings.tagline.isEmpty ? settings.name : settings.name + " | " + settings.tagline
        let description = settings.tagline.isEmpty ? settings.name : settings.tagline
        let website: JSONValue = [
            "@type": "WebSite",
            "name": .string(settings.name),
            "url": .string(publicURL + "/"),
            "inLanguage": "ar",
            "publisher": publisher(settings),
            "potentialAction": [
                "@type": "SearchAction",
                "target": ["@type": "EntryPoint", "urlTemplate": .string(publicURL + "/search?q={search_term_string}")],
                "query-input": "required name=search_term_string",
            ],
        ]
        return PageHead(
            title: title,
            description: description,
            canonicalURL: canonicalURL,
            socialMeta: websiteSocialMeta(title: title, description: description, url: canonicalURL, settings: settings),
            structuredData: [JSONLD(website)]
        )
    }

    /// A section, tag or author page, with its own feeds.
    func listingHead(
        title: String, description: String, canonicalURL: String, listPath: String, listTitle: String, siteName: String
    ) -> PageHead {
        PageHead(
            title: title,
            description: description,
            canonicalURL: canonicalURL,
            listFeeds: feedLinks(title: listTitle, listPath: listPath),
            socialMeta: [
                .og("og:type", "website"), .og("og:site_name", siteName), .og("og:locale", "ar_AR"), .og("og:url", canonicalURL),
                .og("og:title", title), .og("og:description", description), .twitter("twitter:card", "summary"),
            ]
        )
    }

    private func websiteSocialMeta(title: String, description: String, url: String, settings: SiteSettings) -> [SocialMeta] {
        var meta: [SocialMeta] = [
            .og("og:type", "website"), .og("og:site_name", settings.name), .og("og:locale", "ar_AR"), .og("og:url", url),
            .og("og:title", title), .og("og:description", description),
        ]
        if let logo = settings.logo {
            meta += [
                .og("og:image", publicURL + logo.path), .og("og:image:width", String(logo.width)),
                .og("og:image:height", String(logo.height)),
            ]
        }
        meta.append(.twitter("twitter:card", "summary"))
        return meta
    }

    /// The newsroom as publisher, with its logo (the site icon when none is set).
    private func publisher(_ settings: SiteSettings) -> JSONValue {
        var logo: JSONValue = ["@type": "ImageObject", "url": .string(publicURL + assets.href(for: .icon))]
        if let picture = settings.logo {
            logo = [
                "@type": "ImageObject", "url": .string(publicURL + picture.path), "width": .int(picture.width),
                "height": .int(picture.height),
            ]
        }
        return ["@type": "NewsMediaOrganization", "name": .string(settings.name), "url": .string(publicURL + "/"), "logo": logo]
    }
}
