import SahifaCore
import SahifaStore

/// The redirects an import may add: never one that would loop, point at nothing, or take over
/// an address the site itself serves; the first item to claim an old address keeps it.
struct RedirectRules {
    /// The target of an old address for something deliberately not imported: it answers 410.
    static let gone = ""

    let sectionSlugs: Set<String>
    private(set) var redirects: [ImportedRedirect] = []
    private var claimed: [String: String] = [:]

    init(sectionSlugs: Set<String>) {
        self.sectionSlugs = sectionSlugs
    }

    mutating func add(from old: String, to target: String?, item: Int?, warnings: inout [String]) {
        guard let target else { return }
        let who = item.map { "item \($0)" } ?? "site"
        if let earlier = claimed[old] {
            if earlier != target { warnings.append("\(who): \(old) already leads to \(earlier); kept") }
            return
        }
        if RedirectPath.key(path: Substring(target), query: nil) == old {
            return  // the site answers this address itself
        }
        if servedHere(old) {
            warnings.append("\(who): \(old) is an address this site serves itself; no redirect added")
            return
        }
        claimed[old] = target
        redirects.append(ImportedRedirect(from: old, to: target))
    }

    /// Whether a path is one of the site's own: the home page, a section, a static page or a route.
    private func servedHere(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return RedirectPath.isSiteRoute(path) || (segments.count == 1 && sectionSlugs.contains(String(segments[0])))
    }
}
