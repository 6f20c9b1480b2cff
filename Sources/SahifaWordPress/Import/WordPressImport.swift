import ArabicText
import Foundation
import SahifaCore
import SahifaStore

/// Imports a whole WordPress site from its export: sections, bylines and writers' accounts,
/// pictures, posts in every status, static pages, and a redirect from every old address.
///
/// The export is read twice, each time as a stream. The first reading learns every item's
/// addresses and the attachments; then the sections, people and pictures are saved; the second
/// reading converts and saves the posts and pages in batches, so that a link to an earlier
/// post already has its new address. A post linking to one that comes later in the file is
/// converted again at the end. Every write is a whole batch or nothing, and each row is found
/// again by its WordPress id, so an import cut short is finished by running it again.
public struct WordPressImport: Sendable {
    public typealias Store = MaintenanceStore & NewsroomStore & ReaderStore

    let store: any Store
    let library: any MediaLibrary
    let export: @Sendable () throws -> () throws -> [UInt8]?
    let pictureFile: @Sendable (_ path: String, _ url: String) async -> PictureFile
    let batchSize: Int
    let keptBodyBytes: Int

    /// - Parameters:
    ///   - keptBodyBytes: bodies up to this size are kept from the first reading instead of
    ///     being read again: by default a site of a few thousand posts, at a small part of the
    ///     import's memory.
    ///   - export: opens the export afresh and answers its bytes piece by piece.
    ///   - pictureFile: an attachment's file by its path under the uploads folder and its old URL.
    public init(
        store: any Store, library: any MediaLibrary, batchSize: Int = 500, keptBodyBytes: Int = 32 << 20,
        export: @escaping @Sendable () throws -> () throws -> [UInt8]?,
        pictureFile: @escaping @Sendable (_ path: String, _ url: String) async -> PictureFile
    ) {
        self.store = store
        self.library = library
        self.batchSize = batchSize
        self.keptBodyBytes = keptBodyBytes
        self.export = export
        self.pictureFile = pictureFile
    }

    static let redirectsPerWrite = 5_000

    /// Where the import is: the step's name, items done and items in all (0 when not known yet).
    public typealias Progress = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void

    public func run(at date: Date, progress: Progress) async throws -> WordPressImportReport {
        var report = WordPressImportReport()
        let kept = KeptItems(limit: keptBodyBytes)
        let index = try await readIndex(keeping: kept, progress: progress)
        report.siteTitle = index.site.title
        report.home = index.site.home
        report.exportCounts = index.counts
        report.comments = index.comments
        let sections = Self.sections(of: index)
        report.parts = try await store.importSite(siteParts(index, sections: sections), at: date)
        let pictures = try await keepPictures(of: index, at: date, report: &report, progress: progress)
        var known = KnownItems(addresses: OldAddresses(index: index), pictures: pictures, entries: index.entries)
        for entry in index.entries.all where entry.type == "page" && entry.status == "publish" {
            known.page(entry.id, at: StaticPage.path(slug: Self.pageSlug(entry)))
        }
        let story = WordPressStory(
            site: index.site, sections: sections, pictures: pictures,
            picturesByHash: Dictionary(pictures.values.map { ($0.hash, $0) }) { first, _ in first })
        try await learnSaved(index, site: index.site, into: &known)
        var pending: [WordPressItem] = []
        var pages: [ImportedPage] = []
        let total = index.entries.all.filter { $0.type == "post" || $0.type == "page" }.count
        var done = 0
        var writing: (articles: [ImportedArticle], saved: Task<ImportReport, any Error>)?
        let reading =
            kept.items.map { ExportReading.pieces(of: $0, batchSize: batchSize) }
            ?? ExportReading.pieces(of: export, batchSize: batchSize)
        for try await piece in reading.pieces {
            defer { reading.done() }
            guard case .items(let items) = piece else { continue }
            var prepared: [PreparedImport] = []
            // The links' snapshot of `known` lives only through the conversion: alive when the
            // batch before is recorded into `known`, it would make that copy its dictionaries.
            // While one batch is written, the next is read, converted and prepared on the other cores.
            let converted = await Self.convert(items, links: known.links, story: story)
            for (item, (body, article, notes)) in zip(items, converted) {
                switch (item.type, body) {
                case ("post", let body?):
                    // A post linking ahead is converted again at the end, and its notes are that conversion's.
                    if body.hasPendingReferences {
                        pending.append(item)
                    } else {
                        report.warnings += body.notes.map { "post \(item.postID): \($0)" } + notes
                    }
                    if let article {
                        prepared.append(article)
                    } else {
                        report.skipped["post in status \(item.status)", default: 0] += 1
                    }
                case ("page", let body?):
                    report.warnings += body.notes.map { "page \(item.postID): \($0)" }
                    if let page = page(from: item, body: body, index: index, story: story) { pages.append(page) }
                case ("attachment", _):
                    break
                default:
                    report.skipped["item of type \(item.type)", default: 0] += 1
                }
            }
            done += items.filter { $0.type == "post" || $0.type == "page" }.count
            if let batch = writing {
                try await record(try await batch.saved.value, of: batch.articles, into: &report, known: &known)
            }
            let store = self.store
            writing = (
                prepared.map(\.article), Task { [prepared] in try await store.importArticles(prepared, at: date) }
            )
            progress("posts", done, total)
        }
        if let batch = writing {
            try await record(try await batch.saved.value, of: batch.articles, into: &report, known: &known)
        }
        if !pending.isEmpty {
            progress("links to later posts", 0, pending.count)
            var again: [PreparedImport] = []
            for (item, (body, article, notes)) in zip(
                pending, await Self.convert(pending, links: known.links, story: story))
            {
                report.warnings += (body?.notes ?? []).map { "post \(item.postID): \($0)" } + notes
                if let article { again.append(article) }
            }
            // These posts were counted when first saved; this only completes their links.
            var second = report
            try await save(again, into: &second, known: &known, at: date)
        }
        var closing = SiteImport()
        closing.pages = pages
        report.parts.add(try await store.importSite(closing, at: date))
        try await writeRedirects(index, known: known, sections: sections, report: &report, at: date)
        return report
    }

