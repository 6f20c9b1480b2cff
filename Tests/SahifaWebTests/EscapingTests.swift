import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("HTML escaping")
struct EscapingTests {
    static let attack = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>"

    @Test("script and attribute-breaking text in headline, kicker, summary, tag and body is shown as text")
    func hostileText() async throws {
        try await withSite(
            seed: { newsroom, _ in
                try await newsroom.publish(
                    ArticleDraft(
                        kicker: Self.attack,
                        headline: "عنوان " + Self.attack,
                        summary: "ملخص " + Self.attack,
                        bodyMarkdown: "نص " + Self.attack + "\n\n[انقر](javascript:alert(1))\n\n## " + Self.attack,
                        sectionSlug: "world",
                        tagNames: ["وسم <script>\"><img src=x>"]
                    ),
                    at: summitDay
                )
            }
        ) { client, article in
            for uri in [article.path, "/", "/world", article.tags[0].path] {
                let html = try await client.execute(uri: uri, method: .get).text
                // Our own scripts only: the live-updates and embeds files and JSON-LD, which cannot
                // hold a `<`.
                let ours = html.replacing(
                    /<script defer src="\/assets\/(live|embeds)\.[0-9a-f]+\.js"><\/script>/, with: ""
                )
                .replacing(/<script type="application\/ld\+json">[^<]*<\/script>/, with: "")
                #expect(!ours.contains("<script"), "\(uri)")
                #expect(!html.contains("<img src=x"), "\(uri)")
                #expect(!html.contains("\"><img"), "\(uri)")
                #expect(!html.contains("javascript:"), "\(uri)")
                #expect(
                    html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"),
                    "\(uri)")
            }
            let page = try await client.execute(uri: article.path, method: .get).text
            #expect(page.contains("<p>انقر</p>"))
        }
    }
}
