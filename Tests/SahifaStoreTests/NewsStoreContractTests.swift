import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// The behaviour every `NewsStore` must have, written against the protocol only, so each
/// backend runs the very same tests.
@Suite("News store contract")
struct NewsStoreContractTests {
    @Test("a new store starts with the initial settings and no sections", arguments: StoreBackend.inThisRun)
    func emptyStore(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.store.migrate()
            let chrome = try await newsroom.store.siteChrome(at: summitDay)
            #expect(chrome.settings == .initial)
            #expect(chrome.sections.isEmpty && chrome.breaking.isEmpty)
        }
    }

    @Test(
        "an article comes back whole: tags and bylines in order, hero picture, rendered body",
        arguments: StoreBackend.inThisRun)
    func articleRoundTrip(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            let hero = try await newsroom.picture("a1")
            let draft = ArticleDraft(
                kicker: "قمة C5+1",
                headline: "قادة آسيا الوسطى في واشنطن",
                summary: "صفقات بقيمة 25 مليار دولار",
                bodyMarkdown: "فقرة أولى.\n\n## محور\n\nفقرة ثانية.",
                heroImageHash: hero.hash,
                sectionSlug: "world",
                tagNames: ["كازاخستان", "آسيا الوسطى"],
                authorSlugs: ["omar", "layla"],
                isFeatured: true,
                seo: SEOFields(title: "عنوان لمحركات البحث", description: nil)
            )
            let created = try await newsroom.store.createArticle(draft, at: summitDay)
            let fetched = try #require(try await newsroom.store.article(id: created.id))
            #expect(fetched == created)
            #expect(fetched.status == .draft && fetched.revision == 1 && fetched.publishedAt == nil)
            #expect(fetched.section == basics.world)
            #expect(fetched.tags.map(\.name) == ["كازاخستان", "آسيا الوسطى"])
            #expect(fetched.authors == [basics.omar, basics.layla])
            #expect(fetched.heroImage == hero)
            #expect(fetched.kicker == "قمة C5+1" && fetched.isFeatured)
            #expect(fetched.seo == SEOFields(title: "عنوان لمحركات البحث", description: nil))
            #expect(fetched.body.html.html == "<p>فقرة أولى.</p>\n<h2>محور</h2>\n<p>فقرة ثانية.</p>")
            #expect(fetched.slug == "قادة-آسيا-الوسطى-في-واشنطن")
        }
    }

    @Test("a draft is on no reader page until it is published", arguments: StoreBackend.inThisRun)
    func draftsStayHidden(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let draft = ArticleDraft(
                headline: "خبر لم يُنشر", sectionSlug: "world", tagNames: ["سر"], authorSlugs: ["layla"])
            let article = try await newsroom.store.createArticle(draft, at: summitDay)
            let first = PageRequest(number: 1, size: 10)
            #expect(try await newsroom.store.articlePage(id: article.id, at: summitDay) == nil)
            #expect(try await newsroom.store.homePage(HomeLayout(), page: first, at: summitDay).latest.totalCount == 0)
            #expect(
                try await newsroom.store.sectionPage(slug: "world", page: first, at: summitDay)?.stories.totalCount == 0
            )

            _ = try await newsroom.store.publishArticle(id: article.id, at: summitDay)
            #expect(
                try await newsroom.store.articlePage(id: article.id, at: summitDay)?.article.headline == "خبر لم يُنشر")
            let home = try await newsroom.store.homePage(HomeLayout(), page: first, at: summitDay)
            #expect(home.lead?.id == article.id)
            #expect(
                try await newsroom.store.sectionPage(slug: "world", page: first, at: summitDay)?.stories.items.map(\.id)
                    == [article.id])
            #expect(
                try await newsroom.store.tagPage(slug: "سر", page: first, at: summitDay)?.stories.items.map(\.id) == [
                    article.id
                ])
            #expect(
                try await newsroom.store.authorPage(slug: "layla", page: first, at: summitDay)?.stories.items.map(\.id)
                    == [article.id])
        }
    }

    @Test(
        "unknown section, author, picture and related article are all reported, and nothing is written",
        arguments: StoreBackend.inThisRun)
    func unknownNames(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let draft = ArticleDraft(
                headline: "عنوان",
                bodyMarkdown: "نص\n\n[[related:999]]\n\n[[image:feed]]",
                heroImageHash: "missing",
                sectionSlug: "sport",
                tagNames: ["وسم جديد"],
                authorSlugs: ["nobody"]
            )
            await #expect(
                throws: InvalidArticle(problems: [
                    .unknownSection("sport"), .unknownAuthor("nobody"), .unknownHeroImage("missing"),
                    .unknownImage("feed"), .unknownRelatedArticle(ArticleID(999)),
                ])
            ) {
                try await newsroom.store.createArticle(draft, at: summitDay)
            }
            #expect(
                try await newsroom.store.tagPage(slug: "وسم-جديد", page: PageRequest(number: 1, size: 5), at: summitDay)
                    == nil)
            #expect(try await newsroom.store.article(id: ArticleID(1)) == nil)
        }
    }

    @Test("a refused edit leaves the saved article exactly as it was", arguments: StoreBackend.inThisRun)
    func refusedEditChangesNothing(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let original = try await newsroom.publish(
                ArticleDraft(headline: "الأصل", sectionSlug: "world", tagNames: ["أ"], authorSlugs: ["layla"]),
                at: summitDay
            )
            var edit = ArticleDraft(headline: "تعديل", sectionSlug: "world", tagNames: ["ب"], authorSlugs: ["ghost"])
            await #expect(throws: InvalidArticle.self) {
                try await newsroom.store.updateArticle(
                    id: original.id, with: edit, at: summitDay.addingTimeInterval(60))
            }
            #expect(try await newsroom.store.article(id: original.id) == original)
            edit.authorSlugs = ["omar"]
            let saved = try await newsroom.store.updateArticle(
                id: original.id, with: edit, at: summitDay.addingTimeInterval(3600))
            #expect(saved.headline == "تعديل" && saved.revision == 2 && saved.tags.map(\.name) == ["ب"])
            #expect(saved.publishedAt == original.publishedAt && saved.wasUpdatedAfterPublishing)
        }
    }

    @Test("editing an unknown article is refused with its id", arguments: StoreBackend.inThisRun)
    func unknownArticle(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            await #expect(throws: StoreError.articleNotFound(ArticleID(42))) {
                try await newsroom.store.updateArticle(
                    id: ArticleID(42), with: ArticleDraft(headline: "x", sectionSlug: "world"), at: summitDay)
            }
            await #expect(throws: StoreError.articleNotFound(ArticleID(42))) {
                try await newsroom.store.publishArticle(id: ArticleID(42), at: summitDay)
            }
        }
    }

    @Test("publishing twice is refused by the workflow", arguments: StoreBackend.inThisRun)
    func publishTwice(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(ArticleDraft(headline: "خبر", sectionSlug: "world"), at: summitDay)
            await #expect(throws: WorkflowError.cannotPublish(from: .published)) {
                try await newsroom.store.publishArticle(id: article.id, at: summitDay)
            }
        }
    }

    @Test("lists are newest first, paged, with the total count", arguments: StoreBackend.inThisRun)
    func paging(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            var ids: [ArticleID] = []
            for hour in 0..<7 {
                let article = try await newsroom.publish(
                    ArticleDraft(headline: "خبر رقم \(hour)", sectionSlug: "economy"),
                    at: summitDay.addingTimeInterval(Double(hour) * 3600)
                )
                ids.append(article.id)
            }
            let second = try #require(
                try await newsroom.store.sectionPage(
                    slug: "economy", page: PageRequest(number: 2, size: 3), at: summitDay)
            )
            #expect(second.stories.totalCount == 7 && second.stories.pageCount == 3)
            #expect(second.stories.items.map(\.id) == [ids[3], ids[2], ids[1]])
            let beyond = try await newsroom.store.sectionPage(
                slug: "economy", page: PageRequest(number: 4, size: 3), at: summitDay)
            #expect(beyond?.stories.isPastTheEnd == true)
            #expect(
                try await newsroom.store.sectionPage(
                    slug: "nowhere", page: PageRequest(number: 1, size: 3), at: summitDay) == nil)
        }
    }

    @Test(
        "the home page leads with the newest featured story and does not repeat stories",
        arguments: StoreBackend.inThisRun)
    func homeLayout(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let featured = try await newsroom.publish(
                ArticleDraft(headline: "مميز", sectionSlug: "world", isFeatured: true), at: summitDay)
            var others: [ArticleID] = []
            for minute in 1...6 {
                let section = minute.isMultiple(of: 2) ? "world" : "economy"
                others.append(
                    try await newsroom.publish(
                        ArticleDraft(headline: "خبر \(minute)", sectionSlug: section),
                        at: summitDay.addingTimeInterval(Double(minute) * 60)
                    ).id
                )
            }
            let home = try await newsroom.store.homePage(
                HomeLayout(topStories: 2, perSection: 2, latestPageSize: 5), page: PageRequest(number: 1, size: 5),
                at: summitDay)
            #expect(home.lead?.id == featured.id)
            #expect(home.topStories.map(\.id) == [others[5], others[4]])
            let inBlocks = home.sections.flatMap { $0.stories.map(\.id) }
            #expect(Set(inBlocks).isDisjoint(with: [featured.id, others[5], others[4]]))
            #expect(home.sections.map(\.section.slug) == ["world", "economy"])
            #expect(home.latest.totalCount == 7 && home.latest.items.count == 5)
        }
    }

    @Test("an article page carries only the published related cards its body names", arguments: StoreBackend.inThisRun)
    func relatedCards(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let published = try await newsroom.publish(
                ArticleDraft(headline: "منشور", sectionSlug: "economy"), at: summitDay)
            let draft = try await newsroom.store.createArticle(
                ArticleDraft(headline: "مسودة", sectionSlug: "world"), at: summitDay)
            let main = try await newsroom.publish(
                ArticleDraft(
                    headline: "الرئيسي",
                    bodyMarkdown: "أ\n\n[[related:\(published.id)]]\n\nب\n\n[[related:\(draft.id)]]",
                    sectionSlug: "world"
                ),
                at: summitDay
            )
            #expect(main.body.relatedArticleIDs == [published.id, draft.id])
            let page = try #require(try await newsroom.store.articlePage(id: main.id, at: summitDay))
            #expect(Array(page.relatedCards.keys) == [published.id])
            #expect(page.relatedCards[published.id]?.headline == "منشور")
        }
    }

    @Test(
        "a feed carries its own stories whole, newest first, each with its own cards", arguments: StoreBackend.inThisRun
    )
    func feeds(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            let market = try await newsroom.publish(
                ArticleDraft(headline: "السوق تغلق مرتفعة", sectionSlug: "economy", authorSlugs: ["omar"]),
                at: summitDay.addingTimeInterval(-7200)
            )
            let unpublished = try await newsroom.store.createArticle(
                ArticleDraft(headline: "مسودة", sectionSlug: "world"), at: summitDay)
            let summit = try await newsroom.publish(
                ArticleDraft(
                    headline: "قمة في واشنطن",
                    bodyMarkdown: "أ\n\n[[related:\(market.id)]]\n\nب\n\n[[related:\(unpublished.id)]]",
                    sectionSlug: "world",
                    tagNames: ["قمة", "واشنطن"],
                    authorSlugs: ["layla", "omar"]
                ),
                at: summitDay.addingTimeInterval(-3600)
            )
            let talks = try await newsroom.publish(
                ArticleDraft(
                    headline: "محادثات تجارية", bodyMarkdown: "ج\n\n[[related:\(summit.id)]]", sectionSlug: "world",
                    tagNames: ["قمة"]),
                at: summitDay
            )

            let site = try #require(try await newsroom.store.feed(.site, limit: 10, at: summitDay))
            #expect(site.entries.map(\.article.id) == [talks.id, summit.id, market.id])
            #expect(site.title == nil && site.path == "/")
            let summitEntry = try #require(site.entries.first { $0.article.id == summit.id })
            #expect(summitEntry.article.tags.map(\.name) == ["قمة", "واشنطن"])
            #expect(summitEntry.article.authors.map(\.slug) == ["layla", "omar"])
            #expect(summitEntry.article.body.relatedArticleIDs == [market.id, unpublished.id])
            #expect(Array(summitEntry.relatedCards.keys) == [market.id])
            #expect(site.entries.first?.relatedCards[summit.id]?.headline == "قمة في واشنطن")
            #expect(site.entries.last?.relatedCards.isEmpty == true)

            let world = try #require(try await newsroom.store.feed(.section(slug: "world"), limit: 10, at: summitDay))
            #expect(world.entries.map(\.article.id) == [talks.id, summit.id])
            #expect(world.title == basics.world.name && world.listDependency == basics.world.listDependency)
            let tag = try #require(
                try await newsroom.store.feed(.tag(slug: summitEntry.article.tags[1].slug), limit: 10, at: summitDay))
            #expect(tag.entries.map(\.article.id) == [summit.id])
            let omar = try #require(try await newsroom.store.feed(.author(slug: "omar"), limit: 1, at: summitDay))
            #expect(omar.entries.map(\.article.id) == [summit.id])
            #expect(omar.title == basics.omar.name)

            #expect(try await newsroom.store.feed(.section(slug: "sport"), limit: 10, at: summitDay) == nil)
            #expect(try await newsroom.store.feed(.tag(slug: "none"), limit: 10, at: summitDay) == nil)
            #expect(try await newsroom.store.feed(.author(slug: "none"), limit: 10, at: summitDay) == nil)
        }
    }

    @Test(
        "the ticker shows only live breaking items, linked to their published story", arguments: StoreBackend.inThisRun)
    func breakingItems(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let story = try await newsroom.publish(ArticleDraft(headline: "عاجل", sectionSlug: "world"), at: summitDay)
            let store = newsroom.store
            _ = try await store.postBreakingItem(
                text: "انتهى", articleID: nil, startsAt: summitDay.addingTimeInterval(-7200),
                expiresAt: summitDay.addingTimeInterval(-60))
            _ = try await store.postBreakingItem(
                text: "لاحقاً", articleID: nil, startsAt: summitDay.addingTimeInterval(600), expiresAt: nil)
            _ = try await store.postBreakingItem(
                text: "الآن", articleID: story.id, startsAt: summitDay.addingTimeInterval(-60),
                expiresAt: summitDay.addingTimeInterval(3600))
            let ticker = try await store.siteChrome(at: summitDay).breaking
            #expect(ticker.map(\.text) == ["الآن"])
            #expect(ticker.first?.link == story.path)
            await #expect(throws: StoreError.articleNotFound(ArticleID(77))) {
                try await store.postBreakingItem(
                    text: "x", articleID: ArticleID(77), startsAt: summitDay, expiresAt: nil)
            }
        }
    }

    @Test("sections keep their order, and a taken or reserved slug is refused", arguments: StoreBackend.inThisRun)
    func sections(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            _ = try await newsroom.store.createSection(slug: "sport", name: "رياضة")
            #expect(
                try await newsroom.store.siteChrome(at: summitDay).sections.map(\.slug) == [
                    "world", "economy", "sport",
                ])
            await #expect(throws: StoreError.sectionSlugTaken("world")) {
                try await newsroom.store.createSection(slug: "world", name: "مكرر")
            }
            for bad in ["tag", "search", "sitemaps", "Bad Slug", ""] {
                await #expect(throws: StoreError.invalidSectionSlug(bad)) {
                    try await newsroom.store.createSection(slug: bad, name: "x")
                }
            }
        }
    }

    @Test(
        "a tag name is one tag everywhere, and names that slug alike get their own pages",
        arguments: StoreBackend.inThisRun)
    func tags(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let first = try await newsroom.publish(
                ArticleDraft(headline: "أ", sectionSlug: "world", tagNames: ["الطاقة"]), at: summitDay)
            let second = try await newsroom.publish(
                ArticleDraft(headline: "ب", sectionSlug: "world", tagNames: ["الطاقة", "الطّاقة"]), at: summitDay)
            #expect(first.tags[0] == second.tags[0])
            #expect(second.tags.map(\.slug) == ["الطاقة", "الطاقة-2"])
        }
    }

    @Test("settings are saved and read back, logo included", arguments: StoreBackend.inThisRun)
    func settings(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let logo = try await newsroom.picture("logo")
            var settings = SiteSettings.initial
            settings.name = "المدار"
            settings.logo = logo
            settings.digits = .western
            settings.socialLinks = [SocialLink(network: .youtube, label: "يوتيوب", url: "https://youtube.com/@x")]
            try await newsroom.store.saveSettings(settings)
            #expect(try await newsroom.store.siteChrome(at: summitDay).settings == settings)
        }
    }

    @Test("adding the same picture twice keeps the first record", arguments: StoreBackend.inThisRun)
    func mediaOnce(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let first = try await newsroom.picture("p1", credit: "رويترز")
            var again = first
            again.credit = "أ ف ب"
            #expect(try await newsroom.store.addMedia(again) == first)
        }
    }

    @Test("the site chrome reflects every change made after it was last read", arguments: StoreBackend.inThisRun)
    func chromeFollowsChanges(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            _ = try await store.postBreakingItem(
                text: "قصير", articleID: nil, startsAt: summitDay.addingTimeInterval(-60),
                expiresAt: summitDay.addingTimeInterval(60)
            )
            let before = try await store.siteChrome(at: summitDay)
            #expect(before.breaking.map(\.text) == ["قصير"])
            #expect(try await store.siteChrome(at: summitDay.addingTimeInterval(61)).breaking.isEmpty)

            var settings = before.settings
            settings.name = "اسم جديد"
            try await store.saveSettings(settings)
            _ = try await store.createSection(slug: "culture", name: "ثقافة")
            _ = try await store.postBreakingItem(
                text: "لاحق", articleID: nil, startsAt: summitDay.addingTimeInterval(120), expiresAt: nil)
            let after = try await store.siteChrome(at: summitDay)
            #expect(after.settings.name == "اسم جديد")
            #expect(after.sections.map(\.slug) == ["world", "economy", "culture"])
            #expect(try await store.siteChrome(at: summitDay.addingTimeInterval(180)).breaking.map(\.text) == ["لاحق"])
        }
    }

    @Test(
        "the editor's page is one read: the article, the choices, the tags its text suggests and stories for cards",
        arguments: StoreBackend.inThisRun)
    func editorPage(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let basics = try await newsroom.seedBasics()
            _ = try await newsroom.store.createArticle(
                ArticleDraft(headline: "خبر عن الطاقة", sectionSlug: "world", tagNames: ["الطاقة"]), at: summitDay)
            let older = try await newsroom.publish(
                ArticleDraft(headline: "قمة المناخ تبدأ", sectionSlug: "world"), at: summitDay.addingTimeInterval(-60))
            let newer = try await newsroom.publish(
                ArticleDraft(headline: "أسعار النفط ترتفع", sectionSlug: "economy"), at: summitDay)
            let draft = try await newsroom.store.createArticle(
                ArticleDraft(
                    headline: "الطاقة المتجددة في الخليج", bodyMarkdown: "مشروعات الطاقة تتوسع.", sectionSlug: "world"),
                at: summitDay)

            let page = try #require(try await newsroom.store.editorPage(id: draft.id, at: summitDay))
            #expect(page.article?.headline == "الطاقة المتجددة في الخليج")
            #expect(page.article?.body.markdown == "مشروعات الطاقة تتوسع.")
            #expect(page.choices.sections.map(\.slug) == [basics.world.slug, basics.economy.slug])
            #expect(page.suggestedTags.map(\.name) == ["الطاقة"])
            #expect(page.cardChoices.map(\.id) == [newer.id, older.id])
            #expect(page.chrome.settings.name == "صحيفة الاختبار")

            let blank = try #require(try await newsroom.store.editorPage(id: nil, at: summitDay))
            #expect(blank.article == nil && blank.suggestedTags.isEmpty)
            #expect(blank.cardChoices.map(\.id) == [newer.id, older.id])
            #expect(try await newsroom.store.editorPage(id: ArticleID(9_999), at: summitDay) == nil)
        }
    }

    @Test(
        "settings with no name, an unknown time zone or a link that is not https are refused, and nothing is saved",
        arguments: StoreBackend.inThisRun)
    func settingsRefused(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let saved = try await newsroom.store.siteChrome(at: summitDay).settings
            var wrong = saved
            wrong.name = "  "
            wrong.timeZoneIdentifier = "Mars/Olympus"
            wrong.socialLinks = [SocialLink(network: .x, label: "إكس", url: "http://example.org/news")]
            let refusal = await #expect(throws: InvalidSiteSettings.self) {
                try await newsroom.store.saveSettings(wrong)
            }
            #expect(refusal?.problems == [.nameMissing, .unknownTimeZone, .linkNotHTTPS(.x)])
            #expect(try await newsroom.store.siteChrome(at: summitDay).settings == saved)
        }
    }
}
