import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore
import SahifaStore
import SahifaTestSupport
import SahifaWeb
import Testing

@Suite("Saying where a picture's subject is")
struct PictureFocusTests {
    static let password = "عبارة مرور لموضع الصورة"
    static let hash = String(repeating: "ab", count: 32)

    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> any NewsStore = { newsroom, _ in
        _ = try #require(
            try await newsroom.store.createAccount(
                NewAccount(email: "desk@example.org", name: "محررة الصور", role: .writer, password: password),
                passwordHash: try await PasswordHasher(cost: 4).hash(password), at: summitDay, onlyIfFirst: false
            )
        )
        _ = try await newsroom.store.addMedia(
            MediaAsset(
                hash: hash, kind: .jpeg, alt: "لاعب يسدد الكرة", caption: "", credit: "أ ف ب", width: 1920,
                height: 1080, byteCount: 900_000))
        return newsroom.store
    }

    @Test("a click on the 640-pixel picture sets the point for every crop; a shape can have its own; reset clears it")
    func clickSetsThePoint() async throws {
        try await withSite(seed: Self.seed) { client, store in
            let browser = try await NewsroomBrowser.signedIn(client, email: "desk@example.org", password: Self.password)
            let page = try await browser.get("/newsroom/media/\(Self.hash)").text
            #expect(page.contains("type=\"image\" name=\"point\" src=\"/media/r/\(Self.hash)/r1-o-640-a.jpg\""))
            #expect(page.contains("width=\"640\" height=\"360\""))
            #expect(page.contains("لم تُحدَّد نقطة بعد"))

            // 64 × 270 on a 640 × 360 picture: a tenth from the left, three quarters down.
            let clicked = try await browser.post(
                "/newsroom/media/\(Self.hash)/focus", [("shape", "all"), ("point.x", "64"), ("point.y", "270")])
            #expect(clicked.status == .seeOther)
            #expect(clicked.headers[.location] == "/newsroom/media/\(Self.hash)?done=focused")
            let everywhere = try #require(try await store.picture(hash: Self.hash)?.focus)
            #expect(everywhere.point == FocalPoint(x: 0.1, y: 0.75))
            let after = try await browser.get("/newsroom/media/\(Self.hash)?done=focused").text
            #expect(after.contains("حُفظ موضع الموضوع"))
            #expect(after.contains("/media/r/\(Self.hash)/r1-16x9-320-f100-750.jpg"))
            #expect(after.contains("/media/r/\(Self.hash)/r1-40x21-1200-f100-750.jpg"))
            #expect(after.contains("على بعد 10٪ من اليسار و75٪ من الأعلى"))

            _ = try await browser.post(
                "/newsroom/media/\(Self.hash)/focus", [("shape", "1x1"), ("point.x", "320"), ("point.y", "90")])
            let square = try #require(try await store.picture(hash: Self.hash)?.focus)
            #expect(square.point(for: .square) == FocalPoint(x: 0.5, y: 0.25))
            #expect(square.point(for: .wide) == FocalPoint(x: 0.1, y: 0.75))
            #expect(try await browser.get("/newsroom/media/\(Self.hash)").text.contains("r1-1x1-320-f500-250.jpg"))

            _ = try await browser.post("/newsroom/media/\(Self.hash)/focus", [("shape", "1x1"), ("reset", "1")])
            #expect(try await store.picture(hash: Self.hash)?.focus.point(for: .square) == FocalPoint(x: 0.1, y: 0.75))
            _ = try await browser.post("/newsroom/media/\(Self.hash)/focus", [("shape", "all"), ("reset", "1")])
            #expect(try await store.picture(hash: Self.hash)?.focus == PictureFocus.none)
        }
    }

    @Test("a click outside the picture, an unknown shape or picture, and a missing form token change nothing")
    func refusals() async throws {
        try await withSite(seed: Self.seed) { client, store in
            let browser = try await NewsroomBrowser.signedIn(client, email: "desk@example.org", password: Self.password)
            _ = try await browser.get("/newsroom/media/\(Self.hash)")
            let outside = try await browser.post(
                "/newsroom/media/\(Self.hash)/focus", [("shape", "all"), ("point.x", "700"), ("point.y", "10")])
            #expect(outside.status == .badRequest)
            let shape = try await browser.post(
                "/newsroom/media/\(Self.hash)/focus", [("shape", "o"), ("point.x", "10"), ("point.y", "10")])
            #expect(shape.status == .badRequest)
            let unknown = try await browser.post(
                "/newsroom/media/\(String(repeating: "0", count: 64))/focus", [("point.x", "1"), ("point.y", "1")])
            #expect(unknown.status == .notFound)
            let forged = try await browser.post(
                "/newsroom/media/\(Self.hash)/focus", [("point.x", "10"), ("point.y", "10")], withToken: false)
            #expect(forged.status == .forbidden)
            #expect(try await store.picture(hash: Self.hash)?.focus == PictureFocus.none)
            let signedOut = try await client.execute(uri: "/newsroom/media/\(Self.hash)", method: .get)
            #expect(signedOut.status == .seeOther)
        }
    }
}
