import Hummingbird
import NIOCore
import SahifaCore
import SahifaStore

/// The per-request context every handler and middleware receives: Hummingbird's core
/// storage, the signed-in newsroom session if any, and the address the request came from.
public struct SahifaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` on newsroom paths when the browser is signed in.
    public var session: NewsroomSession?
    /// A newsroom post's fields, read (and its form token checked) by `SessionMiddleware`.
    var form: QueryParameters?
    /// A newsroom post sent as `multipart/form-data` (a picture upload), token checked.
    var upload: MultipartForm?
    /// The peer's address; "unknown" in tests without a socket.
    public let remoteAddress: String
    /// The client's address: the peer's, or behind a trusted proxy the one it forwarded
    /// (`TrustedProxies`); what sign-in throttling, rate limits and /metrics go by.
    public var clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        form = nil
        upload = nil
        remoteAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
        clientAddress = remoteAddress
    }

    /// Reader pages and small API bodies; forms and uploads collect their bodies with their
    /// own limits (`SessionMiddleware`, `NewsroomSettings.uploadLimit`).
    public var maxUploadSize: Int { 1024 * 1024 }
}
