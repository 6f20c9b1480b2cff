import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Breaking news from the newsroom")
struct NewsroomBreakingTests {
    static let password = "عبارة مرور لمكتب عاجل"

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> (editor: Account, writer: Account) =
        { newsroom, _ in
            let hash = try await PasswordHasher(cost: 4).hash(password)
            func open(_ email: String, _ role: Role) async throws -> Account {
                try #require(
                    try await newsroom.store.createAccount(
                        NewAccount(email: email, name: "عضو", role: role, password: password), passwordHash: hash,
                        at: summitDay,
                        onlyIfFirst: false
                    )
                )
            }
            return (try await open("desk@example.org", .editor), try await open("writer@example.org", .writer))
        }

    @Test("an editor's ticker line shows on the reader's pages at once and leaves them when ended early")
    func postAndEnd() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let desk = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            // A page read first, so the chrome written for it must give way to the new one.
            #expect(!(try await client.execute(uri: "/", method: .get).text.contains("ticker-label")))
            try await desk.get("/newsroom/breaking")
            let posted = try await desk.post(
                "/newsroom/breaking", [("text", "زلزال بقوة ٥ درجات يضرب الساحل"), ("article", ""), ("lasting", "60")])
            #expect(posted.status == .seeOther)
            let home = try await client.execute(uri: "/", method: .get).text
            #expect(home.contains("<strong class=\"ticker-label\">عاجل</strong>"))
            #expect(home.contains("زلزال بقوة ٥ درجات يضرب الساحل"))

            let deskPage = try await desk.get(try #require(posted.headers[.location])).text
            #expect(deskPage.contains("نُشر السطر على شريط عاجل."))
            let action = try #require(deskPage.range(of: "action=\"/newsroom/breaking/"))
            let endPath = String(deskPage[deskPage.index(action.lowerBound, offsetBy: 8)...].prefix { $0 != "\"" })
            #expect(try await desk.post(endPath, []).status == .seeOther)
            #expect(!(try await client.execute(uri: "/", method: .get).text.contains("زلزال بقوة ٥ درجات يضرب الساحل")))
            #expect(try await desk.post(endPath, []).status == .notFound)
        }
    }

    @Test("an empty line or an unknown story is refused beside the field with what was typed kept")
    func refused() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let desk = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            try await desk.get("/newsroom/breaking")
            let empty = try await desk.post(
                "/newsroom/breaking", [("text", "  "), ("article", "77"), ("lasting", "180")])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("اكتب نص السطر."))
            #expect(empty.text.contains("لا يوجد خبر منشور بهذا الرقم."))
            #expect(empty.text.contains("value=\"77\""))
            #expect(empty.text.contains("value=\"180\" selected"))
        }
    }

    @Test("a writer cannot reach the breaking-news desk")
    func writerRefused() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let writer = try await NewsroomBrowser.signedIn(client, email: staff.writer.email, password: Self.password)
            let dashboard = try await writer.get("/newsroom").text
            #expect(!dashboard.contains("href=\"/newsroom/breaking\""))
            let page = try await writer.get("/newsroom/breaking")
            #expect(page.status == .forbidden)
            #expect(page.text.contains("لا يسمح دورك"))
        }
    }
}
