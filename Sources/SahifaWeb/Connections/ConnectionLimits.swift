import NIOCore

/// How long a client may take and how many may be connected: part of `ServerSettings`.
public struct ConnectionLimits: Sendable, Hashable {
    /// To send a whole request head, from connecting (10 s by default).
    public var headTimeout: Duration
    /// Between two pieces of a request body (30 s by default): a slow upload goes on as long
    /// as it keeps moving.
    public var bodyTimeout: Duration
    /// To start the next request after an answer on a kept-alive connection (30 s by default).
    public var idleTimeout: Duration
    /// The most connections open at once; past it a new one is answered 503 and closed.
    public var maxConnections: Int

    public init(
        headTimeout: Duration = .seconds(10),
        bodyTimeout: Duration = .seconds(30),
        idleTimeout: Duration = .seconds(30),
        maxConnections: Int = ConnectionLimits.defaultMaxConnections()
    ) {
        self.headTimeout = headTimeout
        self.bodyTimeout = bodyTimeout
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
    }

    /// Connections the kernel may hold waiting to be accepted (Linux caps it at
    /// net.core.somaxconn, 4096 by default).
    static let acceptBacklog = 4_096

    /// File descriptors kept back from readers' connections, for the database, pictures being
    /// sent, PostgreSQL connections and logs.
    public static let reservedFiles = 256

    /// The process's open-file limit less `reservedFiles`, and never below 64.
    public static func defaultMaxConnections(openFiles: Int = OpenFileLimit.current) -> Int {
        max(64, openFiles - reservedFiles)
    }

    var deadlines: ClientDeadlines.Limits {
        ClientDeadlines.Limits(
            head: TimeAmount(headTimeout), body: TimeAmount(bodyTimeout), idle: TimeAmount(idleTimeout))
    }
}
