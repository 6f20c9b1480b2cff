import SahifaCore

/// What the import knows so far of where the old site's items now live, and the links a body
/// converter asks it for.
struct KnownItems: Sendable {
    let addresses: OldAddresses
    let pictures: [Int: MediaAsset]
    /// WordPress id → the path readers now reach it at.
    var paths: [Int: String] = [:]
    /// WordPress post id → Sahifa article id, for related cards.
    var articles: [Int: ArticleID] = [:]

    init(addresses: OldAddresses, pictures: [Int: MediaAsset]) {
        self.addresses = addresses
        self.pictures = pictures
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
                    return known.paths[id] ?? known.pictures[id]?.path
                }
                return known.addresses.upload(at: url).flatMap { known.pictures[$0]?.path }
            },
            articleID: { url in known.addresses.item(at: url).flatMap { known.articles[$0] }?.rawValue },
            isOldSite: { url in known.addresses.isOldSite(url) }
        )
    }
}