    // MARK: Steps

    /// Converting a body and preparing its article (rendering, analysis for search) are the
    /// import's costliest steps, so each item goes through both on whichever core is free.
    private static func convert(_ items: [WordPressItem], links: WordPressContentLinks, story: WordPressStory) async
        -> [(WordPressBodyConversion?, PreparedImport?, [String])]
    {
        await Parallel.map(items) { item in
            guard item.type == "post" || item.type == "page" else {
                return (WordPressBodyConversion?.none, PreparedImport?.none, [String]())
            }
            let body = WordPressBody.convert(item.content, links: links)
            var notes: [String] = []
            let article = item.type == "post" ? story.article(from: item, body: body, notes: &notes) : nil
            return (body, article.map(PreparedImport.init), notes)
        }
    }

    /// The first reading: every item's addresses, and the items themselves while they fit in `kept`.
    private func readIndex(keeping kept: KeptItems, progress: Progress) async throws -> WordPressIndex {
        var index = WordPressIndex()
        let reading = ExportReading.pieces(of: export, batchSize: batchSize) { kept.hasRoom }
        for try await piece in reading.pieces {
            defer { reading.done() }
            switch piece {
            case .site(let site): index.site = site
            case .items(let items):
                for item in items { index.add(item) }
                kept.keep(items)
            }
            progress("reading the export", index.entries.count, 0)
        }
        index.entries.finish()
        return index
    }

    /// Category nicename → section slug, for every category a post carries and the parents above them.
    static func sections(of index: WordPressIndex) -> [String: String] {
        var used = Set(index.categoryUse.keys)
        var added = true
        while added {
            added = false
            for category in index.site.categories where used.contains(category.nicename) && !category.parent.isEmpty {
                added = used.insert(category.parent).inserted || added
            }
        }
        var slugs: [String: String] = [:]
        for category in index.site.categories where used.contains(category.nicename) {
            slugs[category.nicename] = WordPressSlug.section(for: category)
        }
        return slugs
    }

