import Foundation
import Hummingbird
import Logging
import SahifaPictures
import SahifaStore

/// Builds the Sahifa web application: opens and migrates the store, loads the assets and
/// wires every route. `sahifa serve` runs what this returns, and every web test runs the very
/// same application, so what is tested is what ships.
/// - Throws: `StoreError.cannotOpen` when the database cannot be opened,
///   `MediaLibraryError` when the media folder cannot be made.
public func buildApplication(settings: ServerSettings) async throws -> some ApplicationProtocol {
    var logger = Logger(label: "sahifa")
    logger.logLevel = settings.logLevel
    let statementLogger = logger
    var traceStatements: (@Sendable (String) -> Void)?
    if settings.logLevel == .trace {
        traceStatements = { sql in statementLogger.trace(Logger.Message(stringLiteral: sql)) }
    }
    let store = try await settings.store.open(logger: logger, traceStatements: traceStatements)
    try await store.migrate()
    try await store.resumeSearchIndexMerging()
    logger.info("store ready", metadata: ["sahifa.database": "\(settings.store)"])
    let library = try FileMediaLibrary(folder: URL(fileURLWithPath: settings.mediaFolder))
    let assets = try AssetCatalog.load()
    let openAPI = try OpenAPIController()
    let pages = ReaderPages(policy: settings.caching)
    let live = LiveNews()
    let presence = DeskPresence()
    let redirectHits = RedirectHits()
    let invalidation = PageInvalidation(
        store: store, cache: pages.cache, purgeURL: settings.caching.purgeURL, logger: logger)
    let setupCode = try await firstRunCode(store: store, settings: settings, logger: logger)
    let connections = OpenConnections(limit: settings.connections.maxConnections)
    let backups = ScheduledBackups(
        store: store, media: URL(fileURLWithPath: settings.mediaFolder), programs: settings.backupPrograms,
        logger: logger)
    // Half the cores for making renditions (each is itself several threads of libvips), the
    // rest for readers while a cold cache fills.
    let renditions = RenditionCache(
        folder: URL(fileURLWithPath: settings.mediaFolder).appendingPathComponent("renditions"),
        concurrentMakes: ProcessInfo.processInfo.activeProcessorCount / 2)
    let responder = buildResponder(
        store: store, library: library, renditions: renditions, assets: assets, publicURL: settings.resolvedPublicURL,
        newsroom: settings.newsroom, metrics: settings.metrics,
        openAPI: openAPI, pages: pages, feedText: settings.feedText, live: live, presence: presence,
        redirectHits: redirectHits,
        backups: backups, trustedProxies: settings.trustedProxies, rateLimits: settings.rateLimits,
        setupCode: setupCode, connections: connections
    )
    let deadlines = settings.connections.deadlines
    logger.info(
        "connections",
        metadata: [
            "sahifa.max_connections": "\(settings.connections.maxConnections)",
            "sahifa.open_file_limit": "\(OpenFileLimit.current)",
        ])
    return Application(
        responder: responder,
        server: .http1(
            configuration: .init(
                additionalChannelHandlers: [
                    ConnectionCap(connections: connections),
                    ClientDeadlines(limits: deadlines),
                ]
                    + (pages.cache.isEnabled
                        ? [CachedPageHandler(cache: pages.cache, strictTransport: settings.newsroom.secureCookies)]
                        : []))
        ),
        // A burst of connections (a thousand slow clients, a story breaking) must not fill the
        // queue of connections waiting to be accepted: past it the kernel drops new ones, and
        // a reader's browser tries again only after a second.
        configuration: .init(
            address: .hostname(settings.host, port: settings.port), serverName: "Sahifa",
            backlog: ConnectionLimits.acceptBacklog),
        services: [
            invalidation,
            await LiveNewsService.start(store: store, live: live, logger: logger),
            DeskPresenceService(store: store, presence: presence, logger: logger),
            NewsroomJobs.relatedNews(store: store, logger: logger),
            NewsroomJobs.searchIndexUpkeep(store: store, logger: logger),
            NewsroomJobs.staleBodies(store: store, logger: logger),
            NewsroomJobs.scheduledPublishing(store: store, logger: logger),
            NewsroomJobs.breakingTicker(store: store, logger: logger),
            NewsroomJobs.redirectHits(redirectHits, store: store, logger: logger),
            NewsroomJobs.changesFromElsewhere(store: store, logger: logger),
            NewsroomJobs.backups(backups, logger: logger),
        ],
        logger: logger
    )
}

/// On a site with no account yet, the code the first-run form asks for, written to the log
/// (standard error), where only whoever runs the server reads it.
private func firstRunCode(store: any AccountStore, settings: ServerSettings, logger: Logger) async throws
    -> SetupCode?
{
    guard try await store.accountCount() == 0 else { return nil }
    let code = settings.setupCode.map(SetupCode.init) ?? .random()
    logger.notice(
        "no newsroom account yet: open /newsroom/setup and give this setup code",
        metadata: ["sahifa.setup_code": "\(code.code)", "sahifa.url": "\(settings.resolvedPublicURL)/newsroom/setup"])
    return code
}

