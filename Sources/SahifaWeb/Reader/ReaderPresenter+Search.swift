import ArabicText
import SahifaCore
import SahifaStore

extension ReaderPresenter {
    /// The search page for what the reader asked: before any search (`results` nil), with
    /// results, or with nothing found.
    func searchPage(_ form: SearchForm, chrome: SiteChrome, results: SearchResults?) -> SearchPageModel {
        let settings = chrome.settings
        let dates = NewsDateFormatter.forSite(settings)
        let terms = form.query?.highlightTerms ?? []
        let hits = results?.hits
        let title = form.text.isEmpty ? "البحث" : "نتائج البحث عن «\(form.text)»"
        return SearchPageModel(
            head: PageHead(
                title: title + " | " + settings.name,
                description: "ابحث في أخبار " + settings.name,
                canonicalURL: nil
            ),
            chrome: self.chrome(chrome),
            query: form.text,
            sections: [SearchPageModel.Option(value: "", label: "كل الأقسام", isSelected: form.sectionSlug == nil)]
                + chrome.sections.map {
                    SearchPageModel.Option(value: $0.slug, label: $0.name, isSelected: $0.slug == form.sectionSlug)
                },
            orders: [
                SearchPageModel.Option(
                    value: SearchOrder.relevance.rawValue, label: "الأكثر صلة", isSelected: form.order == .relevance),
                SearchPageModel.Option(
                    value: SearchOrder.newest.rawValue, label: "الأحدث", isSelected: form.order == .newest),
            ],
            resultCount: hits.map { Self.resultCount($0.totalCount, dates: dates) },
            notice: results.flatMap {
                $0.matchedAllWords || $0.hits.totalCount == 0
                    ? nil : "لم نجد مقالات تضم كل الكلمات، فهذه مقالات تضم بعضها."
            },
            results: hits?.items.map { hit in
                SearchResultModel(
                    href: hit.teaser.path,
                    headline: Highlighter.segments(of: hit.teaser.headline, terms: terms),
                    snippet: SearchSnippet.make(hit, terms: terms),
                    section: LinkModel(text: hit.teaser.section.name, href: hit.teaser.section.path),
                    date: dates.relative(hit.teaser.publishedAt, now: now),
                    dateISO: dates.iso8601(hit.teaser.publishedAt),
                    image: hit.teaser.heroImage.map { image($0) }
                )
            } ?? [],
            suggestions: suggestions(form, chrome: chrome, found: hits?.totalCount),
            pagination: hits.map { pagination($0, basePath: form.path, dates: dates) }
                ?? PaginationModel(previous: nil, next: nil, items: [])
        )
    }

    /// "نتيجة واحدة", "نتيجتان", "٣ نتائج", "١٢ نتيجة".
    static func resultCount(_ count: Int, dates: NewsDateFormatter) -> String {
        switch count {
        case 0: "لا نتائج"
        case 1: "نتيجة واحدة"
        case 2: "نتيجتان"
        case 3...10: "\(dates.number(count)) نتائج"
        default: "\(dates.number(count)) نتيجة"
        }
    }

    private func suggestions(_ form: SearchForm, chrome: SiteChrome, found: Int?) -> SearchPageModel.Suggestions? {
        let sections = chrome.sections.map { LinkModel(text: $0.name, href: $0.path) }
        guard let found else {
            return form.text.isEmpty
                ? nil
                : SearchPageModel.Suggestions(
                    title: "لا كلمات يمكن البحث عنها",
                    tips: ["اكتب كلمة أو أكثر من العنوان أو النص، فكلمات مثل «في» و«من» وحدها لا تكفي للبحث."],
                    links: sections
                )
        }
        guard found == 0 else { return nil }
        var tips = [
            "تأكد من كتابة الكلمات، ولا حاجة إلى التشكيل أو الهمزات: «أسعار» و«اسعار» سواء.",
            "جرّب كلمات أقل أو كلمات أعم.",
        ]
        if form.sectionSlug != nil { tips.append("ابحث في كل الأقسام بدل قسم واحد.") }
        return SearchPageModel.Suggestions(title: "لم نعثر على نتائج", tips: tips, links: sections)
    }
}
