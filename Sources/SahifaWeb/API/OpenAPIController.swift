import Foundation
import Hummingbird

/// `GET /api/v1/openapi.json`: the OpenAPI 3.1 description of API v1, read once at start-up.
/// The API tests check every response they get against it, so it says what the server does.
struct OpenAPIController {
    let document: [UInt8]
    let methods: APIMethods

    init() throws {
        document = Array(
            try Data(contentsOf: try BundledResources.url(of: .api).appendingPathComponent("openapi.json")))
        methods = try APIMethods(document: document)
    }

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("api/v1/openapi.json") { _, _ in
            Response(
                status: .ok,
                headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "public, max-age=3600"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: document))
            )
        }
    }
}
