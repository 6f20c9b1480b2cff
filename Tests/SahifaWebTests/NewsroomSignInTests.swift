import Foundation
import HTTPTypes
import HummingbirdOTP
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Newsroom sign-in, first run, sign-out and passwords")
struct NewsroomSignInTests {
    static let password = "كلمة-سر-طويلة-1"

    /// A site with one editor account.
    static let seedEditor: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Account = { newsroom, _ in
        let hash = try await PasswordHasher(cost: 4).hash(password)
        return try #require(
            try await newsroom.store.createAccount(
                NewAccount(email: "Huda@Example.org", name: "هدى المحررة", role: .editor, password: password),
                passwordHash: hash, at: summitDay, onlyIfFirst: false
            )
        )
    }

    @Test("with no account yet, the newsroom leads to the first-run form, which opens an admin and signs in")
    func firstRun() async throws {
        try await withSite(seed: { newsroom, _ in newsroom.store }) { client, store in
            let browser = NewsroomBrowser(client)
            let dashboard = try await browser.get("/newsroom")
            #expect(dashboard.status == .seeOther)
            #expect(dashboard.headers[.location] == "/newsroom/login")
            #expect(try await browser.get("/newsroom/login").headers[.location] == "/newsroom/setup")
            let form = try await browser.get("/newsroom/setup")
            #expect(form.status == .ok)
            #expect(form.text.contains("<html lang=\"ar\" dir=\"rtl\">"))

            #expect(form.text.contains("name=\"setup_code\""))
            let stranger = try await browser.post(
                "/newsroom/setup",
                [
                    ("name", "غريب"), ("email", "stranger@example.org"), ("password", Self.password),
                    ("password_again", Self.password), ("setup_code", "AAAA-BBBB-CCCC"),
                ]
            )
            #expect(stranger.status == .badRequest)
            #expect(stranger.text.contains("رمز الإعداد غير صحيح"))
            #expect(stranger.text.contains("value=\"stranger@example.org\""))
            #expect(try await store.accountCount() == 0)

            let mismatch = try await browser.post(
                "/newsroom/setup",
                [
                    ("name", "سلمى"), ("email", "salma@example.org"), ("password", Self.password),
                    ("password_again", "شيء آخر تماماً"), ("setup_code", firstRunCode),
                ]
            )
            #expect(mismatch.status == .badRequest)
            #expect(mismatch.text.contains("id=\"password_again-problem\">الكلمتان غير متطابقتين.</p>"))
            #expect(mismatch.text.contains("value=\"سلمى\""))
            #expect(mismatch.text.contains("value=\"salma@example.org\""))
            #expect(!mismatch.text.contains(Self.password))

            let created = try await browser.post(
                "/newsroom/setup",
                [
                    ("name", "سلمى"), ("email", "salma@example.org"), ("password", Self.password),
                    ("password_again", Self.password), ("setup_code", firstRunCode.lowercased()),
                ]
            )
            #expect(created.status == .seeOther)
            #expect(created.headers[.location] == "/newsroom")
            let home = try await browser.get("/newsroom")
            #expect(home.status == .ok)
            #expect(home.text.contains("أهلاً سلمى"))
            #expect(home.text.contains("(مدير)"))
            #expect(try await browser.get("/newsroom/setup").headers[.location] == "/newsroom/login")
        }
    }

    @Test(
        "a wrong password answers 401 in Arabic with the e-mail kept; the right one sets an HttpOnly, SameSite=Lax session cookie"
    )
    func signIn() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login?next=%2Fnewsroom%2Fpassword")
            let wrong = try await browser.post(
                "/newsroom/login",
                [("email", "huda@example.org"), ("password", "ليست هي"), ("next", "/newsroom/password")]
            )
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("البريد الإلكتروني أو كلمة المرور غير صحيحة."))
            #expect(wrong.text.contains("value=\"huda@example.org\""))
            #expect(await browser.cookies["sahifa_session"] == nil)

            let right = try await browser.post(
                "/newsroom/login",
                [("email", " HUDA@example.org "), ("password", Self.password), ("next", "/newsroom/password")]
            )
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/newsroom/password")
            let sessionCookie = try #require(await browser.setCookieLines.first { $0.hasPrefix("sahifa_session=") })
            #expect(sessionCookie.contains("HttpOnly"))
            #expect(sessionCookie.contains("SameSite=Lax"))
            #expect(sessionCookie.contains("Path=/"))
            #expect(!sessionCookie.contains("Secure"))
            #expect(try await browser.get("/newsroom").text.contains("هدى المحررة"))
        }
    }

    @Test("a sign-in may only send the browser back to a newsroom page, never to another site")
    func returnAddress() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login")
            let response = try await browser.post(
                "/newsroom/login",
                [("email", "huda@example.org"), ("password", Self.password), ("next", "//evil.example/newsroom")]
            )
            #expect(response.headers[.location] == "/newsroom")
        }
    }

    @Test("a post without this browser's form token is refused with 403 and signs nobody in")
    func formToken() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login")
            let missing = try await browser.post(
                "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)], withToken: false
            )
            #expect(missing.status == .forbidden)
            #expect(missing.text.contains("انتهت صلاحية النموذج"))
            let forged = try await browser.post(
                "/newsroom/login",
                [("email", "huda@example.org"), ("password", Self.password), ("form_token", "guessed")],
                withToken: false
            )
            #expect(forged.status == .forbidden)
            #expect(await browser.cookies["sahifa_session"] == nil)
        }
    }

    @Test("after five failed sign-ins the form asks to wait, even for the right password")
    func throttling() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login")
            for _ in 1...5 {
                let failed = try await browser.post(
                    "/newsroom/login", [("email", "huda@example.org"), ("password", "خطأ خطأ خطأ")])
                #expect(failed.status == .unauthorized)
            }
            let blocked = try await browser.post(
                "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            #expect(blocked.status == .tooManyRequests)
            #expect(blocked.text.contains("محاولات دخول فاشلة كثيرة"))
            let wait = try #require(blocked.headers[.retryAfter].flatMap { Int($0) })
            #expect(wait >= 1 && blocked.text.contains("انتظر \(wait) ثانية"))
            #expect(await browser.cookies["sahifa_session"] == nil)
        }
    }

    @Test("signing out ends the session on the server: the old cookie no longer opens the newsroom")
    func signOut() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login")
            try await browser.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            let stolen = try #require(await browser.cookies["sahifa_session"])
            try await browser.get("/newsroom")
            let out = try await browser.post("/newsroom/logout", [])
            #expect(out.status == .seeOther)
            #expect(out.headers[.location] == "/newsroom/login")
            await browser.set("sahifa_session", stolen)
            #expect(try await browser.get("/newsroom").status == .seeOther)
        }
    }

    @Test("signing in gives a new session id and ends one the browser already held, so a planted session is worthless")
    func sessionRotatesAtSignIn() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = NewsroomBrowser(client)
            try await browser.get("/newsroom/login")
            try await browser.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            let planted = try #require(await browser.cookies["sahifa_session"])
            // Whoever knows this id cannot ride on it: the browser signs in again (from a page
            // whose form carries its session's token) and the old id ends.
            try await browser.get("/newsroom")
            try await browser.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            let fresh = try #require(await browser.cookies["sahifa_session"])
            #expect(fresh != planted)
            #expect(try await browser.get("/newsroom").status == .ok)
            let attacker = NewsroomBrowser(client)
            await attacker.set("sahifa_session", planted)
            #expect(try await attacker.get("/newsroom").status == .seeOther)
        }
    }

    @Test("signing out everywhere ends every session of the member; a role change ends them too")
    func signOutEverywhereAndRoleChange() async throws {
        try await withSite(seed: { newsroom, basics in
            let editor = try await Self.seedEditor(newsroom, basics)
            _ = try await newsroom.store.createAccount(
                NewAccount(email: "chief@example.org", name: "المديرة", role: .admin, password: Self.password),
                passwordHash: try await PasswordHasher(cost: 4).hash(Self.password), at: summitDay, onlyIfFirst: false)
            return editor
        }) { client, editor in
            let laptop = try await NewsroomBrowser.signedIn(client, email: "huda@example.org", password: Self.password)
            let phone = try await NewsroomBrowser.signedIn(client, email: "huda@example.org", password: Self.password)
            let page = try await phone.get("/newsroom/password")
            #expect(page.text.contains("action=\"/newsroom/logout-everywhere\""))
            let out = try await phone.post("/newsroom/logout-everywhere", [])
            #expect(out.status == .seeOther && out.headers[.location] == "/newsroom/login")
            #expect(try await phone.get("/newsroom").status == .seeOther)
            #expect(try await laptop.get("/newsroom").status == .seeOther)

            let again = try await NewsroomBrowser.signedIn(client, email: "huda@example.org", password: Self.password)
            let admin = try await NewsroomBrowser.signedIn(client, email: "chief@example.org", password: Self.password)
            try await admin.get("/newsroom/admin/accounts")
            let changed = try await admin.post(
                "/newsroom/admin/accounts/\(editor.id.rawValue)/role", [("role", "writer")])
            #expect(changed.status == .seeOther)
            #expect(try await again.get("/newsroom").status == .seeOther)
            #expect(try await admin.get("/newsroom").status == .ok)
        }
    }

    @Test("changing the password keeps this browser in, signs the others out, and only the new password works")
    func changePassword() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let first = NewsroomBrowser(client)
            let second = NewsroomBrowser(client)
            for browser in [first, second] {
                try await browser.get("/newsroom/login")
                try await browser.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            }
            try await first.get("/newsroom/password")
            let short = try await first.post(
                "/newsroom/password",
                [("current_password", Self.password), ("password", "قصيرة"), ("password_again", "قصيرة")]
            )
            #expect(short.status == .badRequest)
            #expect(short.text.contains("كلمة المرور قصيرة"))
            let newPassword = "عبارة مرور جديدة وطويلة"
            let wrongCurrent = try await first.post(
                "/newsroom/password",
                [("current_password", "ليست هي"), ("password", newPassword), ("password_again", newPassword)]
            )
            #expect(wrongCurrent.text.contains("كلمة المرور الحالية غير صحيحة."))
            let changed = try await first.post(
                "/newsroom/password",
                [("current_password", Self.password), ("password", newPassword), ("password_again", newPassword)]
            )
            #expect(changed.status == .ok)
            #expect(changed.text.contains("حُفظت كلمة المرور الجديدة."))
            #expect(try await first.get("/newsroom").status == .ok)
            #expect(try await second.get("/newsroom").status == .seeOther)

            let third = NewsroomBrowser(client)
            try await third.get("/newsroom/login")
            #expect(
                try await third.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
                    .status == .unauthorized)
            #expect(
                try await third.post("/newsroom/login", [("email", "huda@example.org"), ("password", newPassword)])
                    .status == .seeOther)
        }
    }

    @Test(
        "a passphrase of 64 Arabic letters counts to its last letter, and a hash made before long passphrases still opens"
    )
    func longArabicPassphrase() async throws {
        let hasher = PasswordHasher(cost: 4)
        let passphrase = String(repeating: "ب", count: 63) + "ت"
        let hash = try await hasher.hash(passphrase)
        #expect(try await hasher.verify(passphrase, against: hash))
        // The two differ only past bcrypt's 72 bytes, in their 64th letter.
        #expect(try await !hasher.verify(String(repeating: "ب", count: 64), against: hash))
        #expect(try await !hasher.verify(String(repeating: "ب", count: 36), against: hash))

        // A passphrase that fits in bcrypt is hashed as every hash was before, so those still open.
        let short = try await hasher.hash(Self.password)
        #expect(!short.hasPrefix("sha256+") && short.hasPrefix("$2"))
        #expect(try await hasher.verify(Self.password, against: short))
    }

    @Test("a member turns on the second factor with a code from their app; afterwards the password alone is not enough")
    func secondFactor() async throws {
        try await withSite(seed: Self.seedEditor) { client, _ in
            let browser = try await NewsroomBrowser.signedIn(client, email: "huda@example.org", password: Self.password)
            let setup = try await browser.get("/newsroom/second-factor").text
            #expect(setup.contains("otpauth://totp/"))
            let start = try #require(setup.range(of: "name=\"secret\" value=\""))
            let secret = String(setup[start.upperBound...].prefix { $0 != "\"" })
            let wrong = try await browser.post(
                "/newsroom/second-factor", [("action", "on"), ("secret", secret), ("code", "000000")])
            #expect(wrong.status == .badRequest)
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: Date()))
            let on = try await browser.post(
                "/newsroom/second-factor", [("action", "on"), ("secret", secret), ("code", code)])
            #expect(on.status == .ok)
            #expect(on.text.contains("فُعّل التحقق بخطوتين."))

            let other = NewsroomBrowser(client)
            try await other.get("/newsroom/login")
            let passwordOnly = try await other.post(
                "/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
            #expect(passwordOnly.status == .unauthorized)
            #expect(passwordOnly.text.contains("رمز التحقق غير صحيح"))
            let withCode = try await other.post(
                "/newsroom/login",
                [
                    ("email", "huda@example.org"), ("password", Self.password),
                    ("code", String(format: "%06d", TOTP(secret: secret).compute(date: Date()))),
                ]
            )
            #expect(withCode.status == .seeOther)

            let off = try await browser.post(
                "/newsroom/second-factor", [("action", "off"), ("current_password", Self.password)])
            #expect(off.text.contains("أوقف التحقق بخطوتين."))
            let third = NewsroomBrowser(client)
            try await third.get("/newsroom/login")
            #expect(
                try await third.post("/newsroom/login", [("email", "huda@example.org"), ("password", Self.password)])
                    .status == .seeOther)
        }
    }
}
