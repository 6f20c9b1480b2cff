import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("The newsroom's article editor and workflow")
struct NewsroomEditorTests {
    static let password = "عبارة مرور للمحررين"

    struct Staff: Sendable {
        var writer: Account
        var editor: Account
        var otherEditor: Account
    }

    static let seedStaff: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Staff = { newsroom, _ in
        let hash = try await PasswordHasher(cost: 4).hash(password)
        func open(_ email: String, _ name: String, _ role: Role) async throws -> Account {
            try #require(
                try await newsroom.store.createAccount(
                    NewAccount(email: email, name: name, role: role, password: password),
                    passwordHash: hash, at: summitDay, onlyIfFirst: false
                )
            )
        }
        return Staff(
            writer: try await open("writer@example.org", "كاتب الاختبار", .writer),
            editor: try await open("editor@example.org", "محررة الاختبار", .editor),
            otherEditor: try await open("night@example.org", "محرر الليل", .editor)
        )
    }

    /// Opens the new-article form and saves `fields` as a draft; answers the new article's id.
    private func saveDraft(_ browser: NewsroomBrowser, _ fields: [(String, String)]) async throws -> Int64 {
        try await browser.get("/newsroom/articles/new")
        let created = try await browser.post("/newsroom/articles/new", fields + [("action", "save")])
        return try articleID(from: created.headers[.location])
    }

    private func articleID(from location: String?) throws -> Int64 {
        let path = try #require(location)
        let digits = path.dropFirst("/newsroom/articles/".count).prefix { $0.isNumber }
        return try #require(Int64(digits))
    }

    @Test(
        "a refused draft shows Arabic problems beside the fields with every word kept; a good one is saved as the writer's draft"
    )
    func draft() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let writer = try await NewsroomBrowser.signedIn(client, email: staff.writer.email, password: Self.password)
            let form = try await writer.get("/newsroom/articles/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("<textarea dir=\"auto\" id=\"body\""))
            let body =
                "فقرة أولى كتبها الكاتب عن قمة C5+1 في 6 نوفمبر.\n\n## ما الذي تغيّر\n\nفقرة ثانية <b>بلا</b> HTML."
            let refused = try await writer.post(
                "/newsroom/articles/new",
                [
                    ("headline", "  "), ("section", "world"), ("body", body), ("tags", "آسيا، الطاقة"),
                    ("action", "save"),
                ]
            )
            #expect(refused.status == .badRequest)
            #expect(refused.text.contains("id=\"headline-problem\"><li>اكتب العنوان.</li>"))
            #expect(refused.text.contains("فقرة ثانية &lt;b&gt;بلا&lt;/b&gt; HTML."))
            #expect(refused.text.contains("value=\"آسيا، الطاقة\""))

            let saved = try await writer.post(
                "/newsroom/articles/new",
                [
                    ("headline", "قادة آسيا الوسطى في واشنطن"), ("section", "world"), ("authors", "layla"),
                    ("authors", "omar"),
                    ("body", body), ("tags", "آسيا، الطاقة"), ("action", "save"),
                ]
            )
            #expect(saved.status == .seeOther)
            let page = try await writer.get(try #require(saved.headers[.location]))
            #expect(page.text.contains("الحالة: مسودة · المراجعة 1"))
            #expect(page.text.contains("حُفظ الخبر"))
            #expect(page.text.contains("value=\"layla\" checked") && page.text.contains("value=\"omar\" checked"))
            let dashboard = try await writer.get("/newsroom").text
            let drafts = try #require(dashboard.offset(of: "id=\"my-drafts\""))
            let headline = try #require(dashboard.offset(of: "قادة آسيا الوسطى في واشنطن"))
            #expect(drafts < headline)
        }
    }

    @Test("a writer submits for review but may not publish; an editor publishes and readers see the story")
    func workflow() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let writer = try await NewsroomBrowser.signedIn(client, email: staff.writer.email, password: Self.password)
            let id = try await saveDraft(
                writer, [("headline", "افتتاح خط قطارات جديد"), ("section", "economy"), ("body", "نص الخبر.")])
            let writerPage = try await writer.get("/newsroom/articles/\(id)").text
            #expect(writerPage.contains("إرسال للمراجعة"))
            #expect(!writerPage.contains("نشر الآن"))
            #expect(try await writer.post("/newsroom/articles/\(id)/move", [("move", "publish")]).status == .forbidden)
            #expect(try await writer.post("/newsroom/articles/\(id)/move", [("move", "submit")]).status == .seeOther)
            #expect(try await writer.get("/newsroom/articles/\(id)").text.contains("الحالة: قيد المراجعة"))
            let refusedEdit = try await writer.post(
                "/newsroom/articles/\(id)",
                [("headline", "تغيير بعد الإرسال"), ("section", "economy"), ("revision", "1"), ("action", "save")]
            )
            #expect(refusedEdit.status == .forbidden)

            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let review = try await editor.get("/newsroom").text
            #expect(review.contains("بانتظار المراجعة") && review.contains("افتتاح خط قطارات جديد"))
            try await editor.get("/newsroom/articles/\(id)")
            #expect(try await editor.post("/newsroom/articles/\(id)/move", [("move", "publish")]).status == .seeOther)
            let published = try await editor.get("/newsroom/articles/\(id)").text
            #expect(published.contains("الحالة: منشور"))
            let publicPage = try await client.execute(uri: "/economy/\(id)", method: .get)
            #expect(publicPage.status == .movedPermanently)
            let article = try await client.execute(uri: try #require(publicPage.headers[.location]), method: .get)
            #expect(article.text.contains("افتتاح خط قطارات جديد"))
        }
    }

    @Test("an editor schedules a story for a future time in the site's clock; a past or unreadable time is refused")
    func scheduling() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let id = try await saveDraft(editor, [("headline", "خبر للغد"), ("section", "world"), ("body", "نص.")])
            let past = try await editor.post(
                "/newsroom/articles/\(id)/move", [("move", "schedule"), ("publish_at", "2020-01-01T09:30")])
            #expect(past.status == .badRequest)
            #expect(past.text.contains("اختر موعد نشر صحيحاً في المستقبل."))
            let garbled = try await editor.post(
                "/newsroom/articles/\(id)/move", [("move", "schedule"), ("publish_at", "غداً")])
            #expect(garbled.status == .badRequest)
            let scheduled = try await editor.post(
                "/newsroom/articles/\(id)/move", [("move", "schedule"), ("publish_at", "2099-01-01T09:30")])
            #expect(scheduled.status == .seeOther)
            #expect(try await editor.get("/newsroom/articles/\(id)").text.contains("الحالة: مجدول"))
            let dashboard = try await editor.get("/newsroom").text
            #expect(dashboard.contains("خبر للغد") && dashboard.contains("يُنشر"))
        }
    }

    @Test(
        "when two editors save the same article, the second save is refused with the other version shown and its text kept"
    )
    func concurrentEdits() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let day = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let night = try await NewsroomBrowser.signedIn(
                client, email: staff.otherEditor.email, password: Self.password)
            let id = try await saveDraft(
                day, [("headline", "العنوان الأول"), ("section", "world"), ("body", "النص الأول.")])
            try await day.get("/newsroom/articles/\(id)")
            try await night.get("/newsroom/articles/\(id)")
            let first = try await day.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "عنوان النهار"), ("section", "world"), ("body", "النص الأول."), ("revision", "1"),
                    ("action", "save"),
                ]
            )
            #expect(first.status == .seeOther)
            let second = try await night.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "عنوان الليل"), ("section", "world"), ("body", "فقرة كتبها محرر الليل."),
                    ("revision", "1"), ("action", "save"),
                ]
            )
            #expect(second.status == .conflict)
            #expect(second.text.contains("حفظ شخص آخر هذا الخبر"))
            #expect(second.text.contains(">فقرة كتبها محرر الليل.</textarea>"))
            #expect(second.text.contains("value=\"عنوان الليل\""))
            #expect(second.text.contains("<h2>عنوان النهار</h2>"))
            #expect(second.text.contains("name=\"revision\" value=\"2\""))

            let deliberate = try await night.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "عنوان الليل"), ("section", "world"), ("body", "فقرة كتبها محرر الليل."),
                    ("revision", "2"), ("action", "save"),
                ]
            )
            #expect(deliberate.status == .seeOther)
            #expect(try await night.get("/newsroom/articles/\(id)").text.contains("المراجعة 3"))
        }
    }

    @Test("the preview renders the body on the server and saves nothing")
    func preview() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let id = try await saveDraft(
                editor, [("headline", "خبر للمعاينة"), ("section", "world"), ("body", "نص محفوظ.")])
            try await editor.get("/newsroom/articles/\(id)")
            let preview = try await editor.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "خبر للمعاينة"), ("section", "world"), ("body", "## عنوان فرعي\n\nفقرة **مهمة**."),
                    ("revision", "1"), ("action", "preview"),
                ]
            )
            #expect(preview.status == .ok)
            #expect(preview.text.contains("<h2>عنوان فرعي</h2>"))
            #expect(preview.text.contains("<strong>مهمة</strong>"))
            #expect(try await editor.get("/newsroom/articles/\(id)").text.contains(">نص محفوظ.</textarea>"))
        }
    }

    @Test(
        "every save is a revision: the list shows them, two can be compared, and an old one can be restored as a new revision"
    )
    func revisions() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let id = try await saveDraft(
                editor, [("headline", "العنوان الأول"), ("section", "world"), ("body", "فقرة باقية.\n\nفقرة ستُحذف.")])
            try await editor.get("/newsroom/articles/\(id)")
            try await editor.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "العنوان الثاني"), ("section", "world"), ("body", "فقرة باقية.\n\nفقرة جديدة."),
                    ("revision", "1"), ("action", "save"),
                ]
            )
            let list = try await editor.get("/newsroom/articles/\(id)/revisions").text
            #expect(list.contains("(الحالية)"))
            #expect(list.contains("العنوان الأول") && list.contains("العنوان الثاني"))

            let diff = try await editor.get("/newsroom/articles/\(id)/revisions?from=1&to=2").text
            #expect(diff.contains("<del>فقرة ستُحذف.</del>"))
            #expect(diff.contains("<ins>فقرة جديدة.</ins>"))
            #expect(diff.contains("<li class=\"same\" dir=\"auto\">فقرة باقية.</li>"))
            #expect(try await editor.get("/newsroom/articles/\(id)/revisions?from=1&to=9").status == .badRequest)

            let old = try await editor.get("/newsroom/articles/\(id)/revisions/1")
            #expect(old.text.contains("استعادة هذه النسخة"))
            let restored = try await editor.post("/newsroom/articles/\(id)/revisions/1/restore", [("revision", "2")])
            #expect(restored.status == .seeOther)
            let page = try await editor.get("/newsroom/articles/\(id)").text
            #expect(page.contains("المراجعة 3"))
            #expect(page.contains("value=\"العنوان الأول\""))
            #expect(page.contains("فقرة ستُحذف.</textarea>"))
            let stale = try await editor.post("/newsroom/articles/\(id)/revisions/2/restore", [("revision", "2")])
            #expect(stale.status == .conflict)
            #expect(try await editor.get("/newsroom/articles/\(id)/revisions").text.contains("العنوان الثاني"))
        }
    }

    @Test("the article list narrows by status, section, author and headline words, and keeps the filters in its links")
    func articleList() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            try await editor.get("/newsroom/articles/new")
            for (headline, section, author) in [
                ("سوق النفط اليوم", "economy", "omar"), ("انتخابات في أوروبا", "world", "layla"),
                ("النفط والسياسة_50%", "world", "omar"),
            ] {
                try await editor.post(
                    "/newsroom/articles/new",
                    [
                        ("headline", headline), ("section", section), ("authors", author), ("body", "نص."),
                        ("action", "save"),
                    ]
                )
            }
            let all = try await editor.get("/newsroom/articles").text
            #expect(all.contains("سوق النفط اليوم") && all.contains("انتخابات في أوروبا"))
            let oil = try await editor.get("/newsroom/articles?q=%D8%A7%D9%84%D9%86%D9%81%D8%B7").text
            #expect(
                oil.contains("سوق النفط اليوم") && oil.contains("النفط والسياسة_50%")
                    && !oil.contains("انتخابات في أوروبا"))
            let literal = try await editor.get("/newsroom/articles?q=_50%25").text
            #expect(literal.contains("النفط والسياسة_50%") && !literal.contains("سوق النفط اليوم"))
            let world = try await editor.get("/newsroom/articles?section=world&author=omar").text
            #expect(
                world.contains("النفط والسياسة_50%") && !world.contains("انتخابات في أوروبا")
                    && !world.contains("سوق النفط اليوم"))
            #expect(world.contains("<option value=\"world\" selected>"))
            let drafts = try await editor.get("/newsroom/articles?status=published").text
            #expect(!drafts.contains("سوق النفط اليوم"))
            #expect(try await editor.get("/newsroom/articles?status=lost").status == .badRequest)
        }
    }

    @Test("an admin reads in the audit log who did what to which article; an editor may not")
    func auditLog() async throws {
        try await withSite(seed: { newsroom, basics in
            let staff = try await Self.seedStaff(newsroom, basics)
            let admin = try #require(
                try await newsroom.store.createAccount(
                    NewAccount(email: "admin@example.org", name: "مديرة الموقع", role: .admin, password: Self.password),
                    passwordHash: try await PasswordHasher(cost: 4).hash(Self.password), at: summitDay,
                    onlyIfFirst: false
                )
            )
            return (staff, admin)
        }) { client, seeded in
            let (staff, admin) = seeded
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            let id = try await saveDraft(editor, [("headline", "خبر في السجل"), ("section", "world"), ("body", "نص.")])
            try await editor.get("/newsroom/articles/\(id)")
            try await editor.post("/newsroom/articles/\(id)/move", [("move", "publish")])
            #expect(try await editor.get("/newsroom/audit").status == .forbidden)

            let boss = try await NewsroomBrowser.signedIn(client, email: admin.email, password: Self.password)
            let log = try await boss.get("/newsroom/audit").text
            let published = try #require(log.offset(of: "<td>نشر</td>"))
            let createdLine = try #require(log.offset(of: "<td>أنشأ خبراً</td>"))
            #expect(published < createdLine)
            #expect(log.count(of: "<td>محررة الاختبار</td>") == 2)
            #expect(log.contains("href=\"/newsroom/articles/\(id)\">خبر في السجل</a>"))
        }
    }

    @Test("an embargoed story cannot go out before its time, and a correction shows on the reader's page with its time")
    func embargoAndCorrection() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            try await editor.get("/newsroom/articles/new")
            let badTime = try await editor.post(
                "/newsroom/articles/new",
                [
                    ("headline", "تقرير محظور"), ("section", "world"), ("body", "نص."), ("embargo", "الأسبوع المقبل"),
                    ("action", "save"),
                ]
            )
            #expect(badTime.status == .badRequest)
            #expect(badTime.text.contains("id=\"embargo-problem\""))
            #expect(badTime.text.contains("value=\"تقرير محظور\""))
            let created = try await editor.post(
                "/newsroom/articles/new",
                [
                    ("headline", "تقرير محظور"), ("section", "world"), ("body", "نص."), ("embargo", "2099-01-01T08:00"),
                    ("action", "save"),
                ]
            )
            let id = try articleID(from: created.headers[.location])
            let page = try await editor.get("/newsroom/articles/\(id)").text
            #expect(page.contains("name=\"embargo\" value=\"2099-01-01T08:00\""))
            let refused = try await editor.post("/newsroom/articles/\(id)/move", [("move", "publish")])
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("الخبر محظور النشر حتى"))
            #expect(try await editor.get("/newsroom/articles/\(id)").text.contains("الحالة: مسودة"))

            try await editor.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "تقرير محظور"), ("section", "world"), ("body", "نص."), ("embargo", ""),
                    ("revision", "1"), ("action", "save"),
                ]
            )
            #expect(try await editor.post("/newsroom/articles/\(id)/move", [("move", "publish")]).status == .seeOther)
            try await editor.post(
                "/newsroom/articles/\(id)",
                [
                    ("headline", "تقرير محظور"), ("section", "world"), ("body", "نص مصحح."),
                    ("correction", "صُحّح عدد الضحايا إلى ثلاثة."),
                    ("revision", "2"), ("action", "save"),
                ]
            )
            let reader = try await client.execute(uri: "/world/\(id)", method: .get)
            let story = try await client.execute(uri: try #require(reader.headers[.location]), method: .get).text
            #expect(
                story.contains(
                    "<p class=\"correction\" role=\"note\"><strong>تحديث:</strong> صُحّح عدد الضحايا إلى ثلاثة. (<time"))
        }
    }

    @Test("the editor suggests existing tags found in the text and offers stories to place as inline related cards")
    func helpers() async throws {
        try await withSite(seed: { newsroom, basics in
            let staff = try await Self.seedStaff(newsroom, basics)
            let earlier = try await newsroom.publish(
                ArticleDraft(headline: "كازاخستان تشتري طائرات", sectionSlug: "economy", tagNames: ["كازاخستان"]),
                at: summitDay
            )
            return (staff, earlier)
        }) { client, seeded in
            let (staff, earlier) = seeded
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            try await editor.get("/newsroom/articles/new")
            let created = try await editor.post(
                "/newsroom/articles/new",
                [
                    ("headline", "رئيس كازاخستان في واشنطن"), ("section", "world"), ("body", "زيارة رسمية."),
                    ("action", "save"),
                ]
            )
            let page = try await editor.get(try #require(created.headers[.location])).text
            #expect(page.contains("data-add-tag=\"كازاخستان\""))
            #expect(page.contains("[[related:\(earlier.id)]]"))
            #expect(page.contains("data-insert=\"[[related:\(earlier.id)]]\""))
            #expect(page.contains("<script defer src=\"/assets/newsroom."))
        }
    }

    @Test("an article at its longest allowed body is saved, and a save or restore that names no revision is refused")
    func longBodyAndRevisionRequired() async throws {
        try await withSite(seed: Self.seedStaff) { client, staff in
            let editor = try await NewsroomBrowser.signedIn(client, email: staff.editor.email, password: Self.password)
            try await editor.get("/newsroom/articles/new")
            // Sent percent-encoded, these Arabic letters are over six times the characters in bytes.
            let body = String(repeating: "ب", count: ArticleDraft.bodyLimit - 10)
            let created = try await editor.post(
                "/newsroom/articles/new",
                [("headline", "خبر طويل جداً"), ("section", "world"), ("body", body), ("action", "save")]
            )
            #expect(created.status == .seeOther)
            let id = try articleID(from: created.headers[.location])
            #expect(try await editor.get("/newsroom/articles/\(id)").text.contains(body + "</textarea>"))
            let blind = try await editor.post(
                "/newsroom/articles/\(id)",
                [("headline", "بلا مراجعة"), ("section", "world"), ("body", "نص."), ("action", "save")]
            )
            #expect(blind.status == .badRequest)
            #expect(try await editor.post("/newsroom/articles/\(id)/revisions/1/restore", []).status == .badRequest)
            #expect(try await editor.get("/newsroom/articles/\(id)").text.contains("المراجعة 1"))
        }
    }
}
