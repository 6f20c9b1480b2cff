import Hummingbird
import SahifaCore

/// `/assets/{name}.{hash}.{ext}`: the stylesheet and icon, cached for a year; the hash in
/// the name changes with the content.
struct AssetController {
    let catalog: AssetCatalog

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("assets/:file", use: file)
    }

    @Sendable func file(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard let name = context.parameters.get("file"), let asset = catalog.asset(fileName: name) else {
            throw ReaderError.notFound
        }
        let headers: HTTPFields = [
            .contentType: asset.name.contentType,
            .cacheControl: "public, max-age=31536000, immutable",
            .eTag: "\"\(asset.fingerprintedFileName)\"",
        ]
        if request.headers[.ifNoneMatch] == "\"\(asset.fingerprintedFileName)\"" {
            return Response(status: .notModified, headers: headers)
        }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: asset.bytes)))
    }
}
