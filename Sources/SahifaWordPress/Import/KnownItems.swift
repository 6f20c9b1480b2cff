import ArabicText
import SahifaCore
import SahifaStore

/// What the import knows so far of where the old site's items now live, and the links a body
/// converter asks it for.
struct KnownItems: Sendable {
    let addresses: OldAddresses
    let pictures: [Int: MediaAsset]
    /// The index's entries (shared, not copied), whose old slugs most saved articles keep.
    private let entries: IndexEntries
    /// WordPress id → the article it became and its section, in 16 bytes: a big site has
    /// hundreds of thousands, and a path is three times its slug's length. The path is made
    /// when asked, with the slug made from the old one unless `slugs` says otherwise.
    private var places: [Int: Place] = [:]
    /// Saved articles whose slug is not the one made from their old slug.
    private var slugs: [Int: String] = [:]
    /// Static pages, by WordPress id.
    private var pages: [Int: String] = [:]
    private var sectionSlugs: [String] = []
    private var sectionNumbers: [String: Int32] = [:]

    private struct Place: Sendable {
        var section: Int32
        var article: Int64
    }

    init(addresses: OldAddresses, pictures: [Int: MediaAsset], entries: IndexEntries) {
        self.addresses = addresses
        self.pictures = pictures
        self.entries = entries
    }

    /// The path readers now reach an item at, if it has one.
    func path(of item: Int) -> String? {
        if let page = pages[item] { return page }
        guard let place = places[item] else { return nil }
        return ArticlePath.make(
            section: sectionSlugs[Int(place.section)], id: ArticleID(place.article),
            slug: slugs[item] ?? usualSlug(of: item))
    }

    /// The article a post became, for related cards.
    func article(of item: Int) -> ArticleID? {
        places[item].map { ArticleID($0.article) }
    }

    /// Learns where a saved article lives.
    mutating func saved(_ item: Int, at place: ImportedPlace) {
        let section = sectionNumbers[place.sectionSlug] ?? Int32(sectionSlugs.count)
        if section == sectionSlugs.count {
            sectionSlugs.append(place.sectionSlug)
            sectionNumbers[place.sectionSlug] = section
        }
        places[item] = Place(section: section, article: place.id.rawValue)
        slugs[item] = place.slug == usualSlug(of: item) ? nil : place.slug
    }

    mutating func page(_ item: Int, at path: String) {
        pages[item] = path
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
                    return known.path(of: id) ?? known.pictures[id]?.source.readerPath
                }
                return known.addresses.upload(at: url).flatMap { known.pictures[$0]?.source.readerPath }
            },
            articleID: { url in known.addresses.item(at: url).flatMap { known.article(of: $0) }?.rawValue },
            isOldSite: { url in known.addresses.isOldSite(url) }
        )
    }
}
