import HTTPTypes
import Hummingbird

/// The proxies whose `X-Forwarded-For` Sahifa believes: behind them, the client is the
/// nearest address in that header that is not itself one of them. From anyone else the
/// header is ignored, since a client can write anything in it. This machine's own addresses
/// are trusted by default, which is right for nginx or a CDN's agent on the same host and
/// changes nothing for a client that connects directly.
public struct TrustedProxies: Sendable, Hashable {
    public var addresses: Set<String>

    public static let thisMachine: Set<String> = ["127.0.0.1", "::1", "::ffff:127.0.0.1"]

    private static let forwardedFor = HTTPField.Name.ours("X-Forwarded-For")

    public init(_ addresses: Set<String> = TrustedProxies.thisMachine) {
        self.addresses = addresses
    }

    /// The client's address for a request that came from `peer`.
    func client(of headers: HTTPFields, peer: String) -> String {
        guard addresses.contains(peer) else { return peer }
        let hops = headers[values: Self.forwardedFor].flatMap { $0.split(separator: ",") }.map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        return hops.last { !addresses.contains($0) && !$0.isEmpty } ?? peer
    }
}

/// Sets each request's `clientAddress` from `TrustedProxies`, before anything uses it.
struct ClientAddressMiddleware: RouterMiddleware {
    typealias Context = SahifaRequestContext

    let proxies: TrustedProxies

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        var context = context
        context.clientAddress = proxies.client(of: request.headers, peer: context.remoteAddress)
        return try await next(request, context)
    }
}
