import Hummingbird

/// `/metrics`: the page cache's counters and live readers in Prometheus' text format, for dashboards and for
/// the benchmarks that count renders; only for those `access` lets in.
struct MetricsController {
    let cache: PageCache
    let live: LiveNews
    let access: MetricsAccess

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("metrics", use: metrics)
    }

    @Sendable func metrics(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard access.allows(request.headers, from: context.remoteAddress) else { throw ReaderError.notFound }
        let statistics = cache.statistics
        let lines = [
            ("sahifa_page_renders_total", "counter", "Pages rendered for the page cache.", statistics.renders),
            ("sahifa_page_cache_hits_total", "counter", "Requests answered with a fresh cached page.", statistics.hits),
            (
                "sahifa_page_cache_stale_hits_total", "counter",
                "Requests answered with a stale page while it was redone.", statistics.staleHits
            ),
            (
                "sahifa_page_cache_shared_renders_total", "counter",
                "Requests that waited for another request's render.", statistics.sharedRenders
            ),
            (
                "sahifa_page_cache_invalidated_total", "counter", "Pages dropped because a write changed them.",
                statistics.invalidatedPages
            ),
            (
                "sahifa_page_cache_evicted_total", "counter", "Pages dropped to stay within the memory limit.",
                statistics.evictedPages
            ),
            ("sahifa_page_cache_pages", "gauge", "Pages in the cache.", statistics.pages),
            ("sahifa_page_cache_bytes", "gauge", "Bytes of pages in the cache.", statistics.bytes),
            ("sahifa_live_readers", "gauge", "Readers connected to /live.", live.listenerCount),
        ]
        let text = lines.map { name, type, help, value in
            "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }.joined()
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }
}
