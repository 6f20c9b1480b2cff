import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("API v1 for newsroom integrations, with bearer tokens")
struct NewsroomAPITests {
    static let password = "عبارة مرور للواجهة"

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> (editor: Account, writer: Account) =
        { newsroom, _ in
            let hash = try await PasswordHasher(cost: 4).hash(password)
            func open(_ email: String, _ role: Role) async throws -> Account {
                try #require(
                    try await newsroom.store.createAccount(
                        NewAccount(email: email, name: "عضو", role: role, password: password), passwordHash: hash,
                        at: summitDay, onlyIfFirst: false
                    )
                )
            }
            return (try await open("editor@example.org", .editor), try await open("writer@example.org", .writer))
        }

    /// Makes a token on the newsroom page, as a member would, and returns its secret.
    static func token(_ client: any TestClientProtocol, email: String, scopes: [String]) async throws -> String {
        let browser = try await NewsroomBrowser.signedIn(client, email: email, password: password)
        try await browser.get("/newsroom/tokens")
        let made = try await browser.post(
            "/newsroom/tokens", [("name", "نظام الوكالة")] + scopes.map { ("scopes", $0) })
        #expect(made.status == .created)
        let start = try #require(made.text.range(of: "class=\"otp-address\">"))
        return String(made.text[start.upperBound...].prefix { $0 != "<" })
    }

    static func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, token: String?,
        json: String? = nil,
        bytes: [UInt8]? = nil
    ) async throws -> (status: HTTPResponse.Status, body: [String: Any], headers: HTTPFields) {
        var headers = HTTPFields()
        if let token { headers[.authorization] = "Bearer " + token }
        var body: ByteBuffer?
        if let json {
            headers[.contentType] = "application/json"
            body = ByteBuffer(string: json)
        } else if let bytes {
            headers[.contentType] = "application/octet-stream"
            body = ByteBuffer(bytes: bytes)
        }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        // Every answer must be one the OpenAPI document describes.
        try await OpenAPIContract.load(client).check(
            method: method, uri: uri, status: response.status, body: Data(buffer: response.body))
        let decoded = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]) ?? [:]
        return (response.status, decoded, response.headers)
    }

    private static func code(_ body: [String: Any]) -> String? {
        (body["error"] as? [String: Any])?["code"] as? String
    }

    @Test("without a token, with an unknown one or with a revoked one, calls get 401; with too narrow a scope 403")
    func authentication() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let none = try await Self.call(client, .get, "/api/v1/articles/1", token: nil)
            #expect(none.status == .unauthorized && Self.code(none.body) == "unauthorized")
            #expect(none.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
            #expect(try await Self.call(client, .get, "/api/v1/articles/1", token: "shf_guess").status == .unauthorized)
            let reader = try await Self.token(client, email: staff.editor.email, scopes: ["read"])
            let create = try await Self.call(
                client, .post, "/api/v1/articles", token: reader, json: #"{"headline":"س","section":"world"}"#)
            #expect(create.status == .forbidden && Self.code(create.body) == "insufficient_scope")

            let browser = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let page = try await browser.get("/newsroom/tokens").text
            let action = try #require(page.range(of: "action=\"/newsroom/tokens/"))
            let revoke = String(page[page.index(action.lowerBound, offsetBy: 8)...].prefix { $0 != "\"" })
            #expect(try await browser.post(revoke, []).status == .seeOther)
            #expect(
                try await Self.call(client, .get, "/api/v1/articles?status=draft", token: reader).status
                    == .unauthorized)
        }
    }

    @Test(
        "an integration creates, reads, updates, lists and publishes an article; stale saves and a writer's publish are refused"
    )
    func articles() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let token = try await Self.token(client, email: staff.editor.email, scopes: ["read", "write", "publish"])
            let created = try await Self.call(
                client, .post, "/api/v1/articles", token: token,
                json:
                    #"{"headline":"خبر من الوكالة","section":"world","body_markdown":"نص الخبر.","tags":["وكالات"],"authors":["layla"]}"#
            )
            #expect(created.status == .created)
            let id = try #require(created.body["id"] as? Int)
            #expect(created.body["status"] as? String == "draft" && created.body["revision"] as? Int == 1)
            #expect(created.body["tags"] as? [String] == ["وكالات"])

            let invalid = try await Self.call(
                client, .post, "/api/v1/articles", token: token, json: #"{"headline":" ","section":"world"}"#)
            #expect(invalid.status == .badRequest && Self.code(invalid.body) == "invalid_article")
            let garbled = try await Self.call(client, .post, "/api/v1/articles", token: token, json: "{not json")
            #expect(garbled.status == .badRequest && Self.code(garbled.body) == "invalid_parameter")

            let updated = try await Self.call(
                client, .put, "/api/v1/articles/\(id)", token: token,
                json: #"{"headline":"خبر من الوكالة، محدث","section":"world","body_markdown":"نص أطول.","revision":1}"#
            )
            #expect(updated.status == .ok && updated.body["revision"] as? Int == 2)
            let stale = try await Self.call(
                client, .put, "/api/v1/articles/\(id)", token: token,
                json: #"{"headline":"قديم","section":"world","revision":1}"#
            )
            #expect(stale.status == .conflict && Self.code(stale.body) == "revision_conflict")

            let typo = try await Self.call(
                client, .post, "/api/v1/articles/\(id)/status", token: token,
                json: #"{"move":"schedule","publish_at":"2099-01-01T12:99:00Z"}"#)
            #expect(typo.status == .badRequest && Self.code(typo.body) == "invalid_parameter")
            #expect(
                try await Self.call(client, .get, "/api/v1/articles/\(id)", token: token).body["status"] as? String
                    == "draft")

            let published = try await Self.call(
                client, .post, "/api/v1/articles/\(id)/status", token: token, json: #"{"move":"publish"}"#)
            #expect(published.status == .ok && published.body["status"] as? String == "published")
            let fetched = try await Self.call(client, .get, "/api/v1/articles/\(id)", token: token)
            #expect(fetched.body["headline"] as? String == "خبر من الوكالة، محدث")
            let list = try await Self.call(client, .get, "/api/v1/articles?status=published", token: token)
            #expect(list.body["total"] as? Int == 1)
            #expect(try await Self.call(client, .get, "/api/v1/articles/999", token: token).status == .notFound)

            let writer = try await Self.token(client, email: staff.writer.email, scopes: ["write", "publish"])
            let own = try await Self.call(
                client, .post, "/api/v1/articles", token: writer, json: #"{"headline":"مسودة كاتب","section":"world"}"#)
            let ownID = try #require(own.body["id"] as? Int)
            let refused = try await Self.call(
                client, .post, "/api/v1/articles/\(ownID)/status", token: writer, json: #"{"move":"publish"}"#)
            #expect(refused.status == .forbidden && Self.code(refused.body) == "forbidden")
        }
    }

    @Test("pictures are uploaded by content (415 otherwise, 413 when too large); breaking items are posted and ended")
    func mediaAndBreaking() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let token = try await Self.token(client, email: staff.editor.email, scopes: ["write", "publish"])
            let picture = try await Self.call(
                client, .post, "/api/v1/media?alt=%D8%B5%D9%88%D8%B1%D8%A9&credit=AFP", token: token,
                bytes: try SharedTestData.coverPhoto()
            )
            #expect(picture.status == .created)
            #expect(
                picture.body["width"] as? Int == 1200 && picture.body["height"] as? Int == 675
                    && picture.body["kind"] as? String == "jpeg")
            let hash = try #require(picture.body["hash"] as? String)
            #expect(picture.body["url"] as? String == "https://news.example/media/r/\(hash)/r1-o-1200-a.jpg")

            // Where the subject is, as the media library's page sets it: for every crop, then the
            // square on its own, then back to the attention crop.
            let focus = "/api/v1/media/\(hash)/focus"
            #expect(try await Self.call(client, .put, focus, token: token, json: #"{"x":0.1,"y":0.75}"#).status == .ok)
            let square = try await Self.call(
                client, .put, focus, token: token, json: #"{"x":0.5,"y":0.25,"shape":"1x1"}"#)
            #expect(square.status == .ok && square.body["hash"] as? String == hash)
            let renditions = "/media/r/\(hash)/r1-"
            #expect(try await client.execute(uri: renditions + "16x9-640-f100-750.jpg", method: .get).status == .ok)
            #expect(try await client.execute(uri: renditions + "1x1-320-f500-250.jpg", method: .get).status == .ok)
            #expect(
                try await client.execute(uri: renditions + "1x1-320-f100-750.jpg", method: .get).status == .notFound)
            let page = try await client.execute(uri: "/newsroom/media/\(hash)", method: .get)
            #expect(page.status != .ok, "the page itself is for signed-in members")
            for (body, code) in [
                (#"{"x":1.5,"y":0.2}"#, "invalid_parameter"), (#"{"y":0.2}"#, "missing_parameter"),
                (#"{"x":0.2,"y":0.2,"shape":"o"}"#, "invalid_parameter"),
            ] {
                let refused = try await Self.call(client, .put, focus, token: token, json: body)
                #expect(refused.status == .badRequest && Self.code(refused.body) == code, "\(body)")
            }
            let unknown = try await Self.call(
                client, .put, "/api/v1/media/\(String(repeating: "0", count: 64))/focus", token: token,
                json: #"{"reset":true}"#)
            #expect(unknown.status == .notFound && Self.code(unknown.body) == "picture_not_found")
            let reset = try await Self.call(client, .put, focus, token: token, json: #"{"reset":true}"#)
            #expect(reset.status == .ok)
            #expect(try await client.execute(uri: renditions + "4x3-640-a.webp", method: .get).status == .ok)
            let text = try await Self.call(
                client, .post, "/api/v1/media?alt=x", token: token, bytes: Array("hello".utf8))
            #expect(text.status == .unsupportedMediaType)
            let huge = try await Self.call(
                client, .post, "/api/v1/media?alt=x", token: token,
                bytes: try SharedTestData.coverPhoto() + Array(repeating: 0, count: 300 * 1024))
            #expect(huge.status == .contentTooLarge)
            let vast = try await Self.call(
                client, .post, "/api/v1/media?alt=x", token: token,
                bytes: TestPictures.bomb(width: 20_000, height: 20_000))
            #expect(vast.status == .contentTooLarge && Self.code(vast.body) == "picture_too_large")
            #expect(
                try await Self.call(
                    client, .post, "/api/v1/media", token: token, bytes: try SharedTestData.coverPhoto()
                ).status
                    == .badRequest)

            let posted = try await Self.call(
                client, .post, "/api/v1/breaking", token: token, json: #"{"text":"عاجل من الواجهة","minutes":30}"#)
            #expect(posted.status == .created)
            let id = try #require(posted.body["id"] as? Int)
            #expect(try await client.execute(uri: "/", method: .get).text.contains("عاجل من الواجهة"))
            #expect(try await Self.call(client, .delete, "/api/v1/breaking/\(id)", token: token).status == .noContent)
            #expect(try await Self.call(client, .delete, "/api/v1/breaking/\(id)", token: token).status == .notFound)
        }
    }

    @Test(
        "a ticker line is refused by the API as by the desk: linked to a story not published, empty, or lasting no time"
    )
    func breakingRulesAsOnTheDesk() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let token = try await Self.token(client, email: staff.editor.email, scopes: ["write", "publish"])
            let draft = try await Self.call(
                client, .post, "/api/v1/articles", token: token,
                json: #"{"headline":"مسودة لم تنشر","section":"world"}"#)
            let draftID = try #require(draft.body["id"] as? Int)
            let linked = try await Self.call(
                client, .post, "/api/v1/breaking", token: token,
                json: #"{"text":"سطر عن مسودة","article_id":\#(draftID)}"#)
            #expect(linked.status == .notFound && Self.code(linked.body) == "article_not_found")
            let empty = try await Self.call(client, .post, "/api/v1/breaking", token: token, json: #"{"text":"  "}"#)
            #expect(empty.status == .badRequest && Self.code(empty.body) == "invalid_parameter")
            let noTime = try await Self.call(
                client, .post, "/api/v1/breaking", token: token, json: #"{"text":"سطر","minutes":0}"#)
            #expect(noTime.status == .badRequest && Self.code(noTime.body) == "invalid_parameter")
            #expect(!(try await client.execute(uri: "/", method: .get).text.contains("سطر عن مسودة")))
        }
    }

    @Test("the public calls answer as the OpenAPI document describes, errors included")
    func publicCallsMatchTheDocument() async throws {
        try await withSite(seed: { newsroom, _ in
            try await newsroom.publish(
                ArticleDraft(
                    headline: "قمة الطاقة في الرياض", bodyMarkdown: "نص عن الطاقة.", sectionSlug: "economy",
                    tagNames: ["الطاقة"]),
                at: summitDay
            )
        }) { client, article in
            for uri in [
                "/api/v1/search?q=%D8%A7%D9%84%D8%B7%D8%A7%D9%82%D8%A9", "/api/v1/search",
                "/api/v1/search?q=x&per_page=500",
                "/api/v1/articles?source_id=none", "/api/v1/articles", "/api/v1/articles/\(article.id)/related",
                "/api/v1/articles/\(article.id)/suggested-tags", "/api/v1/articles/999/related", "/api/v1/openapi.json",
            ] {
                _ = try await Self.call(client, .get, uri, token: nil)
            }
            let contract = try await OpenAPIContract.load(client)
            #expect(contract.document["openapi"] as? String == "3.1.0")
            // The checker does refuse what the document does not describe.
            #expect(throws: OpenAPIContract.Mismatch.self) {
                try contract.check(
                    method: .get, uri: "/api/v1/articles/1", status: .ok, body: Data(#"{"id":"one"}"#.utf8))
            }
            #expect(throws: OpenAPIContract.Mismatch.self) {
                try contract.check(method: .get, uri: "/api/v1/search", status: .gone, body: Data())
            }
            #expect(throws: OpenAPIContract.Mismatch.self) {
                try contract.check(method: .patch, uri: "/api/v1/articles/1", status: .ok, body: Data())
            }
            // Every route shares one description of the database being away.
            let away =
                #"{"error":{"code":"database_unavailable","message":"the database is unavailable; try again shortly"}}"#
            try contract.check(method: .get, uri: "/api/v1/search", status: .serviceUnavailable, body: Data(away.utf8))
            try contract.check(
                method: .post, uri: "/api/v1/articles", status: .serviceUnavailable, body: Data(away.utf8))
            #expect(throws: OpenAPIContract.Mismatch.self) {
                try contract.check(
                    method: .get, uri: "/api/v1/search", status: .serviceUnavailable,
                    body: Data(#"{"error":"away"}"#.utf8))
            }
        }
    }
}
