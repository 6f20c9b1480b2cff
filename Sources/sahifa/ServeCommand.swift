import ArgumentParser
import Foundation
import Hummingbird
import NIOCore
import NIOPosix
import SahifaStore
import SahifaWeb

/// `sahifa serve`: runs the site until SIGINT or SIGTERM, then stops gracefully.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the news site.",
        discussion: """
            Settings come from flags, then SAHIFA_* environment variables, then defaults.
            The database is migrated on start. With --demo, a database that does not exist yet
            (sahifa-demo.sqlite unless --database says otherwise), or an empty PostgreSQL
            database, is filled with demo content. Several instances can serve one PostgreSQL
            database: they tell each other of every change. /metrics answers the addresses
            --metrics-from lists, and anyone sending SAHIFA_METRICS_TOKEN (an environment
            variable only, so it never shows in the list of processes) as a bearer token.
            """
    )

    @Option(help: ArgumentHelp("Address to listen on (default 127.0.0.1). Env: SAHIFA_HOST.", valueName: "host"))
    var host: String?

    @Option(help: ArgumentHelp("Port to listen on (default 8080). Env: SAHIFA_PORT.", valueName: "port"))
    var port: Int?

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("read-replica"),
        help: ArgumentHelp(
            "PostgreSQL only: a read replica's address, used by reader pages and search. Env: SAHIFA_READ_REPLICA.",
            valueName: "url"
        )
    )
    var readReplica: String?

    @Option(
        name: .customLong("public-url"),
        help: ArgumentHelp(
            "Address readers use, for canonical and share links (default http://HOST:PORT). Env: SAHIFA_PUBLIC_URL.",
            valueName: "url"
        )
    )
    var publicURL: String?

    @Option(
        name: .customLong("log-level"),
        help: "trace, debug, info, notice, warning, error or critical (default info). Env: SAHIFA_LOG_LEVEL.")
    var logLevel: LogLevelOption?

    @Flag(help: "Serve the demo site, creating its database with demo content if it does not exist.")
    var demo = false

    @Flag(
        name: .customLong("secure-cookies"),
        help:
            "Mark sign-in cookies Secure; use it whenever the site is reached over HTTPS. Env: SAHIFA_SECURE_COOKIES=1."
    )
    var secureCookies = false

    @Option(
        name: .customLong("upload-limit-mb"),
        help: ArgumentHelp(
            "Largest picture upload in megabytes (default 10). Env: SAHIFA_UPLOAD_LIMIT_MB.", valueName: "mb")
    )
    var uploadLimitMB: Int?

    @Option(
        name: .customLong("picture-limit-megapixels"),
        help: ArgumentHelp(
            "Most megapixels a picture may have (default 100). Env: SAHIFA_PICTURE_LIMIT_MEGAPIXELS.", valueName: "n")
    )
    var pictureLimitMegapixels: Int?

    @Option(
        name: .customLong("metrics-from"),
        help: ArgumentHelp(
            "Addresses that may read /metrics, comma-separated (default this machine). Env: SAHIFA_METRICS_FROM.",
            valueName: "addresses")
    )
    var metricsFrom: String?

    @OptionGroup(title: "Caching and feeds") var caching: CachingOptions

    @OptionGroup(title: "Slow clients and connections") var connections: ConnectionOptions

    @OptionGroup(title: "Proxies and rate limits") var rateLimits: RateLimitOptions

    @OptionGroup(title: "Scheduled backups of a PostgreSQL database") var postgres: PostgresProgramOptions

    private var resolvedUploadLimitMB: Int? {
        get throws {
            try Environment.number(
                uploadLimitMB, variable: "SAHIFA_UPLOAD_LIMIT_MB", option: "--upload-limit-mb", in: 1...1024)
        }
    }

    /// The token is read from the environment only, so it never shows in the list of processes.
    private var metricsAccess: MetricsAccess {
        let listed = (metricsFrom ?? Environment.value("SAHIFA_METRICS_FROM")).map {
            Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        return MetricsAccess(
            addresses: listed ?? MetricsAccess.thisMachine, token: Environment.value("SAHIFA_METRICS_TOKEN"))
    }

    private var resolvedPictureLimit: Int? {
        get throws {
            try Environment.number(
                pictureLimitMegapixels, variable: "SAHIFA_PICTURE_LIMIT_MEGAPIXELS",
                option: "--picture-limit-megapixels",
                in: 1...1000)
        }
    }

    func validate() throws {
        _ = try resolvedPort
        _ = try resolvedUploadLimitMB
        _ = try resolvedPictureLimit
        if logLevel == nil, let text = Environment.value("SAHIFA_LOG_LEVEL"), LogLevelOption(argument: text) == nil {
            throw ValidationError(
                "SAHIFA_LOG_LEVEL must be one of \(LogLevelOption.allValueStrings.joined(separator: ", "))")
        }
    }

    private var resolvedPort: Int? {
        get throws { try Environment.number(port, variable: "SAHIFA_PORT", option: "--port", in: 0...65535) }
    }

    func run() async throws {
        // Swift tasks run on the server's event loops rather than on a pool of their own: a
        // request is read, answered and written on one thread, in the order it came, instead
        // of waiting in a second queue and time-sharing two cores with the loops. Search's
        // 95th percentile at 16 clients halved with it (docs/PERFORMANCE.md). Work that would
        // hold a loop for long (password hashing, reading media files) already runs on
        // NIO's thread pool.
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        MemoryAllocatorTuning.keepFreedMemoryForReuse()
        let location = store.location(
            fallback: demo ? "sahifa-demo.sqlite" : "sahifa.sqlite",
            readReplica: readReplica ?? Environment.value("SAHIFA_READ_REPLICA")
        )
        let settings = ServerSettings(
            host: host ?? Environment.value("SAHIFA_HOST") ?? "127.0.0.1",
            port: try resolvedPort ?? 8080,
            store: location,
            mediaFolder: store.mediaFolder,
            publicURL: publicURL ?? Environment.value("SAHIFA_PUBLIC_URL"),
            logLevel: logLevel?.level ?? Environment.value("SAHIFA_LOG_LEVEL").flatMap(LogLevelOption.init)?.level
                ?? .info,
            newsroom: NewsroomSettings(
                secureCookies: secureCookies || Environment.value("SAHIFA_SECURE_COOKIES") == "1",
                uploadLimit: (try resolvedUploadLimitMB ?? 10) * 1024 * 1024,
                pictureMaxPixels: try resolvedPictureLimit.map { $0 * 1_000_000 } ?? PictureUpload.defaultMaxPixels
            ),
            caching: try caching.policy(),
            feedText: caching.resolvedFeedText,
            metrics: metricsAccess,
            backupPrograms: postgres.programs,
            connections: try connections.limits(openFiles: OpenFileLimit.raiseToHardLimit()),
            trustedProxies: rateLimits.proxies,
            rateLimits: try rateLimits.limits()
        )
        do {
            if demo && (location.isPostgres || !FileManager.default.fileExists(atPath: location.database)) {
                do {
                    let summary = try await DemoSite.install(into: location, mediaFolder: settings.mediaFolder)
                    print(
                        "Created the demo site in \(location): \(summary.articles) articles in \(summary.sections) sections."
                    )
                } catch DemoError.databaseNotEmpty {
                    // A PostgreSQL database that already has a site is served as it is.
                }
            }
            let app = try await buildApplication(settings: settings)
            try await app.runService()
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        } catch let error as IOError where error.errnoCode == EADDRINUSE {
            throw CommandFailure(
                "port \(settings.port) on \(settings.host) is already in use; choose another with --port")
        } catch let error as IOError where error.errnoCode == EACCES {
            throw CommandFailure("not allowed to listen on \(settings.host):\(settings.port); use a port above 1023")
        }
    }
}
