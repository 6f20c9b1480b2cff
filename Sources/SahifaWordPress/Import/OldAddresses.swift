import SahifaCore

/// The old site's addresses: which item each one names, in `RedirectPath` form, and what
/// each item's addresses are, so links in bodies can be rewritten and every old URL redirected.
struct OldAddresses: Sendable {
    let home: String
    /// Address → item id, for every address an item answered at.
    private(set) var items: [String: Int] = [:]
    /// Upload address (original or size) → attachment id.
    private(set) var uploads: [String: Int] = [:]
    /// Item id → its addresses, its own permalink first.
    private(set) var addresses: [Int: [String]] = [:]
    private let uploadsPath: String

    init(index: WordPressIndex) {
        home = index.site.home
        uploadsPath = RedirectPath.key(url: home + "/wp-content/uploads/", site: home) ?? "/wp-content/uploads"
        for entry in index.entries.values.sorted(by: { $0.id < $1.id }) {
            var keys: [String] = []
            if let own = RedirectPath.key(url: entry.link, site: home) { keys.append(own) }
            let parameter = entry.type == "page" ? "page_id" : entry.type == "attachment" ? "attachment_id" : "p"
            keys.append("/?\(parameter)=\(entry.id)")
            if parameter != "p" { keys.append("/?p=\(entry.id)") }
            if let guid = RedirectPath.key(url: entry.guid, site: home), !guid.hasPrefix("/wp-content/") {
                keys.append(guid)
            }
            if let own = keys.first, !entry.slug.isEmpty {
                keys += entry.oldSlugs.compactMap { Self.replacing(slug: entry.slug, with: $0, in: own) }
            }
            addresses[entry.id] = Self.unique(keys)
            for key in addresses[entry.id] ?? [] where items[key] == nil { items[key] = entry.id }
        }
        for attachment in index.attachments.values {
            let folder = attachment.file.split(separator: "/").dropLast().joined(separator: "/")
            for file in [attachment.file] + attachment.sizes.map({ folder.isEmpty ? $0 : folder + "/" + $0 }) {
                uploads[uploadsPath + "/" + file] = attachment.id
            }
            if let url = RedirectPath.key(url: attachment.url, site: home) { uploads[url] = attachment.id }
        }
    }

    /// The item an address on the old site names, if any.
    func item(at url: String) -> Int? {
        guard let key = RedirectPath.key(url: url, site: home) else { return nil }
        return items[key]
    }

    /// The attachment whose file (or one of its sizes) an address names.
    func upload(at url: String) -> Int? {
        guard let key = RedirectPath.key(url: url, site: home) else { return nil }
        if let id = uploads[key] { return id }
        return uploads[Self.withoutSize(key)]
    }

    func isOldSite(_ url: String) -> Bool { RedirectPath.key(url: url, site: home) != nil }

    /// The upload addresses of an attachment: its file and every size of it.
    func uploadAddresses(of attachment: Int) -> [String] {
        uploads.filter { $0.value == attachment }.map(\.key).sorted()
    }

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

    private static func unique(_ keys: [String]) -> [String] {
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }
    }
}
