import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// Search, related news and imports, written against `NewsStore` so both backends run them.
@Suite("Search and related news contract")
struct SearchContractTests {
    private func search(
        _ store: any NewsStore,
        _ text: String,
        section: String? = nil,
        order: SearchOrder = .relevance
    ) async throws -> SearchResults {
        let query = try #require(SearchQuery(text), "no searchable word in \(text)")
        return try await store.search(
            SearchRequest(query: query, sectionSlug: section, order: order, page: PageRequest(number: 1, size: 10)),
            at: summitDay
        )
    }

    @Test(
        "an article is found whatever the reader's spelling: hamza, ة/ه, ى/ي, harakat, tatweel, article and clitics",
        arguments: StoreBackend.inThisRun
    )
    func spellingVariants(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(
                    headline: "الرئيسُ الأمريكيّ يستقبل قادة آسيا الوسطى في البيت الأبيض",
                    bodyMarkdown: "ناقشت القمة صفقات الطيران والسكك الحديدية.",
                    sectionSlug: "world"
                ),
                at: summitDay
            )
            try await newsroom.publish(
                ArticleDraft(headline: "أسعار النفط ترتفع", sectionSlug: "economy"), at: summitDay)
            for query in [
                "الرئيس الامريكي", "رئيس أمريكي", "والرئيس", "آسيا الوسطي", "اسيا الوسطى", "قاده", "القادة",
                "الطّيران", "الطيــران", "بالبيت الابيض", "سكك حديدية", "صفقة",
            ] {
                let found = try await search(newsroom.store, query)
                #expect(found.hits.items.first?.teaser.id == article.id, "query \(query)")
            }
        }
    }

    @Test("a match in the headline ranks above a match only in the body", arguments: StoreBackend.inThisRun)
    func headlineFirst(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let inBody = try await newsroom.publish(
                ArticleDraft(
                    headline: "اجتماع وزاري", bodyMarkdown: "تحدث الوزراء عن التنغستن والمعادن.", sectionSlug: "economy"
                ),
                at: summitDay.addingTimeInterval(60)
            )
            let inHeadline = try await newsroom.publish(
                ArticleDraft(
                    headline: "التنغستن يعود إلى الواجهة", bodyMarkdown: "سوق المعادن تتحرك.", sectionSlug: "economy"),
                at: summitDay
            )
            let found = try await search(newsroom.store, "تنغستن")
            #expect(found.hits.items.map(\.teaser.id) == [inHeadline.id, inBody.id])
            #expect(found.hits.totalCount == 2 && found.matchedAllWords)
            #expect(
                try await search(newsroom.store, "تنغستن", order: .newest).hits.items.map(\.teaser.id) == [
                    inBody.id, inHeadline.id,
                ])
        }
    }

    @Test("search follows publishing, editing and unpublishing at once", arguments: StoreBackend.inThisRun)
    func indexFollowsWorkflow(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            let draft = try await store.createArticle(
                ArticleDraft(headline: "زلزال في الجبال", sectionSlug: "world"), at: summitDay)
            #expect(try await search(store, "زلزال").hits.totalCount == 0)
            _ = try await store.publishArticle(id: draft.id, at: summitDay)
            #expect(try await search(store, "زلزال").hits.items.map(\.teaser.id) == [draft.id])
            _ = try await store.updateArticle(
                id: draft.id,
                with: ArticleDraft(headline: "فيضانات في الوديان", sectionSlug: "world", tagNames: ["طقس"]),
                at: summitDay.addingTimeInterval(600)
            )
            #expect(try await search(store, "زلزال").hits.totalCount == 0)
            #expect(try await search(store, "فيضان").hits.items.map(\.teaser.id) == [draft.id])
            #expect(try await search(store, "طقس").hits.items.map(\.teaser.id) == [draft.id])
            _ = try await store.unpublishArticle(id: draft.id, at: summitDay.addingTimeInterval(900))
            #expect(try await search(store, "فيضان").hits.totalCount == 0)
        }
    }

    @Test(
        "when no article has every word, articles with some of them are found and said so",
        arguments: StoreBackend.inThisRun)
    func anyWordFallback(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(headline: "مهرجان السينما في القاهرة", sectionSlug: "world"), at: summitDay)
            let found = try await search(newsroom.store, "مهرجان الموسيقى")
            #expect(!found.matchedAllWords)
            #expect(found.hits.items.map(\.teaser.id) == [article.id])
        }
    }

    @Test("numbers and Latin names are found as typed, in either digit style", arguments: StoreBackend.inThisRun)
    func numbersAndLatinNames(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(
                    headline: "صفقات بقيمة 25.5 مليار دولار في قمة C5+1",
                    bodyMarkdown: "وقعت الشركات عقوداً لشراء 1,000 قاطرة.",
                    sectionSlug: "economy"
                ),
                at: summitDay
            )
            try await newsroom.publish(
                ArticleDraft(headline: "25 مليار للطرق و5 للموانئ", sectionSlug: "economy"), at: summitDay)
            for query in ["25.5", "٢٥٫٥ مليار", "C5+1", "c5", "1000 قاطرة", "١٬٠٠٠"] {
                let found = try await search(newsroom.store, query)
                #expect(found.hits.items.first?.teaser.id == article.id, "query \(query)")
            }
        }
    }

    @Test(
        "query syntax typed by a reader is searched as words, never read as operators",
        arguments: StoreBackend.inThisRun
    )
    func hostileQueries(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(headline: "قمة الطاقة في الرياض", sectionSlug: "economy"), at: summitDay)
            for query in [
                "\"قمة", "قمة*", "NEAR(قمة الطاقة)", "-قمة", "^قمة", "headline:قمة", "body:قمة", "قمة OR AND NOT",
                "{قمة}", "قمة\"\"\"", "'قمة'", "قمة; DROP TABLE articles",
            ] {
                let found = try await search(newsroom.store, query)
                #expect(found.hits.items.first?.teaser.id == article.id, "query \(query)")
            }
            #expect(SearchQuery("  \"*-^: ،؛؟ ") == nil)
            #expect(SearchQuery("في من على") == nil)
            #expect(try await search(newsroom.store, String(repeating: "قمة ", count: 3000)).hits.totalCount == 1)
        }
    }

    @Test(
        "the pages of a search show every match once, best first or newest first, each page with the total",
        arguments: StoreBackend.inThisRun
    )
    func pagesOfResults(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            var inHeadline: [ArticleID] = []
            var inBody: [ArticleID] = []
            for hour in 0..<12 {
                let section = hour.isMultiple(of: 2) ? "world" : "economy"
                let when = summitDay.addingTimeInterval(Double(hour) * 3600)
                inHeadline.append(
                    try await newsroom.publish(
                        ArticleDraft(headline: "ميناء الحديدة يستقبل سفينة", sectionSlug: section), at: when
                    ).id
                )
                inBody.append(
                    try await newsroom.publish(
                        ArticleDraft(
                            headline: "سفينة تصل اليوم", bodyMarkdown: "رست في ميناء الحديدة.", sectionSlug: section),
                        at: when.addingTimeInterval(60)
                    ).id
                )
            }
            func page(_ number: Int, order: SearchOrder, section: String? = nil, size: Int = 5) async throws -> Page<
                SearchHit
            > {
                let query = try #require(SearchQuery("ميناء الحديدة"))
                let request = SearchRequest(
                    query: query, sectionSlug: section, order: order, page: PageRequest(number: number, size: size))
                return try await newsroom.store.search(request, at: summitDay.addingTimeInterval(86_400)).hits
            }

            var relevance: [ArticleID] = []
            for number in 1...5 {
                let hits = try await page(number, order: .relevance)
                #expect(hits.totalCount == 24)
                relevance += hits.items.map(\.teaser.id)
            }
            #expect(relevance == inHeadline.reversed() + inBody.reversed())

            var newest: [ArticleID] = []
            for number in 1...5 { newest += try await page(number, order: .newest).items.map(\.teaser.id) }
            #expect(newest == zip(inHeadline, inBody).flatMap { [$0, $1] }.reversed())

            let world = try await page(2, order: .newest, section: "world")
            #expect(world.totalCount == 12)
            #expect(
                world.items.map(\.teaser.id) == [inHeadline[6], inBody[4], inHeadline[4], inBody[2], inHeadline[2]])

            let farthest = try await page(PageRequest.maximumNumber, order: .relevance, size: 50)
            #expect(farthest.items.isEmpty && farthest.totalCount == 24)
        }
    }

    @Test("a section filter keeps only that section's articles", arguments: StoreBackend.inThisRun)
    func sectionFilter(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let world = try await newsroom.publish(
                ArticleDraft(headline: "انتخابات في أوروبا", sectionSlug: "world"), at: summitDay)
            _ = try await newsroom.publish(
                ArticleDraft(headline: "انتخابات غرفة التجارة", sectionSlug: "economy"), at: summitDay)
            #expect(try await search(newsroom.store, "انتخابات").hits.totalCount == 2)
            #expect(
                try await search(newsroom.store, "انتخابات", section: "world").hits.items.map(\.teaser.id) == [world.id]
            )
            #expect(try await search(newsroom.store, "انتخابات", section: "nowhere").hits.totalCount == 0)
        }
    }

    @Test(
        "importing the same source twice updates instead of duplicating, and creates sections",
        arguments: StoreBackend.inThisRun)
    func importTwice(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            func line(_ id: String, _ title: String) -> ImportedArticle {
                ImportedArticle(
                    sourceID: id, headline: title, summary: "",
                    bodyText: "فقرة أولى.\n\nفقرة *ثانية* [ليست رابطاً](javascript:x)",
                    sectionSlug: "sport", sectionName: "رياضة", publishedAt: summitDay
                )
            }
            var first = try await store.importArticles(
                [line("a-1", "الفريق يفوز"), line("a-2", "المدرب يستقيل")], at: summitDay)
            #expect(first.added == 2 && first.updated == 0 && first.unchanged == 0)
            first = try await store.importArticles(
                [line("a-1", "الفريق يفوز"), line("a-2", "المدرب يبقى")], at: summitDay)
            #expect(first.added == 0 && first.updated == 1 && first.unchanged == 1)
            #expect(try await store.siteChrome(at: summitDay).sections.map(\.slug) == ["sport"])
            let imported = try #require(try await store.article(sourceID: "a-2"))
            #expect(imported.headline == "المدرب يبقى")
            #expect(try await search(store, "يبقى").hits.items.map(\.teaser.sourceID) == ["a-2"])
            #expect(try await search(store, "يستقيل").hits.totalCount == 0)
            let article = try #require(try await store.article(id: imported.id))
            #expect(article.body.html.html == "<p>فقرة أولى.</p>\n<p>فقرة *ثانية* [ليست رابطاً](javascript:x)</p>")
            #expect(article.status == .published && article.publishedAt == summitDay)
        }
    }

    @Test(
        "importing again an article the newsroom took down updates its text but keeps it down",
        arguments: StoreBackend.inThisRun)
    func reimportKeepsUnpublished(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            func line(_ body: String) -> ImportedArticle {
                ImportedArticle(
                    sourceID: "gone-1", headline: "خبر سحب من الموقع", summary: "", bodyText: body,
                    sectionSlug: "world", sectionName: "العالم", publishedAt: summitDay
                )
            }
            _ = try await store.importArticles([line("نص أول عن الزلزال.")], at: summitDay)
            let imported = try #require(try await store.article(sourceID: "gone-1"))
            _ = try await store.unpublishArticle(id: imported.id, at: summitDay)
            let report = try await store.importArticles([line("نص ثان عن الزلزال والفيضان.")], at: summitDay)
            #expect(report.updated == 1)
            #expect(try await store.article(id: imported.id)?.status == .unpublished)
            #expect(try await store.article(sourceID: "gone-1") == nil)
            #expect(try await search(store, "فيضان").hits.totalCount == 0)
            #expect(try await search(store, "زلزال").hits.totalCount == 0)
        }
    }

    @Test("an import refuses articles without a headline and says why", arguments: StoreBackend.inThisRun)
    func importRefusals(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let report = try await newsroom.store.importArticles(
                [
                    ImportedArticle(
                        sourceID: "x", headline: "  ", summary: "", bodyText: "نص", sectionSlug: "world",
                        sectionName: "العالم", publishedAt: summitDay),
                    ImportedArticle(
                        sourceID: "y", headline: "عنوان", summary: "", bodyText: "نص", sectionSlug: "search",
                        sectionName: "بحث", publishedAt: summitDay),
                ],
                at: summitDay
            )
            #expect(report.added == 0)
            #expect(report.refused["x"] == "it has no headline")
            #expect(report.refused["y"]?.contains("search") == true)
        }
    }

    @Test(
        "related news prefers the same subject in the same section, and drops unpublished stories",
        arguments: StoreBackend.inThisRun)
    func relatedNews(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let store = newsroom.store
            let main = try await newsroom.publish(
                ArticleDraft(
                    headline: "كازاخستان توقع صفقة طائرات بوينغ",
                    bodyMarkdown: "صفقة طائرات كبيرة لشركة الطيران في كازاخستان.", sectionSlug: "economy",
                    tagNames: ["كازاخستان"]),
                at: summitDay
            )
            let sameSection = try await newsroom.publish(
                ArticleDraft(
                    headline: "شركة طيران في كازاخستان تستلم طائرات جديدة",
                    bodyMarkdown: "الطائرات وصلت إلى كازاخستان.", sectionSlug: "economy", tagNames: ["كازاخستان"]),
                at: summitDay.addingTimeInterval(-86_400)
            )
            let otherSection = try await newsroom.publish(
                ArticleDraft(
                    headline: "رئيس كازاخستان يزور بكين", bodyMarkdown: "زيارة رسمية لرئيس كازاخستان.",
                    sectionSlug: "world", tagNames: ["كازاخستان"]),
                at: summitDay.addingTimeInterval(-86_400)
            )
            _ = try await newsroom.publish(
                ArticleDraft(headline: "مباراة كرة القدم تنتهي بالتعادل", sectionSlug: "world"), at: summitDay)
            while try await store.refreshRelatedNews(limit: 50) > 0 {}
            #expect(try await store.relatedNewsBacklog() == 0)
            let related = try #require(try await store.relatedNews(id: main.id, limit: 5))
            #expect(related.map(\.id) == [sameSection.id, otherSection.id])
            let page = try #require(try await store.articlePage(id: main.id, at: summitDay))
            #expect(page.relatedNews.map(\.id) == [sameSection.id, otherSection.id])

            _ = try await store.unpublishArticle(id: sameSection.id, at: summitDay)
            #expect(try await store.relatedNews(id: main.id, limit: 5)?.map(\.id) == [otherSection.id])
            #expect(try await store.relatedNews(id: sameSection.id, limit: 5) == nil)
        }
    }

    @Test(
        "suggested tags are existing tags whose words occur in the article and that it lacks",
        arguments: StoreBackend.inThisRun)
    func suggestedTags(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            try await newsroom.publish(
                ArticleDraft(
                    headline: "أ", sectionSlug: "world", tagNames: ["الطاقة", "آسيا الوسطى", "كرة القدم", "الصين"]),
                at: summitDay)
            let article = try await newsroom.publish(
                ArticleDraft(
                    headline: "استثمارات الطاقة في آسيا الوسطى",
                    bodyMarkdown: "تتنافس الصين على مشاريع الطاقة. وللطاقة مستقبل في المنطقة، والوسطى منها خاصة.",
                    sectionSlug: "economy",
                    tagNames: ["الصين"]
                ),
                at: summitDay
            )
            let suggested = try #require(try await newsroom.store.suggestedTags(id: article.id, limit: 10))
            #expect(suggested.map(\.name) == ["الطاقة", "آسيا الوسطى"])
            #expect(try await newsroom.store.suggestedTags(id: ArticleID(999), limit: 10) == nil)
        }
    }

    @Test("reindexing rebuilds search from the articles", arguments: StoreBackend.inThisRun)
    func reindex(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            try await newsroom.seedBasics()
            let article = try await newsroom.publish(
                ArticleDraft(headline: "مرصد فلكي جديد", sectionSlug: "world"), at: summitDay)
            try await newsroom.store.reindex(queueingRelatedNews: true) { _, _ in }
            #expect(try await search(newsroom.store, "فلك").hits.items.map(\.teaser.id) == [article.id])
            #expect(try await newsroom.store.relatedNewsBacklog() == 1)
        }
    }
}
