import Foundation
import Hummingbird
import SahifaStore

/// `/healthz`: 200 when the store answers a read, 503 otherwise, for load balancers and
/// orchestrators deciding whether to send traffic here.
struct HealthController {
    let store: any ReaderStore

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("healthz", use: health)
    }

    @Sendable func health(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let healthy: Bool
        do {
            _ = try await store.siteChrome(at: Date())
            healthy = true
        } catch {
            context.logger.warning("health check: store did not answer", metadata: ["sahifa.error": "\(error)"])
            healthy = false
        }
        return Response(
            status: healthy ? .ok : .serviceUnavailable,
            headers: [.contentType: "application/json", .cacheControl: "no-store"],
            body: ResponseBody(
                byteBuffer: ByteBuffer(string: healthy ? #"{"status":"ok"}"# : #"{"status":"unavailable"}"#)
            )
        )
    }
}