/// The routes and middleware, outermost first: reader, operations and API routes, then the
/// session middleware and the newsroom's routes; article pages skip the router's path
/// matching (`ArticlePathResponder`).
func buildResponder(
    store: any NewsStore,
    library: any MediaLibrary,
    renditions: RenditionCache,
    assets: AssetCatalog,
    publicURL: String,
    newsroom: NewsroomSettings,
    metrics: MetricsAccess,
    openAPI: OpenAPIController,
    pages: ReaderPages,
    feedText: FeedText,
    live: LiveNews,
    presence: DeskPresence,
    redirectHits: RedirectHits,
    backups: ScheduledBackups,
    trustedProxies: TrustedProxies,
    rateLimits: RateLimits,
    setupCode: SetupCode?,
    connections: OpenConnections
) -> some HTTPResponder<SahifaRequestContext> {
    let router = Router(context: SahifaRequestContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeadersMiddleware(strictTransport: newsroom.secureCookies))
    router.add(middleware: ClientAddressMiddleware(proxies: trustedProxies))
    let chromeRenderings = ChromeRenderings()
    router.add(
        middleware: ErrorResponder(
            store: store, assets: assets, publicURL: publicURL, chromeRenderings: chromeRenderings)
    )
    router.add(middleware: RateLimitMiddleware(rateLimits))
    router.add(middleware: APIMethodMiddleware(methods: openAPI.methods))
    router.add(middleware: OldAddressRedirects(store: store, hits: redirectHits))
    // Hummingbird wraps each route in the middleware added before it, so the routes above
    // the session middleware (everything readers and API clients reach) never pass it.
    let presenter: @Sendable (Date) -> ReaderPresenter = { now in
        ReaderPresenter(
            assets: assets, publicURL: publicURL, now: now, liveSince: live.lastEventID,
            chromeRenderings: chromeRenderings
        )
    }
    HealthController(store: store).addRoutes(to: router)
    MetricsController(cache: pages.cache, live: live, connections: connections, access: metrics, store: store)
        .addRoutes(to: router)
    LiveController(live: live).addRoutes(to: router)
    AssetController(catalog: assets).addRoutes(to: router)
    MediaController(store: store, library: library).addRoutes(to: router)
    let pictureRenditions = PictureRenditions(
        library: library, cache: renditions, pixelLimit: newsroom.pictureMaxPixels)
    RenditionController(store: store, renditions: pictureRenditions, pages: pages).addRoutes(to: router)
    SearchAPIController(store: store, publicURL: publicURL).addRoutes(to: router)
    openAPI.addRoutes(to: router)
    let newsroomAPI = NewsroomAPIController(
        store: store, library: library, renditions: pictureRenditions, publicURL: publicURL,
        uploadLimit: newsroom.uploadLimit, pictureMaxPixels: newsroom.pictureMaxPixels
    )
    newsroomAPI.addRoutes(to: router)
    RedirectsAPIController(store: store).addRoutes(to: router)
    ArticlesAPIController(store: store, publicURL: publicURL, newsroomAPI: newsroomAPI).addRoutes(to: router)
    SearchController(store: store, presenter: presenter, pages: pages).addRoutes(to: router)
    FeedController(
        store: store,
        presenter: FeedPresenter(publicURL: publicURL, text: feedText, iconPath: assets.href(for: .icon)),
        pages: pages
    ).addRoutes(to: router)
    SitemapController(store: store, publicURL: publicURL, pages: pages).addRoutes(to: router)
    HomeController(store: store, presenter: presenter, pages: pages).addRoutes(to: router)
    StaticPageController(store: store, presenter: presenter, pages: pages).addRoutes(to: router)
    ListingController(store: store, presenter: presenter, pages: pages).addRoutes(to: router)
    let article = ArticleController(store: store, presenter: presenter, pages: pages).addRoutes(to: router)

    router.add(middleware: SessionMiddleware(store: store, uploadLimit: newsroom.uploadLimit))
    let newsroomPages = NewsroomPages(assets: assets)
    let hasher = PasswordHasher(cost: newsroom.passwordCost)
    SignInController(
        store: store, pages: newsroomPages, hasher: hasher, throttle: LoginThrottle(), settings: newsroom,
        setupCode: setupCode
    )
    .addRoutes(to: router)
    DashboardController(store: store, pages: newsroomPages).addRoutes(to: router)
    PasswordController(store: store, pages: newsroomPages, hasher: hasher).addRoutes(to: router)
    SecondFactorController(store: store, pages: newsroomPages, hasher: hasher).addRoutes(to: router)
    TokensController(store: store, pages: newsroomPages).addRoutes(to: router)
    ArticleEditorController(store: store, pages: newsroomPages, presence: presence).addRoutes(to: router)
    DeskPicturesController(
        store: store, library: library, renditions: pictureRenditions, held: HeldUploads(), pages: newsroomPages,
        uploadLimit: newsroom.uploadLimit, pictureMaxPixels: newsroom.pictureMaxPixels
    )
    .addRoutes(to: router)
    DeskStoriesController(store: store, pages: newsroomPages).addRoutes(to: router)
    AutosaveController(store: store, pages: newsroomPages).addRoutes(to: router)
    PresenceController(store: store, presence: presence, pages: newsroomPages).addRoutes(to: router)
    ArticleListController(store: store, pages: newsroomPages).addRoutes(to: router)
    RevisionsController(store: store, pages: newsroomPages).addRoutes(to: router)
    BreakingController(store: store, pages: newsroomPages).addRoutes(to: router)
    AuditController(store: store, pages: newsroomPages).addRoutes(to: router)
    RedirectsController(store: store, pages: newsroomPages).addRoutes(to: router)
    StaticPagesController(store: store, pages: newsroomPages).addRoutes(to: router)
    AdminController(store: store, pages: newsroomPages, hasher: hasher).addRoutes(to: router)
    BackupsController(store: store, pages: newsroomPages, backups: backups).addRoutes(to: router)
    PictureFocusController(store: store, pages: newsroomPages).addRoutes(to: router)
    MediaLibraryController(
        store: store, library: library, renditions: pictureRenditions, pages: newsroomPages,
        uploadLimit: newsroom.uploadLimit,
        pictureMaxPixels: newsroom.pictureMaxPixels
    )
    .addRoutes(to: router)
    return ArticlePathResponder(router: router.buildResponder(), article: article)
}
