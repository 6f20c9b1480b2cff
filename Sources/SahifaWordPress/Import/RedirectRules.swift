import SahifaCore

/// The redirects an import may add: never one that would loop, point at nothing, or take over
/// an address the site itself serves; the first item to claim an old address keeps it.
struct RedirectRules {
    /// The target of an old address for something deliberately not imported: it answers 410.
    static let gone = ""

    let sectionSlugs: Set<String>
    private(set) var redirects: [(from: String, to: String)] = []
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
        redirects.append((old, target))
    }

    /// Whether a path is one of the site's own: the home page, a section, a static page or a route.
    private func servedHere(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        guard let first = segments.first.map(String.init) else { return !path.hasPrefix("/?") }
        if Section.reservedSlugs.contains(first) && first != "tag" && first != "author" { return true }
        return segments.count == 1 && sectionSlugs.contains(first)
    }
}
