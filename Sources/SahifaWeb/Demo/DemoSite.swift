import ArabicText
import Foundation
import Logging
import SahifaCore
import SahifaStorage
import SahifaStore

/// The demo newsroom: a site written for this project (articles, authors, pictures,
/// breaking news), installed into an empty database through the same store calls the
/// newsroom uses, so the demo exercises the real write path.
public enum DemoSite {
    /// What was installed, for the command line to report.
    public struct Summary: Sendable {
        public var articles: Int
        public var sections: Int
        public var authors: Int
        public var pictures: Int
        public var breakingItems: Int
    }

    /// Fills the empty database at `location` (a SQLite file is created if missing) with the
    /// demo site.
    /// - Throws: `DemoError.databaseNotEmpty` when it already has sections or articles;
    ///   `StoreError`, `InvalidArticle` if the demo content is broken.
    public static func install(into location: StoreLocation, mediaFolder: String, now: Date = Date()) async throws
        -> Summary
    {
        let folder = try BundledResources.url(of: .demo)
        let store = try await location.open(logger: Logger(label: "sahifa.demo"))
        try await store.migrate()
        let chrome = try await store.siteChrome(at: now)
        guard chrome.sections.isEmpty else { throw DemoError.databaseNotEmpty(location.description) }
        let library = try FileMediaLibrary(folder: URL(fileURLWithPath: mediaFolder))
        let site = try JSONDecoder().decode(
            DemoSiteFile.self, from: Data(contentsOf: folder.appendingPathComponent("site.json")))

        var pictures: [String: MediaAsset] = [:]
        for image in site.images {
            pictures[image.file] = try await addPicture(image, from: folder, library: library, store: store)
        }
        if pictures[site.logo] == nil {
            let logo = DemoSiteFile.Image(
                file: site.logo, alt: site.name, caption: "", credit: "", width: 240, height: 60)
            pictures[site.logo] = try await addPicture(logo, from: folder, library: library, store: store)
        }
        try await store.saveSettings(
            SiteSettings(
                name: site.name,
                tagline: site.tagline,
                logo: pictures[site.logo],
                socialLinks: site.social.compactMap { social in
                    SocialNetwork(rawValue: social.network).map {
                        SocialLink(network: $0, label: social.label, url: social.url)
                    }
                },
                copyright: site.copyright,
                digits: DigitStyle(rawValue: site.digits) ?? .arabicIndic,
                timeZoneIdentifier: site.timeZone
            )
        )
        for section in site.sections {
            _ = try await store.createSection(slug: section.slug, name: section.name)
        }
        for author in site.authors {
            _ = try await store.createAuthor(slug: author.slug, name: author.name, bio: author.bio)
        }
        let ids = try await installArticles(from: folder, pictures: pictures, store: store)
        for item in site.breaking {
            let articleID = try item.article.map { key in
                guard let id = ids[key] else { throw DemoError.unknownReference(file: "site.json", reference: key) }
                return id
            }
            _ = try await store.postBreakingItem(
                text: item.text,
                articleID: articleID,
                startsAt: now.addingTimeInterval(-600),
                expiresAt: now.addingTimeInterval(item.hoursToExpire * 3600)
            )
        }
        // Work out related news now, so the demo opens with it rather than a second later.
        while try await store.refreshRelatedNews(limit: 500) > 0 {}
        return Summary(
            articles: ids.count,
            sections: site.sections.count,
            authors: site.authors.count,
            pictures: pictures.count,
            breakingItems: site.breaking.count
        )
    }

    private static func addPicture(
        _ image: DemoSiteFile.Image,
        from folder: URL,
        library: FileMediaLibrary,
        store: any NewsStore
    ) async throws -> MediaAsset {
        let bytes = Array(
            try Data(contentsOf: folder.appendingPathComponent("images").appendingPathComponent(image.file)))
        let hash = try library.store(bytes, kind: .svg)
        return try await store.addMedia(
            MediaAsset(
                hash: hash,
                kind: .svg,
                alt: image.alt,
                caption: image.caption,
                credit: image.credit,
                width: image.width,
                height: image.height,
                byteCount: bytes.count
            )
        )
    }