    private func siteParts(_ index: WordPressIndex, sections: [String: String]) -> SiteImport {
        var site = SiteImport()
        // Parents first, so each child finds its parent's row.
        var placed = Set<String>()
        var remaining = index.site.categories.filter { sections[$0.nicename] != nil }
        while !remaining.isEmpty {
            let ready = remaining.filter {
                $0.parent.isEmpty || placed.contains($0.parent) || sections[$0.parent] == nil
            }
            let batch = ready.isEmpty ? remaining : ready
            for category in batch {
                guard let slug = sections[category.nicename] else { continue }
                site.sections.append(
                    SiteImport.ImportedSection(
                        slug: slug, name: category.name, parentSlug: sections[category.parent]))
                placed.insert(category.nicename)
            }
            remaining.removeAll { placed.contains($0.nicename) }
        }
        site.writers = index.site.authors.map { author in
            SiteImport.ImportedWriter(
                authorSlug: WordPressSlug.nicename(login: author.login),
                name: author.displayName.isEmpty ? author.login : author.displayName, bio: "",
                email: author.email.contains("@") ? author.email : nil)
        }
        return site
    }

    private func keepPictures(
        of index: WordPressIndex, at date: Date, report: inout WordPressImportReport, progress: Progress
    ) async throws -> [Int: MediaAsset] {
        var pictures: [Int: MediaAsset] = [:]
        let attachments = index.attachments.values.sorted { $0.id < $1.id }
        for (number, attachment) in attachments.enumerated() {
            progress("pictures", number, attachments.count)
            switch await pictureFile(attachment.file, attachment.url) {
            case .missing(let reason):
                report.picturesMissing += 1
                report.warnings.append("attachment \(attachment.id): \(reason); posts using it are imported without it")
            case .bytes(let bytes):
                let (caption, credit) = CaptionCredit.split(HTMLText.plain(attachment.caption))
                let alt = [attachment.alt, HTMLText.plain(attachment.title), caption].first { !$0.isEmpty } ?? "صورة"
                do {
                    pictures[attachment.id] = try await PictureUpload(
                        bytes: bytes, alt: alt, caption: caption, credit: credit
                    ).keep(in: library, store: store, at: date, by: nil)
                    report.picturesKept += 1
                } catch let problem as PictureUpload.Problem {
                    report.picturesMissing += 1
                    let reason =
                        switch problem {
                        case .noFile: "is empty"
                        case .notAPicture: "is not a JPEG, PNG, WebP, GIF, HEIC or AVIF picture"
                        case .damaged: "is cut short or does not decode"
                        case .hiddenData: "holds another file after its picture"
                        case .tooManyPixels(let width, let height, let limit):
                            "is \(width)×\(height) pixels, more than the \(limit) a picture may have"
                        case .altMissing: "has no alt text"
                        }
                    report.warnings.append("attachment \(attachment.id): \(attachment.file) \(reason)")
                }
            }
        }
        return pictures
    }

    private func page(
        from item: WordPressItem, body: WordPressBodyConversion, index: WordPressIndex, story: WordPressStory
    )
        -> ImportedPage?
    {
        guard let entry = index.entries[item.postID], ["publish", "draft", "private", "pending"].contains(item.status)
        else { return nil }
        let published = index.entries.all.filter { $0.type == "page" && $0.status == "publish" }
        let order = published.sorted { ($0.id) < ($1.id) }.firstIndex { $0.id == item.postID }
        let created =
            WordPressDate.utc(item.postDateGMT) ?? WordPressDate.utc(item.postDate) ?? Date(timeIntervalSince1970: 0)
        let pictures = body.pictureHashes.compactMap { story.picturesByHash[$0] }
        return ImportedPage(
            sourceID: WordPressStory.sourceID(of: item.postID, site: index.site), slug: Self.pageSlug(entry),
            title: HTMLText.plain(item.title), bodyMarkdown: body.markdown, pictures: pictures,
            isPublished: item.status == "publish", menuPosition: order.map { $0 + 1 }, createdAt: created,
            updatedAt: WordPressDate.utc(item.modifiedGMT) ?? created)
    }

    static func pageSlug(_ entry: WordPressIndex.Entry) -> String {
        entry.slug.isEmpty ? "page-\(entry.id)" : entry.slug
    }

    /// Where the posts an earlier import saved now live, so that a run over the same export
    /// converts every link as that import finally did and finds the posts unchanged.
    private func learnSaved(_ index: WordPressIndex, site: WordPressSite, into known: inout KnownItems) async throws {
        let posts = index.entries.all.filter { $0.type == "post" && ["publish", "future"].contains($0.status) }
        for batch in posts.sliced(every: batchSize) {
            try await learn(batch.map { WordPressStory.sourceID(of: $0.id, site: site) }, into: &known)
        }
    }

