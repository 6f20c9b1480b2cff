import Foundation

/// Work that blocks its thread while it runs (SQLite's online backup, waiting on a child
/// process), moved off Swift's few cooperative threads so that pages keep being served.
package enum OwnThread {
    package static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { (done: CheckedContinuation<T, any Error>) in
            Thread.detachNewThread {
                do {
                    done.resume(returning: try work())
                } catch {
                    done.resume(throwing: error)
                }
            }
        }
    }
}
