import SahifaCore

/// What a first reading of an export learns, without keeping any text: every item's id,
/// kind, status, slug and addresses, the attachments whole (they are few and small), and the
/// counts the report gives. The second reading converts each post knowing where every other
/// item will be.
struct WordPressIndex: Sendable {
    struct Entry: Sendable, Hashable {
        var id: Int
        var type: String
        var status: String
        /// Decoded; empty for a draft never given one.
        var slug: String
        /// The item's guid in `RedirectPath` form (decoded, a third of the length of the
        /// percent-encoded URL); nil when it is not on the site.
        var guidKey: String?
        var oldSlugs: [String]
        /// The permalink in the same form, kept without its last segment when that is the slug
        /// (as under almost every permalink structure), so the slug is not kept twice.
        private var link: String?
        private var linkEndsWithSlug = false

        init(
            id: Int, type: String, status: String, slug: String, linkKey: String?, guidKey: String?,
            oldSlugs: [String]
        ) {
            self.id = id
            self.type = type
            self.status = status
            self.slug = slug
            self.guidKey = guidKey
            self.oldSlugs = oldSlugs
            if let linkKey, !slug.isEmpty, linkKey.hasSuffix("/" + slug) {
                link = String(linkKey.utf8.dropLast(slug.utf8.count + 1)) ?? linkKey
                linkEndsWithSlug = link != linkKey
            } else {
                link = linkKey
            }
        }

        /// The permalink in `RedirectPath` form; nil when it is not on the site.
        var linkKey: String? {
            guard linkEndsWithSlug, let link else { return link }
            return link + "/" + slug
        }
    }

    struct Attachment: Sendable, Hashable {
        var id: Int
        var url: String
        /// The path under the uploads folder (`2026/10/name.jpg`).
        var file: String
        var title: String
        var alt: String
        var caption: String
        var parentID: Int
        /// The file names of the sizes WordPress made (`name-300x169.jpg`), from its metadata.
        var sizes: [String]
        var link: String
    }

    var site = WordPressSite()
    var entries = IndexEntries()
    var attachments: [Int: Attachment] = [:]
    /// Items by type and status, as the export has them.
    var counts: [String: Int] = [:]
    var comments = 0
    /// How many items carry each category's nicename.
    var categoryUse: [String: Int] = [:]

    mutating func add(_ item: WordPressItem) {
        counts["\(item.type)/\(item.status)", default: 0] += 1
        comments += item.commentCount
        for term in item.terms where term.domain == "category" { categoryUse[term.nicename, default: 0] += 1 }
        let slug = item.status == "trash" ? item.firstMeta("_wp_desired_post_slug") ?? item.postName : item.postName
        entries.add(
            Entry(
                id: item.postID, type: item.type, status: item.status, slug: WordPressSlug.decoded(slug),
                linkKey: RedirectPath.key(url: item.link, site: site.home),
                guidKey: RedirectPath.key(url: item.guid, site: site.home),
                oldSlugs: item.meta("_wp_old_slug").map(WordPressSlug.decoded)
            ))
        guard item.type == "attachment" else { return }
        attachments[item.postID] = Attachment(
            id: item.postID, url: item.attachmentURL, file: item.firstMeta("_wp_attached_file") ?? "",
            title: item.title, alt: item.firstMeta("_wp_attachment_image_alt") ?? "", caption: item.excerpt,
            parentID: item.parentID, sizes: Self.sizeFiles(in: item.firstMeta("_wp_attachment_metadata") ?? ""),
            link: item.link
        )
    }

    /// The `"file"` values of PHP-serialised attachment metadata (`s:4:"file";s:24:"name-300x169.jpg";`),
    /// read as text: the byte counts are not trusted, since line endings may have changed them.
    static func sizeFiles(in metadata: String) -> [String] {
        var files: [String] = []
        var rest = Substring(metadata)
        while let marker = rest.range(of: "\"file\";s:") {
            rest = rest[marker.upperBound...]
            guard let open = rest.firstIndex(of: "\"") else { break }
            let value = rest[rest.index(after: open)...]
            guard let close = value.firstIndex(of: "\"") else { break }
            files.append(String(value[..<close]))
            rest = value[value.index(after: close)...]
        }
        return files.filter { !$0.contains("/") }
    }
}
