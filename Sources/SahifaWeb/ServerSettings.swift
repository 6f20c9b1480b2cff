import Foundation
import Logging

/// Everything `sahifa serve` can be told, in one value: the CLI fills it from flags, then
/// `SAHIFA_…` environment variables, then these defaults; tests build it directly.
public struct ServerSettings: Sendable {
    public var host: String
    /// 0 lets the system pick a free port (tests).
    public var port: Int
    /// Path of the SQLite database file.
    public var databasePath: String
    /// Folder of stored pictures; by default beside the database, named after it.
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

    public init(
        host: String = "127.0.0.1",
        port: Int = 8080,
        databasePath: String = "sahifa.sqlite",
        mediaFolder: String? = nil,
        publicURL: String? = nil,
        logLevel: Logger.Level = .info,
        newsroom: NewsroomSettings = NewsroomSettings(),
        caching: CachePolicy = CachePolicy(),
        feedText: FeedText = .full
    ) {
        self.host = host
        self.port = port
        self.databasePath = databasePath
        self.mediaFolder = mediaFolder ?? Self.defaultMediaFolder(forDatabase: databasePath)
        self.publicURL = publicURL
        self.logLevel = logLevel
        self.newsroom = newsroom
        self.caching = caching
        self.feedText = feedText
    }

    /// `news.sqlite` keeps its pictures in `news-media/` next to it.
    public static func defaultMediaFolder(forDatabase path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingPathExtension().path + "-media"
    }

    /// The public address without a trailing slash.
    var resolvedPublicURL: String {
        var url = publicURL ?? "http://\(host):\(port)"
        while url.hasSuffix("/") { url.removeLast() }
        return url
    }
}
