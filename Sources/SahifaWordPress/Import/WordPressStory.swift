import Foundation
import SahifaCore

/// A WordPress post made into an imported article: its status, section, tags, bylines, dates,
/// search fields and hero picture from the export, its body from `WordPressBody`.
struct WordPressStory: Sendable {
    let site: WordPressSite
    let sections: [String: String]
    /// Imported pictures by attachment id and by hash.
    let pictures: [Int: MediaAsset]
    let picturesByHash: [String: MediaAsset]

    /// What WordPress's statuses become; nil for what is not imported.
    static func status(of item: WordPressItem) -> ArticleStatus? {
        switch item.status {
        case "publish": .published
        case "future": .scheduled
        case "draft": .draft
        case "pending": .inReview
        // Sahifa has no private articles: kept, not public, and marked taken down.
        case "private": .unpublished
        default: nil
        }
    }

    static func sourceID(of id: Int, site: WordPressSite) -> String { "\(site.home)/?p=\(id)" }

    func article(from item: WordPressItem, body: WordPressBodyConversion, notes: inout [String]) -> ImportedArticle? {
        guard let status = Self.status(of: item) else { return nil }
        let categories = item.terms.filter { $0.domain == "category" }
        let primary = item.firstMeta("_yoast_wpseo_primary_category") ?? item.firstMeta("rank_math_primary_category")
        let primaryName = primary.flatMap { id in site.categories.first { String($0.termID) == id.trimmed }?.nicename }
        let sectionNicename = primaryName ?? categories.first?.nicename ?? ""
        guard let sectionSlug = sections[sectionNicename] else {
            notes.append("post \(item.postID): no category that became a section")
            return nil
        }
        let sectionName = site.categories.first { $0.nicename == sectionNicename }?.name ?? sectionSlug
        // One section per article: the other categories stay on it as tags of the same name.
        let otherCategories = categories.filter { $0.nicename != sectionNicename }.map(\.name)
        let tags = item.terms.filter { $0.domain == "post_tag" }.map(\.name) + otherCategories
        let published =
            WordPressDate.utc(item.postDateGMT) ?? WordPressDate.utc(item.postDate) ?? Date(timeIntervalSince1970: 0)
        var hero: String?
        if let thumbnail = item.firstMeta("_thumbnail_id").flatMap({ Int($0.trimmed) }) {
            hero = pictures[thumbnail]?.hash
            if hero == nil { notes.append("post \(item.postID): its featured image \(thumbnail) was not imported") }
        }
        let bylines = item.terms.filter { $0.domain == "author" }.map { WordPressSlug.nicename(login: $0.name) }
        return ImportedArticle(
            sourceID: Self.sourceID(of: item.postID, site: site),
            headline: HTMLText.plain(item.title),
            summary: HTMLText.plain(item.excerpt),
            bodyText: "",
            sectionSlug: sectionSlug,
            sectionName: sectionName,
            publishedAt: published,
            slug: item.postName.isEmpty ? nil : WordPressSlug.decoded(item.postName),
            kicker: HTMLText.plain(item.firstMeta("subtitle") ?? ""),
            bodyMarkdown: body.markdown,
            pictures: picturesNamed(body.pictureHashes, hero: hero),
            status: status,
            tagNames: tags,
            authorSlugs: bylines.isEmpty ? [WordPressSlug.nicename(login: item.creator)] : bylines,
            heroImageHash: hero,
            seo: SEOFields(title: seoTitle(of: item), description: seoDescription(of: item)),
            createdAt: WordPressDate.utc(item.postDateGMT) ?? WordPressDate.utc(item.postDate),
            updatedAt: WordPressDate.utc(item.modifiedGMT)
        )
    }

    /// The pictures the body and the hero name, which the body's renderer needs.
    private func picturesNamed(_ hashes: [String], hero: String?) -> [MediaAsset] {
        Set(hashes + (hero.map { [$0] } ?? [])).compactMap { picturesByHash[$0] }
    }

    /// The SEO plugins' title with its variables filled in (`%%title%% %%sep%% %%sitename%%`).
    private func seoTitle(of item: WordPressItem) -> String? {
        guard
            let raw = item.firstMeta("_yoast_wpseo_title") ?? item.firstMeta("rank_math_title")
                ?? item.firstMeta("_aioseo_title")
        else { return nil }
        var title = raw
        for (variable, value) in [
            ("%%title%%", HTMLText.plain(item.title)), ("%title%", HTMLText.plain(item.title)),
            ("%%sitename%%", site.title), ("%sitename%", site.title), ("%%sep%%", "–"), ("%sep%", "–"),
        ] {
            title = title.replacingOccurrences(of: variable, with: value)
        }
        title = title.replacingOccurrences(of: "%%[a-z_]+%%", with: "", options: .regularExpression)
        return title.split(whereSeparator: \.isWhitespace).joined(separator: " ").nilIfBlank
    }

    private func seoDescription(of item: WordPressItem) -> String? {
        (item.firstMeta("_yoast_wpseo_metadesc") ?? item.firstMeta("rank_math_description")
            ?? item.firstMeta("_aioseo_description")).map(HTMLText.plain)?.nilIfBlank
    }
}

extension String {
    fileprivate var trimmed: String { trimmedForNews }
    fileprivate var nilIfBlank: String? { trimmed.isEmpty ? nil : trimmed }
}
