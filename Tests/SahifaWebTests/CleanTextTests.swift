import Foundation
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("NUL and other stray controls sent by the API or a newsroom form")
struct CleanTextTests {
    @Test(
        "a headline of nothing but NUL is refused as empty; a body keeps every word after a NUL; a ticker line starting with one is posted clean"
    )
    func api() async throws {
        try await withSite(seed: NewsroomAPITests.seed) { client, staff in
            let token = try await NewsroomAPITests.token(
                client, email: staff.editor.email, scopes: ["read", "write", "publish"])
            let empty = try await NewsroomAPITests.call(
                client, .post, "/api/v1/articles", token: token, json: #"{"headline":"\u0000","section":"world"}"#)
            #expect(empty.status == .badRequest)
            #expect((empty.body["error"] as? [String: Any])?["code"] as? String == "invalid_article")

            let created = try await NewsroomAPITests.call(
                client, .post, "/api/v1/articles", token: token,
                json:
                    #"{"headline":"قمة\u0000 الرياض","section":"world","body_markdown":"فقرة أولى\u0000 تكملها كلمات.\r\n\r\nفقرة\u0085 ثانية."}"#
            )
            #expect(created.status == .created)
            #expect(created.body["headline"] as? String == "قمة الرياض")
            #expect(created.body["body_markdown"] as? String == "فقرة أولى تكملها كلمات.\n\nفقرة ثانية.")

            let ticker = try await NewsroomAPITests.call(
                client, .post, "/api/v1/breaking", token: token,
                json: #"{"text":"\u0000عاجل\u001b: زلزال","minutes":30}"#)
            #expect(ticker.status == .created)
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.text.contains("عاجل: زلزال"))
            #expect(!home.text.unicodeScalars.contains { $0.isStrayControl })
        }
    }

    @Test("a newsroom form's headline of only NUL is refused beside the field, with every other word kept")
    func form() async throws {
        try await withSite(seed: NewsroomEditorTests.seedStaff) { client, staff in
            let writer = try await NewsroomBrowser.signedIn(
                client, email: staff.writer.email, password: NewsroomEditorTests.password)
            try await writer.get("/newsroom/articles/new")
            let refused = try await writer.post(
                "/newsroom/articles/new",
                [("headline", "\u{0}\u{0}"), ("section", "world"), ("body", "نص\u{0} كامل"), ("action", "save")]
            )
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("id=\"headline-problem\"><li>اكتب العنوان.</li>"))
            #expect(refused.text.contains("نص كامل"))
        }
    }
}