    /// Saves and publishes every article, each after the articles it places as cards, and
    /// returns the database id given to each file's key.
    private static func installArticles(from folder: URL, pictures: [String: MediaAsset], store: any NewsStore)
        async throws -> [String: ArticleID]
    {
        let articleFolder = folder.appendingPathComponent("articles")
        let names = try FileManager.default.contentsOfDirectory(atPath: articleFolder.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        var pending: [(name: String, file: DemoArticleFile)] = try names.map { name in
            (
                name,
                try DemoArticleFile(
                    name: name, text: String(contentsOf: articleFolder.appendingPathComponent(name), encoding: .utf8))
            )
        }
        var ids: [String: ArticleID] = [:]
        while !pending.isEmpty {
            guard let next = pending.firstIndex(where: { $0.file.relatedKeys.allSatisfy { ids[$0] != nil } }) else {
                let (name, file) = pending[0]
                throw DemoError.unknownReference(file: name, reference: file.relatedKeys.first { ids[$0] == nil } ?? "")
            }
            let (name, file) = pending.remove(at: next)
            let key = try file.required("key", in: name)
            ids[key] = try await installArticle(file, named: name, ids: ids, pictures: pictures, store: store)
        }
        return ids
    }

    private static func installArticle(
        _ file: DemoArticleFile,
        named name: String,
        ids: [String: ArticleID],
        pictures: [String: MediaAsset],
        store: any NewsStore
    ) async throws -> ArticleID {
        let published = try date(file.required("published", in: name), in: name)
        let heroFile = file.fields["hero"] ?? ""
        if !heroFile.isEmpty && pictures[heroFile] == nil {
            throw DemoError.unknownReference(file: name, reference: heroFile)
        }
        let draft = ArticleDraft(
            kicker: file.fields["kicker"] ?? "",
            headline: try file.required("headline", in: name),
            summary: try file.required("summary", in: name),
            bodyMarkdown: try body(file.body, named: name, ids: ids, pictures: pictures),
            heroImageHash: pictures[heroFile]?.hash,
            sectionSlug: try file.required("section", in: name),
            tagNames: try file.required("tags", in: name).split(whereSeparator: { $0 == "،" || $0 == "," })
                .map { $0.trimmingCharacters(in: .whitespaces) },
            authorSlugs: try file.required("authors", in: name).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) },
            isFeatured: file.fields["featured"] == "true"
        )
        let created = try await store.createArticle(draft, at: published.addingTimeInterval(-3600))
        _ = try await store.publishArticle(id: created.id, at: published)
        if let updated = file.fields["updated"] {
            _ = try await store.updateArticle(id: created.id, with: draft, at: try date(updated, in: name))
        }
        return created.id
    }

    /// The body with demo keys and file names swapped for database ids and picture hashes.
    private static func body(
        _ text: String, named name: String, ids: [String: ArticleID], pictures: [String: MediaAsset]
    )
        throws -> String
    {
        try text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line -> String in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("[[related:"), trimmed.hasSuffix("]]") {
                let key = String(trimmed.dropFirst("[[related:".count).dropLast(2)).trimmingCharacters(in: .whitespaces)
                guard let id = ids[key] else { throw DemoError.unknownReference(file: name, reference: key) }
                return "[[related:\(id.rawValue)]]"
            }
            if trimmed.hasPrefix("[[image:"), trimmed.hasSuffix("]]") {
                let inside = trimmed.dropFirst("[[image:".count).dropLast(2)
                let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].trimmingCharacters(in: .whitespaces)
                guard let picture = pictures[file] else {
                    throw DemoError.unknownReference(file: name, reference: file)
                }
                return "[[image:\(picture.hash)" + (parts.count > 1 ? "|" + parts[1] : "") + "]]"
            }
            return String(line)
        }.joined(separator: "\n")
    }

    private static func date(_ text: String, in file: String) throws -> Date {
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw DemoError.invalidDate(file: file, value: text)
        }
        return date
    }
}
