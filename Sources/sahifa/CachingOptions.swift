import ArgumentParser
import Foundation
import SahifaWeb

/// `sahifa serve`'s options for caching and distribution: how long browsers and CDNs may keep
/// pages, how much memory the page cache may use, where to send CDN purges, and whether feeds
/// carry whole articles.
struct CachingOptions: ParsableArguments {
    @Option(
        name: .customLong("page-max-age"),
        help: ArgumentHelp("Seconds browsers may keep a page (default 30).", valueName: "s"))
    var maxAge: Int?

    @Option(
        name: .customLong("page-shared-max-age"),
        help: ArgumentHelp("Seconds a CDN may keep a page; purges end it sooner (default 300).", valueName: "s")
    )
    var sharedMaxAge: Int?

    @Option(
        name: .customLong("page-stale-while-revalidate"),
        help: ArgumentHelp("Seconds an old page may be served while a new one is made (default 30).", valueName: "s")
    )
    var staleWhileRevalidate: Int?

    @Option(
        name: .customLong("page-stale-if-error"),
        help: ArgumentHelp("Seconds an old page may be served when the database fails (default 86400).", valueName: "s")
    )
    var staleIfError: Int?

    @Option(
        name: .customLong("page-cache-mb"),
        help: ArgumentHelp(
            "Memory for rendered pages in megabytes; 0 turns the cache off (default 64). Env: SAHIFA_PAGE_CACHE_MB.",
            valueName: "mb")
    )
    var pageCacheMB: Int?

    @Option(
        name: .customLong("cdn-purge-url"),
        help: ArgumentHelp(
            "POST each change's surrogate keys here (Surrogate-Key header and JSON body). Env: SAHIFA_CDN_PURGE_URL.",
            valueName: "url"
        )
    )
    var purgeURL: String?

    @Option(
        name: .customLong("feed-text"),
        help: "Feed items carry the full article or only its summary (default full). Env: SAHIFA_FEED_TEXT.")
    var feedText: FeedText?

    private var resolvedPageCacheMB: Int? {
        get throws {
            try Environment.number(
                pageCacheMB, variable: "SAHIFA_PAGE_CACHE_MB", option: "--page-cache-mb", in: 0...65_536)
        }
    }

    private var resolvedPurgeURL: String? {
        purgeURL ?? Environment.value("SAHIFA_CDN_PURGE_URL")
    }

    var resolvedFeedText: FeedText {
        feedText ?? Environment.value("SAHIFA_FEED_TEXT").flatMap(FeedText.init(rawValue:)) ?? .full
    }

    func validate() throws {
        for (name, value) in [
            ("--page-max-age", maxAge), ("--page-shared-max-age", sharedMaxAge),
            ("--page-stale-while-revalidate", staleWhileRevalidate), ("--page-stale-if-error", staleIfError),
        ] {
            if let value, !(0...31_536_000).contains(value) {
                throw ValidationError("\(name) must be between 0 and 31536000 seconds")
            }
        }
        _ = try resolvedPageCacheMB
        if let url = resolvedPurgeURL,
            URL(string: url)?.scheme.map({ ["http", "https"].contains($0) }) != true || URL(string: url)?.host == nil
        {
            throw ValidationError("--cdn-purge-url must be an http:// or https:// address, not \"\(url)\"")
        }
        if feedText == nil, let text = Environment.value("SAHIFA_FEED_TEXT"), FeedText(rawValue: text) == nil {
            throw ValidationError("SAHIFA_FEED_TEXT must be full or summary, not \"\(text)\"")
        }
    }

    /// The policy the options describe; `validate()` has refused any setting that throws here.
    func policy() throws -> CachePolicy {
        let defaults = CachePolicy()
        return CachePolicy(
            maxAge: maxAge ?? defaults.maxAge,
            sharedMaxAge: sharedMaxAge ?? defaults.sharedMaxAge,
            staleWhileRevalidate: staleWhileRevalidate ?? defaults.staleWhileRevalidate,
            staleIfError: staleIfError ?? defaults.staleIfError,
            memoryLimit: try resolvedPageCacheMB.map { $0 * 1024 * 1024 } ?? defaults.memoryLimit,
            purgeURL: resolvedPurgeURL
        )
    }
}

extension FeedText: ExpressibleByArgument {}
