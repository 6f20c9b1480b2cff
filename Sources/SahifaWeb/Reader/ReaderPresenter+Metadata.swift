import Foundation
import SahifaCore

/// What a page tells machines about itself: feed autodiscovery, OpenGraph and Twitter cards
/// for link previews, and schema.org JSON-LD for search engines. Dates are ISO 8601 with the
/// site's offset; every URL is absolute.
extension ReaderPresenter {
    /// A list's RSS, Atom and JSON feeds, for `<link rel="alternate">`.
    func feedLinks(title: String, listPath: String) -> [FeedLink] {
        [(FeedFormat.rss, "RSS"), (.atom, "Atom"), (.json, "JSON Feed")].map { format, name in
            FeedLink(
                title: title + " (" + name + ")", type: format.linkType,
                href: publicURL + format.path(forList: listPath))
        }
    }

    func articleMetadata(_ article: Article, settings: SiteSettings, canonicalURL: String, dates: NewsDateFormatter)
        -> ArticleMetadata
    {
        ArticleMetadata(
            siteName: settings.name,
            homeURL: publicURL + "/",
            canonicalURL: canonicalURL,
            title: article.seo.title ?? article.headline,
            headline: article.headline,
            kicker: article.kicker,
            description: article.seo.description ?? article.summary,
            picture: article.heroImage.map { hero in
                ArticleMetadata.Picture(
                    card: image(hero.source.socialCard), shapes: hero.source.searchEngineFiles.map(image),
                    alt: hero.alt, caption: hero.caption, credit: hero.credit
                )
            },
            published: dates.iso8601(article.publishedAt ?? article.updatedAt),
            modified: dates.iso8601(article.updatedAt),
            sectionName: article.section.name,
            sectionURL: publicURL + article.section.path,
            tags: article.tags.map(\.name),
            authors: article.authors.map { ArticleMetadata.Person(name: $0.name, url: publicURL + $0.path) },
            logoURL: publicURL + (settings.logo?.path ?? assets.href(for: .icon)),
            logoSize: settings.logo.map { ArticleMetadata.Size(width: $0.width, height: $0.height) }
        )
    }

    private func image(_ file: PictureSource.File) -> ArticleMetadata.Image {
        ArticleMetadata.Image(
            url: publicURL + file.path, contentType: file.mediaType, width: file.width, height: file.height)
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
                "target": [
                    "@type": "EntryPoint", "urlTemplate": .string(publicURL + "/search?q={search_term_string}"),
                ],
                "query-input": "required name=search_term_string",
            ],
        ]
        return PageHead(
            title: title,
            description: description,
            canonicalURL: canonicalURL,
            socialMeta: websiteSocialMeta(
                title: title, description: description, url: canonicalURL, settings: settings),
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
                .og("og:type", "website"), .og("og:site_name", siteName), .og("og:locale", "ar_AR"),
                .og("og:url", canonicalURL),
                .og("og:title", title), .og("og:description", description), .twitter("twitter:card", "summary"),
            ]
        )
    }

    private func websiteSocialMeta(title: String, description: String, url: String, settings: SiteSettings)
        -> [SocialMeta]
    {
        var meta: [SocialMeta] = [
            .og("og:type", "website"), .og("og:site_name", settings.name), .og("og:locale", "ar_AR"),
            .og("og:url", url),
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
        return [
            "@type": "NewsMediaOrganization", "name": .string(settings.name), "url": .string(publicURL + "/"),
            "logo": logo,
        ]
    }
}
