import Foundation
import Hummingbird

/// A JSON request body of API v1, read up to the form limit and decoded.
enum APIBody {
    /// - Throws: `APIError.invalidParameter("body", …)` for a body that is not the JSON expected.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        var request = request
        let body = try await request.collectBody(upTo: SessionMiddleware.formLimit)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = APIDate.decodingStrategy
        do {
            return try decoder.decode(type, from: Data(JSONControlFilter.filter(Array(buffer: body))))
        } catch {
            throw APIError.invalidParameter("body", expected: "JSON as /api/v1/openapi.json describes")
        }
    }
}
