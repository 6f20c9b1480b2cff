import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Uploading pictures to the media library")
struct MediaLibraryTests {
    static let password = "عبارة مرور لمكتبة الصور"

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Account = { newsroom, _ in
        try #require(
            try await newsroom.store.createAccount(
                NewAccount(email: "photo@example.org", name: "مصور", role: .writer, password: password),
                passwordHash: try await PasswordHasher(cost: 4).hash(password), at: summitDay, onlyIfFirst: false
            )
        )
    }

    /// A form with a file, as a browser sends it.
    static func multipart(_ fields: [(String, String)], file: [UInt8]?, filename: String = "photo.png", token: String?)
        -> (String, ByteBuffer)
    {
        let boundary = "----sahifa-test-boundary"
        var body: [UInt8] = []
        func add(_ text: String) { body += Array(text.utf8) }
        for (name, value) in fields + (token.map { [("form_token", $0)] } ?? []) {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        if let file {
            add(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(filename)\"\r\nContent-Type: image/png\r\n\r\n"
            )
            body += file
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        return ("multipart/form-data; boundary=\(boundary)", ByteBuffer(bytes: body))
    }

    /// The photographer, signed in, on the media library page (its form token in hand).
    private static func onMediaPage(_ client: any TestClientProtocol) async throws -> NewsroomBrowser {
        let browser = try await NewsroomBrowser.signedIn(client, email: "photo@example.org", password: password)
        try await browser.get("/newsroom/media")
        return browser
    }

    private func upload(
        _ browser: NewsroomBrowser, fields: [(String, String)], file: [UInt8]?,
        withToken: Bool = true
    ) async throws -> TestResponse {
        try await browser.postFile("/newsroom/media", fields, file: file, withToken: withToken)
    }

    @Test("a photo is stored by its content, listed with its renditions, and its original is for the newsroom only")
    func uploadPicture() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await Self.onMediaPage(client)
            let picture = try SharedTestData.coverPhoto()
            let response = try await upload(
                browser,
                fields: [
                    ("alt", "قادة آسيا الوسطى حول الطاولة"), ("caption", "القمة في البيت الأبيض"), ("credit", "رويترز"),
                ],
                file: picture
            )
            #expect(response.status == .seeOther)
            let page = try await browser.get(try #require(response.headers[.location])).text
            #expect(page.contains("أضيفت الصورة إلى المكتبة."))
            #expect(page.contains("alt=\"قادة آسيا الوسطى حول الطاولة\" width=\"1200\" height=\"675\""))
            let start = try #require(page.range(of: "href=\"/newsroom/media/original/"))
            let original = String(page[page.index(start.lowerBound, offsetBy: 6)...].prefix { $0 != "\"" })
            #expect(original.hasSuffix(".jpg"))
            let served = try await browser.get(original)
            #expect(served.status == .ok)
            #expect(served.headers[.contentType] == "image/jpeg")
            #expect(served.headers[.cacheControl] == "no-store")
            #expect(Array(buffer: served.body) == picture)
            #expect(try await client.execute(uri: original, method: .get).status != .ok)

            let file = String(original.dropFirst("/newsroom/media/original/".count))
            let hash = String(file.prefix(64))
            let forReaders = try await client.execute(uri: "/media/" + file, method: .get)
            #expect(forReaders.status == .movedPermanently)
            #expect(forReaders.headers[.location] == "/media/r/\(hash)/r1-o-1200-a.jpg")
            #expect(page.contains("/media/r/\(hash)/r1-o-320-a.avif 320w"))
        }
    }

    @Test("an uploaded photo's whole rendition set is made right after the upload, so its first readers wait for none")
    func renditionsAtUpload() async throws {
        try await TestNewsroom.with { newsroom in
            _ = try await Self.seed(newsroom, try await newsroom.seedBasics())
            let media = newsroom.folder.appendingPathComponent("media")
            let app = try await makeApplication(for: newsroom, mediaFolder: media)
            try await app.test(.router) { client in
                let browser = try await Self.onMediaPage(client)
                let photo = try SharedTestData.coverPhoto()
                let response = try await upload(browser, fields: [("alt", "غلاف")], file: photo)
                #expect(response.status == .seeOther)
                let hash = try #require(try await newsroom.store.editorChoices().pictures.first?.hash)
                let folder = media.appendingPathComponent("renditions/\(hash)")
                let deadline = Date().addingTimeInterval(120)
                var made: Set<String> = []
                while made.count < 43 && Date() < deadline {
                    try await Task.sleep(for: .milliseconds(100))
                    // A rendition being written is a hidden `.partial` file until it is whole.
                    made = Set(
                        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
                            !$0.hasPrefix(".")
                        })
                }
                // 1200 × 675: four widths as framed and at 16:9, three at 4:3 and square, in three
                // formats, and the social card.
                #expect(made.count == 43)
                for name in [
                    "r1-o-320-a.avif", "r1-o-1200-a.jpg", "r1-16x9-960-a.webp", "r1-4x3-900-a.avif", "r1-1x1-675-a.jpg",
                    "r1-40x21-1200-a.jpg",
                ] {
                    #expect(made.contains(name), "\(name)")
                }
            }
        }
    }

    @Test("an agency's caption and credit in the file fill the fields the editor left empty, and never the typed ones")
    func agencyMetadata() async throws {
        try await withSite(seed: { newsroom, basics in
            _ = try await Self.seed(newsroom, basics)
            return newsroom.store
        }) { client, store in
            let browser = try await Self.onMediaPage(client)
            let photo = TestPictures.withAgencyMetadata(
                try SharedTestData.coverPhoto(),
                iptc: [(120, "وزراء الخارجية قبل الاجتماع في الرياض"), (110, "واس"), (80, "مصور الوكالة")], xmp: nil)
            let noAlt = try await upload(browser, fields: [("alt", "")], file: photo)
            #expect(noAlt.status == .badRequest)
            #expect(noAlt.text.contains("ملأنا التعليق والمصدر مما كتبته الوكالة في الملف."))
            #expect(noAlt.text.contains("value=\"وزراء الخارجية قبل الاجتماع في الرياض\""))
            #expect(noAlt.text.contains("value=\"واس\""))

            let kept = try await upload(
                browser, fields: [("alt", "وزراء حول طاولة"), ("credit", "رويترز")], file: photo)
            #expect(kept.status == .seeOther)
            let picture = try #require(try await store.editorChoices().pictures.first)
            #expect(picture.caption == "وزراء الخارجية قبل الاجتماع في الرياض")
            #expect(picture.credit == "رويترز")
        }
    }

    @Test("a JPEG with a ZIP after its picture, and one cut short, are refused beside the file, and nothing is kept")
    func hiddenAndDamaged() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await Self.onMediaPage(client)
            let photo = try SharedTestData.coverPhoto()
            // A polyglot: the photo decodes, and an archive rides after its end.
            let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04] + Array("payload.html<script>alert(1)</script>".utf8)
            let polyglot = try await upload(browser, fields: [("alt", "صورة مع ملف")], file: photo + zip)
            #expect(polyglot.status == .unprocessableContent)
            #expect(polyglot.text.contains("في الملف بعد الصورة بيانات ليست منها"))
            #expect(polyglot.text.contains("value=\"صورة مع ملف\""))
            let cut = try await upload(
                browser, fields: [("alt", "صورة مقطوعة")], file: Array(photo.prefix(photo.count / 2)))
            #expect(cut.status == .unprocessableContent)
            #expect(cut.text.contains("الملف مقطوع أو تالف"))
            // Extra JPEG pictures after the first, as cameras append previews, are kept.
            let withPreview = try await upload(browser, fields: [("alt", "صورة بمعاينة")], file: photo + photo)
            #expect(withPreview.status == .seeOther)
            let library = try await browser.get("/newsroom/media").text
            #expect(library.contains("صورة بمعاينة"))
            #expect(!library.contains("صورة مع ملف") && !library.contains("صورة مقطوعة"))
        }
    }

    @Test("a small file declaring 20,000 × 20,000 pixels is refused with 413 beside the file, and nothing is kept")
    func tooManyPixels() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await Self.onMediaPage(client)
            let response = try await upload(
                browser, fields: [("alt", "صورة ضخمة")], file: TestPictures.bomb(width: 20_000, height: 20_000)
            )
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("الصورة 20000×20000 بكسل، أكبر مما تقبله المكتبة (100 مليون بكسل)"))
            #expect(response.text.contains("value=\"صورة ضخمة\""))
            let accepted = try await upload(
                browser, fields: [("alt", "صورة كبيرة")], file: try SharedTestData.coverPhoto())
            #expect(accepted.status == .seeOther)
            let library = try await browser.get("/newsroom/media").text
            #expect(library.contains("صورة كبيرة") && !library.contains("صورة ضخمة"))
        }
    }

    @Test("a file that is not a picture is refused with 415, whatever its name, and the typed fields are kept")
    func notAPicture() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await Self.onMediaPage(client)
            let response = try await upload(
                browser, fields: [("alt", "وصف مكتوب"), ("credit", "أ ف ب")],
                file: Array("<script>alert(1)</script>".utf8)
            )
            #expect(response.status == .unsupportedMediaType)
            #expect(response.text.contains("هذا الملف ليس صورة"))
            #expect(response.text.contains("value=\"وصف مكتوب\""))
            #expect(response.text.contains("value=\"أ ف ب\""))
        }
    }

    @Test(
        "a picture without alt text is refused beside the field; one over the size limit gets 413; one without the form token 403"
    )
    func refusals() async throws {
        try await withSite(seed: Self.seed) { client, _ in
            let browser = try await Self.onMediaPage(client)
            let photo = try SharedTestData.coverPhoto()
            let noAlt = try await upload(browser, fields: [("alt", "  ")], file: photo)
            #expect(noAlt.status == .badRequest)
            #expect(noAlt.text.contains("id=\"alt-problem\">اكتب وصفاً للصورة لمن لا يراها، ثم أعد اختيار الملف.</p>"))
            let huge = photo + Array(repeating: 0, count: 300 * 1024)
            let tooLarge = try await upload(browser, fields: [("alt", "صورة كبيرة")], file: huge)
            #expect(tooLarge.status == .contentTooLarge)
            let forged = try await upload(
                browser, fields: [("alt", "صورة")], file: photo, withToken: false)
            #expect(forged.status == .forbidden)
        }
    }
}
