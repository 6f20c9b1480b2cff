import SahifaCore
import SahifaStore

/// The redirects an import may add: never one that would loop, point at nothing, or take over
/// an address the site itself serves; the first item to claim an old address keeps it. Which
/// item came first at each address `OldAddresses` knows already, so the rules remember only
/// the few addresses that the site itself claims, and the redirects wait only until the
/// importer takes them to write.
struct RedirectRules {
    /// The target of an old address for something deliberately not imported: it answers 410.
    static let gone = ""

    let sectionSlugs: Set<String>
    /// The item that first answered at an address, if any.
    private let firstAt: (String) -> Int?
    /// Whether an item is redirected at all (a draft is not).
    private let isRedirected: (Int) -> Bool
    private var waitingRedirects: [ImportedRedirect] = []
    /// Old address → its target, by digest, for addresses no redirected item came first at.
    private var claimed: [AddressDigest: AddressDigest] = [:]

    init(sectionSlugs: Set<String>, firstAt: @escaping (String) -> Int?, isRedirected: @escaping (Int) -> Bool) {
        self.sectionSlugs = sectionSlugs
        self.firstAt = firstAt
        self.isRedirected = isRedirected
    }

    /// How many redirects wait to be written.
    var waiting: Int { waitingRedirects.count }

    /// The redirects made since the last call, to write.
    mutating func takeWaiting() -> [ImportedRedirect] {
        defer { waitingRedirects = [] }
        return waitingRedirects
    }

    mutating func add(from old: String, to target: String?, item: Int?, warnings: inout [String]) {
        guard let target else { return }
        let who = item.map { "item \($0)" } ?? "site"
        let first = firstAt(old)
        let isFirst = item != nil && first == item
        if !isFirst, let first, isRedirected(first) {
            warnings.append("\(who): \(old) was first an address of item \(first), which keeps it")
            return
        }
        let address = AddressDigest(old)
        if !isFirst, let earlier = claimed[address] {
            if earlier != AddressDigest(target) {
                warnings.append("\(who): \(old) already leads to another page; the first is kept")
            }
            return
        }
        if RedirectPath.key(path: Substring(target), query: nil) == old {
            return  // the site answers this address itself
        }
        if servedHere(old) {
            warnings.append("\(who): \(old) is an address this site serves itself; no redirect added")
            return
        }
        if !isFirst { claimed[address] = AddressDigest(target) }
        waitingRedirects.append(ImportedRedirect(from: old, to: target))
    }

    /// Whether a path is one of the site's own: the home page, a section, a static page or a route.
    private func servedHere(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return RedirectPath.isSiteRoute(path) || (segments.count == 1 && sectionSlugs.contains(String(segments[0])))
    }
}
