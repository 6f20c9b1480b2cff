import Foundation
import Logging
import SahifaStorage
import SahifaStore

/// Everything `sahifa serve` can be told, in one value: the CLI fills it from flags, then
/// `SAHIFA_…` environment variables, then these defaults; tests build it directly.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 lets the system pick a free port (tests).
    public var port: Int
    /// The SQLite file or PostgreSQL server, with its read replica and pool size.
    public var store: StoreLocation
    /// Folder of stored pictures; by default beside a SQLite database, named after it.
    public var mediaFolder: String
    /// The address readers use, for canonical and share links; by default `http://host:port`.
    public var publicURL: String?
    public var logLevel: Logger.Level
    /// Sign-in cookies, session length and password hashing.
    public var newsroom: NewsroomSettings
    /// Cache lifetimes of pages and feeds, the page cache's memory, the CDN purge hook.
    public var caching: CachePolicy
    /// Whether feed items carry the whole article or only its summary.
    public var feedText: FeedText
    /// Who may read `/metrics`.
    public var metrics: MetricsAccess
    /// `pg_dump` and `pg_restore` for the scheduled backups of a PostgreSQL database.
    public var backupPrograms: BackupPrograms
    /// Timeouts for slow and idle clients, and the most connections at once.
    public var connections: ConnectionLimits
    /// Whose `X-Forwarded-For` names the client.
    public var trustedProxies: TrustedProxies
    /// Requests a minute API v1 and search take from one caller.
    public var rateLimits: RateLimits
    /// The first-run form's code on a site with no account; nil makes a random one, which
    /// is what `sahifa serve` does (tests give their own).
    public var setupCode: String?

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        store: StoreLocation = StoreLocation("sahifa.sqlite"),
        mediaFolder: String? = nil,
        publicURL: String? = nil,
        logLevel: Logger.Level = .info,
        newsroom: NewsroomSettings = NewsroomSettings(),
        caching: CachePolicy = CachePolicy(),
        feedText: FeedText = .full,
        metrics: MetricsAccess = MetricsAccess(),
        backupPrograms: BackupPrograms = BackupPrograms(),
        connections: ConnectionLimits = ConnectionLimits(),
        trustedProxies: TrustedProxies = TrustedProxies(),
        rateLimits: RateLimits = RateLimits(),
        setupCode: String? = nil
    ) {
        self.host = host
        self.port = port
        self.store = store
        self.mediaFolder = mediaFolder ?? Self.defaultMediaFolder(for: store)
        self.publicURL = publicURL
        self.logLevel = logLevel
        self.newsroom = newsroom
        self.caching = caching
        self.feedText = feedText
        self.metrics = metrics
        self.backupPrograms = backupPrograms
        self.connections = connections
        self.trustedProxies = trustedProxies
        self.rateLimits = rateLimits
        self.setupCode = setupCode
    }

    /// `news.sqlite` keeps its pictures in `news-media/` next to it; with PostgreSQL they go
    /// in `sahifa-media/` in the working folder (instances that share a database must share
    /// this folder too, e.g. over NFS, until media moves to object storage).
    public static func defaultMediaFolder(for store: StoreLocation) -> String {
        if store.isPostgres { return "sahifa-media" }
        return URL(fileURLWithPath: store.database).deletingPathExtension().path + "-media"
    }

    /// The public address without a trailing slash.
    var resolvedPublicURL: String {
        var url = publicURL ?? "http://\(host):\(port)"
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
