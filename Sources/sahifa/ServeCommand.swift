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
            database: they tell each other of every change.
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

    @OptionGroup(title: "Caching and feeds") var caching: CachingOptions

    private var resolvedUploadLimitMB: Int? {
        uploadLimitMB ?? Environment.value("SAHIFA_UPLOAD_LIMIT_MB").flatMap(Int.init)
    }

    private var resolvedPictureLimit: Int? {
        pictureLimitMegapixels ?? Environment.value("SAHIFA_PICTURE_LIMIT_MEGAPIXELS").flatMap(Int.init)
    }

    func validate() throws {
        if let port = resolvedPort, !(0...65535).contains(port) {
            throw ValidationError("--port must be between 0 and 65535")
        }
        if port == nil, let text = Environment.value("SAHIFA_PORT"), Int(text) == nil {
            throw ValidationError("SAHIFA_PORT must be a number, not \"\(text)\"")
        }
        if let limit = resolvedUploadLimitMB, !(1...1024).contains(limit) {
            throw ValidationError("--upload-limit-mb must be between 1 and 1024")
        }
        if uploadLimitMB == nil, let text = Environment.value("SAHIFA_UPLOAD_LIMIT_MB"), Int(text) == nil {
            throw ValidationError("SAHIFA_UPLOAD_LIMIT_MB must be a number, not \"\(text)\"")
        }
        if let limit = resolvedPictureLimit, !(1...1000).contains(limit) {
            throw ValidationError("--picture-limit-megapixels must be between 1 and 1000")
        }
        if pictureLimitMegapixels == nil, let text = Environment.value("SAHIFA_PICTURE_LIMIT_MEGAPIXELS"),
            Int(text) == nil
        {
            throw ValidationError("SAHIFA_PICTURE_LIMIT_MEGAPIXELS must be a number, not \"\(text)\"")
        }
        if logLevel == nil, let text = Environment.value("SAHIFA_LOG_LEVEL"), LogLevelOption(argument: text) == nil {
            throw ValidationError(
                "SAHIFA_LOG_LEVEL must be one of \(LogLevelOption.allValueStrings.joined(separator: ", "))")
        }
    }

    private var resolvedPort: Int? {
        port ?? Environment.value("SAHIFA_PORT").flatMap(Int.init)
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
            port: resolvedPort ?? 8080,
            store: location,
            mediaFolder: store.mediaFolder,
            publicURL: publicURL ?? Environment.value("SAHIFA_PUBLIC_URL"),
            logLevel: logLevel?.level ?? Environment.value("SAHIFA_LOG_LEVEL").flatMap(LogLevelOption.init)?.level
                ?? .info,
            newsroom: NewsroomSettings(
                secureCookies: secureCookies || Environment.value("SAHIFA_SECURE_COOKIES") == "1",
                uploadLimit: (resolvedUploadLimitMB ?? 10) * 1024 * 1024,
                pictureMaxPixels: resolvedPictureLimit.map { $0 * 1_000_000 } ?? PictureUpload.defaultMaxPixels
            ),
            caching: caching.policy,
            feedText: caching.resolvedFeedText
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
