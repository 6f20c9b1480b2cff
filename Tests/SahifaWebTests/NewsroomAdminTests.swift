import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("The newsroom's admin pages")
struct NewsroomAdminTests {
    static let password = "عبارة مرور للإدارة"

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> (admin: Account, editor: Account) = {
        newsroom, _ in
        let hash = try await PasswordHasher(cost: 4).hash(password)
        func open(_ email: String, _ name: String, _ role: Role) async throws -> Account {
            try #require(
                try await newsroom.store.createAccount(
                    NewAccount(email: email, name: name, role: role, password: password), passwordHash: hash,
                    at: summitDay, onlyIfFirst: false
                )
            )
        }
        return (
            try await open("admin@example.org", "المديرة", .admin),
            try await open("editor@example.org", "المحرر", .editor)
        )
    }

    @Test("an admin opens accounts and changes roles; a refused account keeps what was typed; an editor is kept out")
    func accounts() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let editorBrowser = try await NewsroomBrowser.signedIn(
                client, email: staff.editor.email, password: Self.password)
            #expect(try await editorBrowser.get("/newsroom/admin/accounts").status == .forbidden)

            let admin = try await NewsroomBrowser.signedIn(client, email: staff.admin.email, password: Self.password)
            try await admin.get("/newsroom/admin/accounts")
            let refused = try await admin.post(
                "/newsroom/admin/accounts",
                [("name", "كاتبة جديدة"), ("email", "EDITOR@example.org"), ("role", "writer"), ("password", "قصيرة")]
            )
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("كلمة المرور قصيرة"))
            #expect(refused.text.contains("value=\"كاتبة جديدة\""))
            let taken = try await admin.post(
                "/newsroom/admin/accounts",
                [
                    ("name", "كاتبة جديدة"), ("email", "EDITOR@example.org"), ("role", "writer"),
                    ("password", "كلمة مرور جديدة طويلة"),
                ]
            )
            #expect(taken.status == .badRequest)
            #expect(taken.text.contains("هذا البريد مستخدم لحساب آخر."))
            let opened = try await admin.post(
                "/newsroom/admin/accounts",
                [
                    ("name", "كاتبة جديدة"), ("email", "writer@example.org"), ("role", "writer"),
                    ("password", "كلمة مرور جديدة طويلة"),
                ]
            )
            #expect(opened.status == .seeOther)
            #expect(try await admin.get("/newsroom/admin/accounts").text.contains("writer@example.org"))

            #expect(
                try await admin.post("/newsroom/admin/accounts/\(staff.editor.id)/role", [("role", "writer")]).status
                    == .seeOther)
            // The change of role ended the member's session; signed in again, the new role holds.
            #expect(
                try await editorBrowser.get("/newsroom/breaking").headers[.location]
                    == "/newsroom/login?next=%2Fnewsroom%2Fbreaking")
            let demoted = try await NewsroomBrowser.signedIn(
                client, email: "editor@example.org", password: Self.password)
            #expect(try await demoted.get("/newsroom/breaking").status == .forbidden)
            #expect(
                try await admin.post("/newsroom/admin/accounts/9999/role", [("role", "writer")]).status == .notFound)
            let selfChange = try await admin.post(
                "/newsroom/admin/accounts/\(staff.admin.id)/role", [("role", "writer")])
            #expect(selfChange.status == .conflict)
        }
    }

    @Test(
        "an admin gives a member a new password: it opens the account, ends the member's sessions, and a short one is refused beside its field"
    )
    func adminSetsPassword() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let editorBrowser = try await NewsroomBrowser.signedIn(
                client, email: staff.editor.email, password: Self.password)
            #expect(
                try await editorBrowser.post(
                    "/newsroom/admin/accounts/\(staff.admin.id)/password", [("password", "أخذت الحساب كله")]
                ).status == .forbidden)

            let admin = try await NewsroomBrowser.signedIn(client, email: staff.admin.email, password: Self.password)
            try await admin.get("/newsroom/admin/accounts")
            let short = try await admin.post(
                "/newsroom/admin/accounts/\(staff.editor.id)/password", [("password", "قصيرة")])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("id=\"password-\(staff.editor.id)-problem\">كلمة المرور قصيرة"))
            #expect(
                try await admin.post("/newsroom/admin/accounts/9999/password", [("password", "كلمة مرور طويلة جدا")])
                    .status == .notFound)

            let set = try await admin.post(
                "/newsroom/admin/accounts/\(staff.editor.id)/password", [("password", "كلمة مرور عيّنتها المديرة")])
            #expect(set.status == .seeOther)
            #expect(try await editorBrowser.get("/newsroom").status != .ok)
            await #expect(throws: NewsroomBrowser.SignInRefused.self) {
                try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            }
            _ = try await NewsroomBrowser.signedIn(
                client, email: staff.editor.email, password: "كلمة مرور عيّنتها المديرة")
            #expect(try await admin.get("/newsroom/admin/accounts").status == .ok)
        }
    }

    @Test("an admin adds, renames and reorders sections, and the reader's navigation follows")
    func sections() async throws {
        try await withSite(seed: Self.seed) { client, staff in
            let admin = try await NewsroomBrowser.signedIn(client, email: staff.admin.email, password: Self.password)
            try await admin.get("/newsroom/admin/sections")
            let reserved = try await admin.post("/newsroom/admin/sections", [("slug", "newsroom"), ("name", "غرفة")])
            #expect(reserved.status == .badRequest)
            #expect(
                try await admin.post("/newsroom/admin/sections", [("slug", "sport"), ("name", "رياضة")]).status
                    == .seeOther)
            #expect(
                try await admin.post("/newsroom/admin/sections/sport", [("name", "الرياضة"), ("position", "1")]).status
                    == .seeOther)
            let home = try await client.execute(uri: "/", method: .get).text
            let sport = try #require(home.offset(of: ">الرياضة</a>"))
            let world = try #require(home.offset(of: ">العالم</a>"))
            #expect(sport < world)
        }
    }

    @Test(
        "an admin changes the site's name, digits, logo and social links; a bad time zone or link is refused beside its field"
    )
    func settings() async throws {
        try await withSite(seed: { newsroom, basics in
            let staff = try await Self.seed(newsroom, basics)
            let logo = try await newsroom.store.addMedia(
                MediaAsset(
                    hash: String(repeating: "ab", count: 32), kind: .png, alt: "شعار الغد", caption: "", credit: "",
                    width: 200, height: 60, byteCount: 10)
            )
            return (admin: staff.admin, logo: logo)
        }) { client, staff in
            let admin = try await NewsroomBrowser.signedIn(client, email: staff.admin.email, password: Self.password)
            try await admin.get("/newsroom/admin/settings")
            let badZone = try await admin.post(
                "/newsroom/admin/settings",
                [
                    ("name", "صحيفة الغد"), ("tagline", ""), ("copyright", "© الغد"), ("time_zone", "Mars/Olympus"),
                    ("digits", "western"),
                ]
            )
            #expect(badZone.status == .badRequest)
            #expect(badZone.text.contains("منطقة زمنية غير معروفة"))
            let badLink = try await admin.post(
                "/newsroom/admin/settings",
                [
                    ("name", "صحيفة الغد"), ("time_zone", "Africa/Cairo"), ("digits", "western"),
                    ("social_x", "http://x.com/alghad"),
                ]
            )
            #expect(badLink.status == .badRequest)
            #expect(badLink.text.contains("id=\"social_x-problem\">اكتب رابطاً كاملاً يبدأ بـ https://</p>"))
            #expect(badZone.text.contains("value=\"صحيفة الغد\""))
            let saved = try await admin.post(
                "/newsroom/admin/settings",
                [
                    ("name", "صحيفة الغد"), ("tagline", ""), ("copyright", "© الغد"), ("time_zone", "Africa/Cairo"),
                    ("digits", "western"),
                    ("logo", staff.logo.hash), ("social_telegram", "https://t.me/alghad"),
                ]
            )
            #expect(saved.status == .seeOther)
            let home = try await client.execute(uri: "/", method: .get).text
            #expect(home.contains("<title>صحيفة الغد</title>"))
            #expect(home.contains("© الغد"))
            #expect(home.contains("alt=\"صحيفة الغد\" width=\"200\" height=\"60\""))
            #expect(home.contains("href=\"https://t.me/alghad\""))
            #expect(!home.contains("https://x.com/test_paper"))
            let missing = try await admin.get("/newsroom/articles/9999")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("الصفحة غير موجودة"))
        }
    }
}
