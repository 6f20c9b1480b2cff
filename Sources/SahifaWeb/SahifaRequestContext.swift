import Hummingbird

/// The per-request context every handler and middleware receives. The newsroom's signed-in
/// user will live here; for now it carries Hummingbird's core storage (logger, parameters).
public struct SahifaRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Reader pages and small API bodies; uploads get their own limit (issue 4).
    public var maxUploadSize: Int { 1024 * 1024 }
}
