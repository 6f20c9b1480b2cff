/// How long readers' browsers, CDNs and Sahifa's own page cache may keep a page.
///
/// Sahifa drops a cached page the moment a write changes what it shows, and can tell a CDN
/// to do the same (`purgeURL`); the times here bound how stale a page can be where no purge
/// reaches (browsers) and how old its relative times ("منذ ٥ دقائق") may get.
public struct CachePolicy: Sendable {
    /// `max-age`: browsers, and Sahifa's own cache before it renders the page again.
    public var maxAge: Int
    /// `s-maxage`: shared caches (CDNs), which Sahifa can purge.
    public var sharedMaxAge: Int
    /// `stale-while-revalidate`: a page this much older may be served while a fresh one is made.
    public var staleWhileRevalidate: Int
    /// `stale-if-error`: a page this much older may be served when the store cannot answer.
    public var staleIfError: Int
    /// Bytes of pages Sahifa keeps in memory; 0 turns its page cache off.
    public var memoryLimit: Int
    /// Where to POST the surrogate keys of every change, e.g. a CDN's purge endpoint.
    public var purgeURL: String?

    public init(
        maxAge: Int = 30,
        sharedMaxAge: Int = 300,
        staleWhileRevalidate: Int = 30,
        staleIfError: Int = 86_400,
        memoryLimit: Int = 64 * 1024 * 1024,
        purgeURL: String? = nil
    ) {
        self.maxAge = maxAge
        self.sharedMaxAge = sharedMaxAge
        self.staleWhileRevalidate = staleWhileRevalidate
        self.staleIfError = staleIfError
        self.memoryLimit = memoryLimit
        self.purgeURL = purgeURL
    }

    /// The `Cache-Control` value of reader pages and feeds.
    var pageCacheControl: String {
        "public, max-age=\(maxAge), s-maxage=\(sharedMaxAge), stale-while-revalidate=\(staleWhileRevalidate), "
            + "stale-if-error=\(staleIfError)"
    }
}
