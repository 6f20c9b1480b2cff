import Synchronization

/// Counts the readers each old address sends on, in memory, so that a redirect costs no write;
/// `NewsroomJobs.redirectHits` adds the counts to the table every few seconds.
final class RedirectHits: Sendable {
    private let counts = Mutex<[String: Int]>([:])

    func count(_ oldPath: String) {
        counts.withLock { $0[oldPath, default: 0] += 1 }
    }

    /// The counts so far, starting again from none.
    func take() -> [String: Int] {
        counts.withLock { counts in
            defer { counts = [:] }
            return counts
        }
    }

    /// Puts counts back when they could not be saved, so none is lost.
    func putBack(_ hits: [String: Int]) {
        counts.withLock { counts in counts.merge(hits, uniquingKeysWith: +) }
    }
}
