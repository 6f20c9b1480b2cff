import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/sitemap.xml` (an index of monthly article sitemaps, the sections with the footer's static
/// pages, and the tags),
/// `/news-sitemap.xml` (the last two days, in Google's news format) and `/robots.txt`
/// naming both. Cached like pages until an article is published, edited or taken down.
struct SitemapController {
    let store: any ReaderStore
    let publicURL: String
    let pages: ReaderPages
    /// How far back the news sitemap reaches, as the news-sitemap format asks.
    let newsWindow: TimeInterval = 2 * 86_400
    private let xml = "application/xml; charset=utf-8"

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("sitemap.xml", use: index)
        router.get("news-sitemap.xml", use: news)
        router.get("sitemaps/:file", use: part)
        router.get("robots.txt", use: robots)
    }

    @Sendable func index(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await pages.respond(to: request) {
            let dates = try await siteDates()
            let months = try await store.archiveMonths()
            let parts =
                [("sections.xml", months.first?.lastModified), ("tags.xml", months.first?.lastModified)]
                + months.map { (Self.monthFile($0.year, $0.month), $0.lastModified) }
            return pages.page(
                SitemapXML.index(parts.map { (publicURL + "/sitemaps/" + $0.0, $0.1) }, dates: dates),
                contentType: xml,
                dependencies: [.archive, .site]
            )
        }
    }

    @Sendable func part(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let file = try context.pathSegment("file")
        return try await pages.respond(to: request) {
            let chrome = try await store.siteChrome(at: Date())
            let dates = NewsDateFormatter.forSite(chrome.settings)
            switch file {
            case "sections.xml":
                return pages.page(
                    SitemapXML.urls(
                        (chrome.sections.map(\.path) + chrome.footerPages.map(\.path)).map { (publicURL + $0, nil) },
                        dates: dates),
                    contentType: xml,
                    dependencies: [.site]
                )
            case "tags.xml":
                let tags = try await store.tagsInUse()
                return pages.page(
                    SitemapXML.urls(tags.map { (publicURL + $0.path, nil) }, dates: dates),
                    contentType: xml,
                    dependencies: [.archive, .site]
                )
            default:
                guard let (year, month) = Self.month(inFile: file) else { throw ReaderError.notFound }
                let entries = try await store.archive(year: year, month: month)
                if entries.isEmpty { throw ReaderError.notFound }
                return pages.page(
                    SitemapXML.urls(entries.map { (publicURL + $0.path, $0.updatedAt) }, dates: dates),
                    contentType: xml,
                    dependencies: [.archive, .site]
                )
            }
        }
    }

    @Sendable func news(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await pages.respond(to: request) {
            let now = Date()
            let settings = try await store.siteChrome(at: now).settings
            let entries = try await store.archive(publishedSince: now.addingTimeInterval(-newsWindow))
            return pages.page(
                SitemapXML.news(
                    entries.map { (publicURL + $0.path, $0.headline, $0.publishedAt) }, publication: settings.name,
                    dates: NewsDateFormatter.forSite(settings)
                ),
                contentType: xml,
                dependencies: [.archive, .site]
            )
        }
    }

    @Sendable func robots(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let text = """
            User-agent: *
            Disallow: /newsroom
            Disallow: /api/
            Disallow: /search

            Sitemap: \(publicURL)/sitemap.xml
            Sitemap: \(publicURL)/news-sitemap.xml

            """
        return try await pages.respond(to: request) {
            pages.page(Array(text.utf8), contentType: "text/plain; charset=utf-8", dependencies: [])
        }
    }

    /// Sitemap dates are written in the site's clock, like every other date it publishes.
    private func siteDates() async throws -> NewsDateFormatter {
        NewsDateFormatter.forSite(try await store.siteChrome(at: Date()).settings)
    }

    static func monthFile(_ year: Int, _ month: Int) -> String {
        "articles-\(year)-\(month < 10 ? "0" : "")\(month).xml"
    }

    /// `articles-2026-11.xml` → (2026, 11).
    static func month(inFile file: String) -> (Int, Int)? {
        let parts = file.split(separator: "-")
        guard parts.count == 3, parts[0] == "articles", parts[2].hasSuffix(".xml"), let year = Int(parts[1]),
            let month = Int(parts[2].dropLast(4)), (1...12).contains(month), file == monthFile(year, month)
        else { return nil }
        return (year, month)
    }
}
