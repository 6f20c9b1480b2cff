import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/metrics`: the page cache's counters, live readers and the last backups in Prometheus' text format, for
/// dashboards, alerts (no successful backup for a day) and the benchmarks that count renders; only for those
/// `access` lets in.
struct MetricsController {
    let cache: PageCache
    let live: LiveNews
    let connections: OpenConnections
    let access: MetricsAccess
    let store: any BackupStore

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("metrics", use: metrics)
    }

    @Sendable func metrics(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard access.allows(request.headers, from: context.clientAddress) else { throw ReaderError.notFound }
        let statistics = cache.statistics
        let lines =
            [
                ("sahifa_page_renders_total", "counter", "Pages rendered for the page cache.", statistics.renders),
                (
                    "sahifa_page_cache_hits_total", "counter", "Requests answered with a fresh cached page.",
                    statistics.hits
                ),
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
                ("sahifa_open_connections", "gauge", "Client connections open now.", connections.current),
                ("sahifa_max_connections", "gauge", "The most client connections taken at once.", connections.limit),
            ] + (try await backupLines())
        let text = lines.map { name, type, help, value in
            "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n\(name) \(value)\n"
        }.joined()
        return Response(
            status: .ok,
            headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8", .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text))
        )
    }

    /// The newest finished backup and the newest successful one; 0 where there is none.
    private func backupLines() async throws -> [(String, String, String, Int)] {
        let runs = try await store.backupRuns(limit: 100)
        let finished = runs.first { $0.outcome != .running }
        let succeeded = runs.first { $0.outcome == .succeeded }
        func seconds(_ date: Date?) -> Int { Int(date?.timeIntervalSince1970 ?? 0) }
        return [
            (
                "sahifa_backup_scheduled", "gauge", "1 when an admin has scheduled daily backups.",
                try await store.backupSchedule() == nil ? 0 : 1
            ),
            (
                "sahifa_backup_last_run_timestamp_seconds", "gauge", "When the newest finished backup ended.",
                seconds(finished?.finishedAt)
            ),
            (
                "sahifa_backup_last_run_succeeded", "gauge", "1 when the newest finished backup succeeded.",
                finished?.outcome == .succeeded ? 1 : 0
            ),
            (
                "sahifa_backup_last_success_timestamp_seconds", "gauge", "When the newest successful backup ended.",
                seconds(succeeded?.finishedAt)
            ),
            (
                "sahifa_backup_last_success_bytes", "gauge", "Bytes of the newest successful backup.",
                Int(succeeded?.bytes ?? 0)
            ),
        ]
    }
}
