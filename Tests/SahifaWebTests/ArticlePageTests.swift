import Foundation
import HummingbirdTesting
import SahifaCore
import SahifaTestSupport
import Testing

@Suite("Article page")
struct ArticlePageTests {
    struct Story: Sendable {
        var main: Article
        var related: [Article]
    }

    /// The reference shape: credited hero, subheadings, three cards between paragraphs, tags, an edit.
    static let seed: @Sendable (TestNewsroom, TestNewsroom.Basics) async throws -> Story = { newsroom, _ in
        var related: [Article] = []
        for (index, headline) in ["الصين توسع حزامها", "صفقة طائرات بوينغ", "إلغاء تعديل جاكسون-فانيك"].enumerated() {
            let thumb = try await newsroom.picture("t\(index)")
            related.append(
                try await newsroom.publish(
                    ArticleDraft(headline: headline, heroImageHash: thumb.hash, sectionSlug: "economy"),
                    at: summitDay.addingTimeInterval(-86_400 + Double(index))
                )
            )
        }
        let hero = try await newsroom.picture("hero", credit: "أ ف ب")
        let draft = ArticleDraft(
            kicker: "قمة C5+1",
            headline: "قادة آسيا الوسطى في البيت الأبيض",
            summary: "صفقات بـ25 مليار دولار",
            bodyMarkdown: """
                فقرة الافتتاح.

                [[related:\(related[0].id)]]

                ## صفقات الطيران

                وفق ما نقلته وكالة عن مسؤول أمريكي.

                [[related:\(related[1].id)]]

                ### السكك الحديدية

                فقرة أخرى.

                [[related:\(related[2].id)]]

                فقرة الختام.
                """,
            heroImageHash: hero.hash,
            sectionSlug: "world",
            tagNames: ["كازاخستان", "آسيا الوسطى"],
            authorSlugs: ["layla", "omar"]
        )
        var main = try await newsroom.publish(draft, at: summitDay)
        main = try await newsroom.store.updateArticle(
            id: main.id, with: draft, at: summitDay.addingTimeInterval(2 * 3600 + 25 * 60))
        _ = try await newsroom.store.postBreakingItem(
            text: "عاجل: انتهاء القمة", articleID: main.id, startsAt: Date().addingTimeInterval(-60), expiresAt: nil
        )
        return Story(main: main, related: related)
    }

    @Test("the article page shows every part of the reference page, in order")
    func partsInOrder() async throws {
        try await withSite(seed: Self.seed) { client, story in
            let response = try await client.execute(uri: story.main.path, method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            let parts = [
                "<html lang=\"ar\" dir=\"rtl\">",
                "class=\"ticker\"", "عاجل: انتهاء القمة",
                "class=\"logo\"", "aria-label=\"الأقسام\"",
                "href=\"/world\" class=\"section-label\">العالم</a>",
                "<p class=\"kicker\">قمة C5+1</p>",
                "<h1 class=\"headline\">قادة آسيا الوسطى في البيت الأبيض</h1>",
                "<p class=\"summary\">صفقات بـ25 مليار دولار</p>",
                "<figure class=\"hero\">", "<span class=\"credit\">(أ ف ب)</span>",
                "بقلم <a href=\"/author/layla\" rel=\"author\">ليلى حداد</a> و<a href=\"/author/omar\" rel=\"author\">عمر النجار</a>",
                "٦ نوفمبر ٢٠٢٥", "١٥ جمادى الأولى ١٤٤٧ هـ", "٢٣:١٥",
                "آخر تحديث", "٧ نوفمبر ٢٠٢٥", "٠١:٤٠",
                "<p>فقرة الافتتاح.</p>",
                "أخبار ذات علاقة", story.related[0].path,
                "<h2>صفقات الطيران</h2>",
                story.related[1].path,
                "<h3>السكك الحديدية</h3>",
                story.related[2].path,
                "<p>فقرة الختام.</p>",
                "href=\"/tag/%D9%83%D8%A7%D8%B2%D8%A7%D8%AE%D8%B3%D8%AA%D8%A7%D9%86\" rel=\"tag\">كازاخستان</a>",
                "شارك الخبر",
                "https://x.com/intent/post?url=https%3A%2F%2Fnews.example%2Fworld%2F\(story.main.id.rawValue)&amp;text=",
                "تابعونا على", "https://t.me/test_paper",
                "© شركة الاختبار للنشر",
            ]
            var previous = -1
            for part in parts {
                let offset = try #require(html.offset(of: part), "missing: \(part)")
                #expect(offset > previous, "out of order: \(part)")
                previous = max(previous, offset)
            }
            #expect(html.count(of: "<h1") == 1)
            #expect(html.count(of: "class=\"related-card\"") == 3)
            #expect(html.contains("<link rel=\"canonical\" href=\"https://news.example\(story.main.path)\">"))
        }
    }

    @Test("every picture comes as renditions for its slot, with its size, alt text, and lazy loading below the hero")
    func pictures() async throws {
        try await withSite(seed: Self.seed) { client, story in
            let html = try await client.execute(uri: story.main.path, method: .get).text
            let images = html.components(separatedBy: "<img").dropFirst().map {
                String($0.prefix(while: { $0 != ">" }))
            }
            #expect(images.count == 4)
            for tag in images {
                #expect(tag.contains(" alt=\"صورة "), "\(tag)")
            }
            let hero = try #require(images.first)
            #expect(hero.contains(" width=\"1200\" height=\"675\" fetchpriority=\"high\""), "\(hero)")
            #expect(hero.contains("-16x9-640-a.jpg 640w"), "the lead picture is cut to 16:9: \(hero)")
            // The related cards' thumbnails are squares, as large as a 1200 × 675 picture holds.
            for card in images.dropFirst() {
                #expect(card.contains(" width=\"675\" height=\"675\" loading=\"lazy\""), "\(card)")
                #expect(card.contains("-1x1-320-a.jpg 320w"), "\(card)")
            }
            #expect(html.count(of: "<picture><source type=\"image/avif\"") == 4)
            #expect(
                !html.contains("src=\"/media/\(story.main.heroImage?.hash ?? "-")."),
                "the original stays in the newsroom")
        }
    }

    @Test("a wrong slug, a missing slug and an old section answer 301 to the canonical URL")
    func canonicalRedirects() async throws {
        try await withSite(seed: Self.seed) { client, story in
            let id = story.main.id.rawValue
            for uri in ["/world/\(id)/old-headline", "/world/\(id)", "/economy/\(id)/\(story.main.slug)"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .movedPermanently, "\(uri)")
                #expect(response.headers[.location] == story.main.path, "\(uri)")
            }
        }
    }

    @Test("an unknown article id and a draft both answer an Arabic 404 page with links back")
    func notFound() async throws {
        try await withSite(
            seed: { newsroom, _ in
                try await newsroom.store.createArticle(
                    ArticleDraft(headline: "مسودة", sectionSlug: "world"), at: summitDay)
            }
        ) { client, draft in
            for uri in ["/world/99999/x", draft.path, "/world/abc/x", "/no-such-section"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(response.text.contains("<h1>الصفحة غير موجودة</h1>"), "\(uri)")
                #expect(response.text.contains("href=\"/\">العودة إلى الصفحة الرئيسية</a>"), "\(uri)")
                #expect(response.text.contains("<html lang=\"ar\" dir=\"rtl\">"))
            }
        }
    }
}
