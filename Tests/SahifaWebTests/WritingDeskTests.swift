import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

/// What the article editor's script asks of the server while a member writes: pictures
/// dropped into the body, the library and story dialogs, and the working copy kept every few
/// seconds and offered back on the editor's page.
@Suite("The writing desk")
struct WritingDeskTests {
    static let password = NewsroomEditorTests.password

    private static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    private static func refusal(_ response: TestResponse) throws -> (code: String, message: String, field: String?) {
        let error = try #require(try json(response)["error"] as? [String: Any])
        return (
            try #require(error["code"] as? String), try #require(error["message"] as? String), error["field"] as? String
        )
    }

    /// The writer, signed in, on a new article's form (its form token in hand).
    private static func writerAtTheDesk(_ client: any TestClientProtocol, _ staff: NewsroomEditorTests.Staff)
        async throws -> NewsroomBrowser
    {
        let writer = try await NewsroomBrowser.signedIn(client, email: staff.writer.email, password: password)
        try await writer.get("/newsroom/articles/new")
        return writer
    }

    @Test("a picture dropped without alt text is held with its agency's caption and credit, then kept once it has one")
    func droppedPicture() async throws {
        try await withSite(seed: NewsroomEditorTests.seedStaff) { client, staff in
            let writer = try await Self.writerAtTheDesk(client, staff)
            let photo = TestPictures.withAgencyMetadata(
                try SharedTestData.coverPhoto(), iptc: [(120, "وزراء الخارجية في الرياض"), (110, "واس")], xmp: nil)

            let held = try await writer.postFile("/newsroom/desk/pictures", [("alt", "")], file: photo)
            #expect(held.status == .accepted)
            let hold = try Self.json(held)
            #expect(hold["caption"] as? String == "وزراء الخارجية في الرياض")
            #expect(hold["credit"] as? String == "واس")
            #expect(hold["width"] as? Int == 1200 && hold["height"] as? Int == 675)
            let token = try #require(hold["held"] as? String)

            let noAlt = try await writer.postFile(
                "/newsroom/desk/pictures", [("held", token), ("alt", " ")], file: nil)
            #expect(noAlt.status == .badRequest)
            let missing = try Self.refusal(noAlt)
            #expect(missing.code == "alt_missing" && missing.field == "alt")

            let kept = try await writer.postFile(
                "/newsroom/desk/pictures", [("held", token), ("alt", "وزراء حول طاولة"), ("credit", "رويترز")],
                file: nil)
            #expect(kept.status == .created)
            let picture = try #require(try Self.json(kept)["picture"] as? [String: Any])
            let hash = try #require(picture["hash"] as? String)
            #expect(picture["caption"] as? String == "وزراء الخارجية في الرياض")
            #expect(picture["credit"] as? String == "رويترز")
            #expect((picture["thumbnail"] as? String)?.hasPrefix("/media/r/\(hash)/") == true)

            let again = try await writer.postFile(
                "/newsroom/desk/pictures", [("held", token), ("alt", "مرة ثانية")], file: nil)
            #expect(again.status == .gone)
            #expect(try Self.refusal(again).code == "held_upload_gone")

            let found = try Self.json(try await writer.get("/newsroom/desk/pictures?q=" + "طاولة".urlQuery))
            #expect((found["pictures"] as? [[String: Any]])?.compactMap { $0["hash"] as? String } == [hash])
            let named = try Self.json(try await writer.get("/newsroom/desk/pictures?hashes=\(hash),unknown"))
            #expect((named["pictures"] as? [[String: Any]])?.count == 1)
        }
    }

