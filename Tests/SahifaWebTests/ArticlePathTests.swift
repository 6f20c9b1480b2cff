import Hummingbird
import HummingbirdTesting
import SahifaCore
import Testing

@testable import SahifaWeb

@Suite("Article paths past the router")
struct ArticlePathTests {
    static func parameters(_ path: String) -> [String: String]? {
        ArticlePathResponder<RouterResponder<SahifaRequestContext>>.articleParameters(path).map { found in
            Dictionary(uniqueKeysWithValues: found.map { (String($0.key), String($0.value)) })
        }
    }

    @Test("a section, a number and a slug go straight to the article route, with their parameters")
    func articleShapes() {
        #expect(
            Self.parameters("/world/14/%D9%82%D9%85%D8%A9") == [
                "section": "world", "id": "14", "slug": "%D9%82%D9%85%D8%A9",
            ])
        #expect(Self.parameters("/world/14") == ["section": "world", "id": "14"])
    }

    @Test("anything else is left to the router: other shapes, and the site's own first segments")
    func otherShapes() {
        let others = [
            "/", "/world", "/world/", "/world/14/", "/world/14/x/y", "//14/x", "/world//x", "/world/1x/x",
            "/world/-1/x",
            "/world/14/x/feed.xml", "world/14/x", "/sitemaps/1", "/tag/14/x", "/api/14/x", "/newsroom/14/x",
            "/media/14/x",
        ]
        for path in others {
            #expect(Self.parameters(path) == nil, "\(path)")
        }
        for reserved in Section.reservedSlugs {
            #expect(Self.parameters("/\(reserved)/14/x") == nil, "\(reserved)")
        }
    }

    @Test("an article's error page still passes the site's middleware: Arabic 404 page with security headers")
    func middleware() async throws {
        try await withSite(seed: { _, _ in () }) { client, _ in
            let response = try await client.execute(uri: "/world/99999/x", method: .get)
            #expect(response.status == .notFound)
            #expect(response.text.contains("<h1>الصفحة غير موجودة</h1>"))
            #expect(response.headers[.contentSecurityPolicy]?.hasPrefix("default-src 'self'") == true)
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
        }
    }
}
