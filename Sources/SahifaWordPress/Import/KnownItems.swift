import ArabicText
import SahifaCore

/// What the import knows so far of where the old site's items now live, and the links a body
/// converter asks it for.
struct KnownItems: Sendable {
    let addresses: OldAddresses
    let pictures: [Int: MediaAsset]
    /// The index's entries (shared, not copied), whose old slugs most saved articles keep.
    private let entries: [Int: WordPressIndex.Entry]
    /// WordPress id → where readers now reach it, kept in parts and made a path when asked: a
    /// big site has hundreds of thousands, and a path is three times its slug's length.
    private var places: [Int: Place] = [:]
    private var sectionSlugs: [String] = []
    private var sectionNumbers: [String: Int] = [:]

    private enum Place: Sendable {
        /// `slug` is nil when the article's slug is the one made from the item's old slug.
        case article(section: Int, id: ArticleID, slug: String?)
        case page(path: String)
    }

    init(addresses: OldAddresses, pictures: [Int: MediaAsset], entries: [Int: WordPressIndex.Entry]) {
        self.addresses = addresses
        self.pictures = pictures
        self.entries = entries
    }

    /// The path readers now reach an item at, if it has one.
    func path(of item: Int) -> String? {
        switch places[item] {
        case .article(let section, let id, let slug):
            ArticlePath.make(section: sectionSlugs[section], id: id, slug: slug ?? usualSlug(of: item))
        case .page(let path): path
        case nil: nil
        }
    }

    /// The article a post became, for related cards.
    func article(of item: Int) -> ArticleID? {
        guard case .article(_, let id, _) = places[item] else { return nil }
        return id
    }

    /// Learns where a saved article lives.
    mutating func saved(_ item: Int, as teaser: ArticleTeaser) {
        let section = sectionNumbers[teaser.section.slug] ?? sectionSlugs.count
        if section == sectionSlugs.count {
            sectionSlugs.append(teaser.section.slug)
            sectionNumbers[teaser.section.slug] = section
        }
        let slug = teaser.slug == usualSlug(of: item) ? nil : teaser.slug
        places[item] = .article(section: section, id: teaser.id, slug: slug)
    }

    mutating func page(_ item: Int, at path: String) {
        places[item] = .page(path: path)
    }

    /// The slug an imported post gets from its old one (`PreparedImport` makes it the same way).
    private func usualSlug(of item: Int) -> String {
        Slug.make(from: entries[item]?.slug ?? "")
    }

    /// A snapshot of what is known now, for converting bodies.
    var links: WordPressContentLinks {
        let known = self
        return WordPressContentLinks(
            picture: { url, attachment in
                // By the attachment's id where the body names one, else by the file's address.
                guard
                    let asset = attachment.flatMap({ known.pictures[$0] })
                        ?? known.addresses.upload(at: url).flatMap({ known.pictures[$0] })
                else { return nil }
                return ImportedPicture(hash: asset.hash, caption: asset.caption, credit: asset.credit)
            },
            newPath: { url in
                if let id = known.addresses.item(at: url) {
                    return known.path(of: id) ?? known.pictures[id]?.path
                }
                return known.addresses.upload(at: url).flatMap { known.pictures[$0]?.path }
            },
            articleID: { url in known.addresses.item(at: url).flatMap { known.article(of: $0) }?.rawValue },
            isOldSite: { url in known.addresses.isOldSite(url) }
        )
    }
}