    @Test("a file that is not a picture, a post without the form token and a signed-out call are refused in JSON")
    func refusals() async throws {
        try await withSite(seed: NewsroomEditorTests.seedStaff) { client, staff in
            let writer = try await Self.writerAtTheDesk(client, staff)
            let page = try await writer.postFile(
                "/newsroom/desk/pictures", [("alt", "صفحة")], file: Array("<html><script>1</script></html>".utf8))
            #expect(page.status == .unsupportedMediaType)
            let refused = try Self.refusal(page)
            #expect(refused.code == "not_a_picture" && refused.field == "file" && refused.message.contains("ليس صورة"))

            let forged = try await writer.postFile(
                "/newsroom/desk/pictures", [("alt", "صورة")], file: try SharedTestData.coverPhoto(), withToken: false)
            #expect(forged.status == .forbidden)
            #expect(try Self.refusal(forged).code == "form_expired")

            let stranger = try await NewsroomBrowser(client).get("/newsroom/desk/pictures")
            #expect(stranger.status == .unauthorized)
            #expect(try Self.refusal(stranger).message.contains("سجّل الدخول"))
            #expect(try await writer.get("/newsroom/desk/pictures?q=").status == .ok)
        }
    }

    @Test("the card dialog offers the related stories first, then searches; cards already placed are named")
    func storiesForCards() async throws {
        try await TestNewsroom.with { newsroom in
            let basics = try await newsroom.seedBasics()
            let staff = try await NewsroomEditorTests.seedStaff(newsroom, basics)
            let summit = try await newsroom.publish(
                ArticleDraft(
                    headline: "قمة المناخ تبدأ في الرياض", bodyMarkdown: "وفود من مئة دولة تصل إلى قمة المناخ.",
                    sectionSlug: "world"), at: summitDay)
            let harbour = try await newsroom.publish(
                ArticleDraft(
                    headline: "ميناء جدة يستقبل سفينة", bodyMarkdown: "وصلت السفينة إلى الميناء.",
                    sectionSlug: "economy"),
                at: summitDay.addingTimeInterval(60))
            let draft = try await newsroom.store.createArticle(
                ArticleDraft(
                    headline: "القمة في يومها الثاني", bodyMarkdown: "تتواصل قمة المناخ.", sectionSlug: "world"),
                at: summitDay.addingTimeInterval(120))
            let app = try await makeApplication(for: newsroom)
            try await app.test(.router) { client in
                let writer = try await Self.writerAtTheDesk(client, staff)
                let offered = try Self.json(try await writer.get("/newsroom/desk/stories?article=\(draft.id)"))
                let stories = try #require(offered["stories"] as? [[String: Any]])
                #expect(Set(stories.compactMap { $0["id"] as? Int64 }) == [summit.id.rawValue, harbour.id.rawValue])
                #expect(!stories.contains { ($0["id"] as? Int64) == draft.id.rawValue })

                let searched = try Self.json(try await writer.get("/newsroom/desk/stories?q=" + "ميناء".urlQuery))
                let hits = try #require(searched["stories"] as? [[String: Any]])
                #expect(hits.compactMap { $0["id"] as? Int64 } == [harbour.id.rawValue])
                #expect(hits.first?["section"] as? String == "اقتصاد")

                let named = try Self.json(try await writer.get("/newsroom/desk/stories?ids=\(summit.id),\(draft.id)"))
                #expect(
                    (named["stories"] as? [[String: Any]])?.compactMap { $0["headline"] as? String } == [
                        "قمة المناخ تبدأ في الرياض", "القمة في يومها الثاني",
                    ])
            }
        }
    }

    @Test(
        "what the editor kept on its own is offered back on the article's page, restores with its revision, and a save drops it"
    )
    func workingCopy() async throws {
        try await TestNewsroom.with { newsroom in
            let basics = try await newsroom.seedBasics()
            let staff = try await NewsroomEditorTests.seedStaff(newsroom, basics)
            let app = try await makeApplication(for: newsroom)
            try await app.test(.router) { client in
                let writer = try await Self.writerAtTheDesk(client, staff)
                let created = try await writer.post(
                    "/newsroom/articles/new",
                    [("headline", "قمة المناخ"), ("section", "world"), ("body", "فقرة أولى."), ("action", "save")])
                let path = try #require(created.headers[.location]?.split(separator: "?").first.map(String.init))
                let id = String(path.split(separator: "/").last ?? "")
                let page = try await writer.get(path)
                #expect(page.text.contains("data-article=\"\(id)\" data-revision=\"1\""))
                #expect(
                    page.text.contains(
                        "id=\"headline\" name=\"headline\" value=\"قمة المناخ\" required data-limit=\"200\" data-advice=\"70\""
                    ))

                let typed: [(String, String)] = [
                    ("article", id), ("revision", "1"), ("headline", "قمة المناخ تفتح أبوابها"), ("section", "world"),
                    ("body", "فقرة أولى.\n\nفقرة ثانية لم تُحفظ بعد."), ("authors", "layla"), ("authors", "omar"),
                ]
                let kept = try await writer.post("/newsroom/desk/autosave", typed)
                #expect(kept.status == .ok)
                #expect(try Self.json(kept)["revision_now"] as? Int == 1)
                // On the site's clock, in its digits, as the page's own offer writes times.
                let time = try #require(try Self.json(kept)["time"] as? String)
                #expect(time.count == 5 && time.allSatisfy { "٠١٢٣٤٥٦٧٨٩:".contains($0) })
                #expect(try await newsroom.store.article(id: ArticleID(Int64(id)!))?.revision == 1)

                let offered = try await writer.get(path)
                #expect(offered.text.contains("مسودة محفوظة تلقائياً"))
                #expect(offered.text.contains("href=\"\(path)?restore=autosave\""))
                #expect(offered.text.contains("value=\"قمة المناخ\""))

                let restored = try await writer.get(path + "?restore=autosave")
                #expect(restored.text.contains("value=\"قمة المناخ تفتح أبوابها\""))
                #expect(restored.text.contains("فقرة ثانية لم تُحفظ بعد."))
                #expect(restored.text.contains("name=\"revision\" value=\"1\""))
                #expect(restored.text.contains("value=\"omar\" checked"))

                let saved = try await writer.post(
                    path, typed.filter { $0.0 != "article" } + [("action", "save")])
                #expect(saved.status == .seeOther)
                #expect(!(try await writer.get(path)).text.contains("مسودة محفوظة تلقائياً"))

                try await writer.post(
                    "/newsroom/desk/autosave", [("article", id), ("revision", "2"), ("headline", "ثالثة")])
                let discarded = try await writer.post(path + "/autosave/discard", [])
                #expect(discarded.headers[.location] == path + "?done=discarded")
                let after = try await writer.get(path + "?done=discarded")
                #expect(!after.text.contains("مسودة محفوظة تلقائياً") && after.text.contains("تُركت المسودة"))
            }
        }
    }

    @Test("an autosave says when someone else saved meanwhile, and a member who may not edit the article keeps nothing")
    func autosaveAfterAnotherSave() async throws {
        try await TestNewsroom.with { newsroom in
            let basics = try await newsroom.seedBasics()
            let staff = try await NewsroomEditorTests.seedStaff(newsroom, basics)
            let article = try await newsroom.store.createArticle(
                ArticleDraft(headline: "مسودة المحررة", bodyMarkdown: "نص.", sectionSlug: "world"), at: summitDay,
                by: staff.editor.id)
            _ = try await newsroom.store.updateArticle(
                id: article.id,
                with: ArticleDraft(headline: "مسودة المحررة ٢", bodyMarkdown: "نص.", sectionSlug: "world"),
                at: summitDay.addingTimeInterval(60), expectedRevision: 1, by: staff.editor.id)
            let app = try await makeApplication(for: newsroom)
            try await app.test(.router) { client in
                let editor = try await NewsroomBrowser.signedIn(
                    client, email: staff.otherEditor.email, password: Self.password)
                try await editor.get("/newsroom/articles/\(article.id)")
                let late = try await editor.post(
                    "/newsroom/desk/autosave", [("article", "\(article.id)"), ("revision", "1"), ("headline", "نسختي")])
                #expect(try Self.json(late)["revision_now"] as? Int == 2)

                let writer = try await Self.writerAtTheDesk(client, staff)
                let refused = try await writer.post(
                    "/newsroom/desk/autosave",
                    [("article", "\(article.id)"), ("revision", "2"), ("headline", "ليس لي")])
                #expect(refused.status == .forbidden)
                #expect(try await newsroom.store.autosave(of: article.id, by: staff.writer.id) == nil)
            }
        }
    }
}

extension String {
    fileprivate var urlQuery: String { PercentEncoding.encodePathSegment(self) }
}
