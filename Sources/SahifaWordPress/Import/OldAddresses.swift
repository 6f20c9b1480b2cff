import SahifaCore

/// The old site's addresses: which item each one names, in `RedirectPath` form, and what each
/// item's addresses are, so links in bodies can be rewritten and every old URL redirected.
/// Only digests of the addresses are kept; an item's addresses are made again from its index
/// entry when they are wanted, so memory grows by a few dozen bytes an address.
struct OldAddresses: Sendable {
    let home: String
    /// Address → item id, for every address an item answered at; the first item keeps it.
    private var items: [AddressDigest: Int] = [:]
    /// Upload address (original or size) → attachment id.
    private var uploads: [AddressDigest: Int] = [:]
    private let uploadsPath: String

    init(index: WordPressIndex) {
        home = index.site.home
        uploadsPath = RedirectPath.key(url: home + "/wp-content/uploads/", site: home) ?? "/wp-content/uploads"
        // In id order, so the first item to have answered at an address keeps it.
        for entry in index.entries.all {
            for key in Self.addresses(of: entry) {
                let digest = AddressDigest(key)
                if items[digest] == nil { items[digest] = entry.id }
            }
        }
        for attachment in index.attachments.values.sorted(by: { $0.id < $1.id }) {
            for key in uploadAddresses(of: attachment) {
                let digest = AddressDigest(key)
                if uploads[digest] == nil { uploads[digest] = attachment.id }
            }
        }
    }

    /// Every address an item answered at, its own permalink first: the permalink, `?p=` (and
    /// `?page_id=` or `?attachment_id=`), the guid, and the permalink under each old slug.
    static func addresses(of entry: WordPressIndex.Entry) -> [String] {
        var keys: [String] = []
        if let own = entry.linkKey { keys.append(own) }
        let parameter = entry.type == "page" ? "page_id" : entry.type == "attachment" ? "attachment_id" : "p"
        keys.append("/?\(parameter)=\(entry.id)")
        if parameter != "p" { keys.append("/?p=\(entry.id)") }
        if let guid = entry.guidKey, !guid.hasPrefix("/wp-content/") { keys.append(guid) }
        if let own = keys.first, !entry.slug.isEmpty {
            keys += entry.oldSlugs.compactMap { replacing(slug: entry.slug, with: $0, in: own) }
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// The upload addresses of an attachment: its file, every size of it, and its own URL.
    func uploadAddresses(of attachment: WordPressIndex.Attachment) -> [String] {
        let folder = attachment.file.split(separator: "/").dropLast().joined(separator: "/")
        var keys = ([attachment.file] + attachment.sizes.map { folder.isEmpty ? $0 : folder + "/" + $0 }).map {
            uploadsPath + "/" + $0
        }
        if let url = RedirectPath.key(url: attachment.url, site: home) { keys.append(url) }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }

    /// The item an address on the old site names, if any.
    func item(at url: String) -> Int? {
        guard let key = RedirectPath.key(url: url, site: home) else { return nil }
        return items[AddressDigest(key)]
    }

    /// The item (or attachment, for an upload address) that first answered at `key`, an
    /// address in `RedirectPath` form.
    func firstItem(at key: String) -> Int? {
        let digest = AddressDigest(key)
        return items[digest] ?? uploads[digest]
    }

    /// The attachment whose file (or one of its sizes) an address names.
    func upload(at url: String) -> Int? {
        guard let key = RedirectPath.key(url: url, site: home) else { return nil }
        if let id = uploads[AddressDigest(key)] { return id }
        return uploads[AddressDigest(Self.withoutSize(key))]
    }

    func isOldSite(_ url: String) -> Bool { RedirectPath.key(url: url, site: home) != nil }

    /// `name-1024x683.jpg` → `name.jpg`: WordPress's sizes carry their width and height.
    static func withoutSize(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), let dash = path[..<dot].lastIndex(of: "-") else { return path }
        let size = path[path.index(after: dash)..<dot].split(separator: "x")
        guard size.count == 2, size.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return path }
        return String(path[..<dash] + path[dot...])
    }

    /// The old-slug address: the permalink with the current slug's segment replaced. WordPress's
    /// `wp_old_slug_redirect` answers these under any structure that has `%postname%` in it.
    private static func replacing(slug: String, with old: String, in permalink: String) -> String? {
        var segments = permalink.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let index = segments.lastIndex(of: slug) else { return nil }
        segments[index] = old
        return segments.joined(separator: "/")
    }
}