    /// Learns where the published and scheduled articles of these source ids live.
    private func learn(_ sourceIDs: [String], into known: inout KnownItems) async throws {
        for place in try await store.importedPlaces(sourceIDs: sourceIDs) {
            guard let id = place.sourceID.split(separator: "=").last.flatMap({ Int($0) }) else { continue }
            known.saved(id, at: place)
        }
    }

    /// Saves a batch, then learns where each published article now lives.
    private func save(
        _ articles: [PreparedImport], into report: inout WordPressImportReport, known: inout KnownItems, at date: Date
    ) async throws {
        guard !articles.isEmpty else { return }
        let saved = try await store.importArticles(articles, at: date)
        try await record(saved, of: articles.map(\.article), into: &report, known: &known)
    }

    /// Counts a saved batch and learns where each of its published articles now lives.
    private func record(
        _ saved: ImportReport, of articles: [ImportedArticle], into report: inout WordPressImportReport,
        known: inout KnownItems
    ) async throws {
        report.articles.added += saved.added
        report.articles.updated += saved.updated
        report.articles.unchanged += saved.unchanged
        report.articles.refused.merge(saved.refused) { first, _ in first }
        try await learn(
            articles.filter { $0.status == .published || $0.status == .scheduled }.map(\.sourceID), into: &known)
    }

    /// A redirect from every old address, made item by item and written a few thousand to a
    /// transaction as they are made: a big site has hundreds of thousands, never all in memory.
    private func writeRedirects(
        _ index: WordPressIndex, known: KnownItems, sections: [String: String], report: inout WordPressImportReport,
        at date: Date
    ) async throws {
        func target(of entry: WordPressIndex.Entry) -> String? {
            if entry.type == "attachment" { return known.pictures[entry.id]?.source.readerPath }
            return entry.status == "trash" ? RedirectRules.gone : known.path(of: entry.id)
        }
        var rules = RedirectRules(
            sectionSlugs: Set(sections.values), firstAt: { known.addresses.firstItem(at: $0) },
            isRedirected: { id in index.entries[id].flatMap(target) != nil })
        func write(leaving left: Int) async throws {
            guard rules.waiting > left else { return }
            var part = SiteImport()
            part.redirects = rules.takeWaiting()
            report.parts.add(try await store.importSite(part, at: date))
        }
        for entry in index.entries.all {
            guard let target = target(of: entry) else { continue }
            for upload in index.attachments[entry.id].map(known.addresses.uploadAddresses) ?? [] {
                rules.add(from: upload, to: target, item: entry.id, warnings: &report.warnings)
            }
            for address in OldAddresses.addresses(of: entry) {
                rules.add(from: address, to: target, item: entry.id, warnings: &report.warnings)
            }
            try await write(leaving: Self.redirectsPerWrite - 1)
        }
        for category in index.site.categories {
            guard let slug = sections[category.nicename] else { continue }
            for address in Self.categoryAddresses(category, in: index.site.categories) {
                rules.add(from: address, to: "/" + slug, item: nil, warnings: &report.warnings)
            }
        }
        for tag in index.site.tags {
            let name = HTMLText.plain(tag.name)
            let old = "/tag/" + WordPressSlug.decoded(tag.slug)
            let candidates = Set([Slug.make(from: name), WordPressSlug.decoded(tag.slug)])
            for slug in candidates.sorted()
            where try await store.tagPage(slug: slug, page: PageRequest(number: 1, size: 1), at: Date()) != nil {
                rules.add(from: old, to: PercentEncoding.path("/tag/", slug), item: nil, warnings: &report.warnings)
                break
            }
        }
        rules.add(from: "/comments/feed", to: "/feed.xml", item: nil, warnings: &report.warnings)
        try await write(leaving: 0)
    }

    /// `/category/world/asia`, the address WordPress gives a child category, and `/category/asia`.
    private static func categoryAddresses(_ category: WordPressSite.Category, in all: [WordPressSite.Category])
        -> [String]
    {
        var chain = [WordPressSlug.decoded(category.nicename)]
        var parent = category.parent
        while !parent.isEmpty, let next = all.first(where: { $0.nicename == parent }), chain.count < 10 {
            chain.insert(WordPressSlug.decoded(next.nicename), at: 0)
            parent = next.parent
        }
        return Array(Set(["/category/" + chain.joined(separator: "/"), "/category/" + chain[chain.count - 1]]))
            .sorted()
    }
}
