import Foundation

/// Splitting CPU-bound work over the machine's cores.
package enum Parallel {
    /// `transform` over `items` on as many tasks as there are cores; results in order.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count))
        let chunk = (items.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for worker in 0..<workers {
                let slice = Array(items.dropFirst(worker * chunk).prefix(chunk))
                group.addTask { (worker, slice.map(transform)) }
            }
            var results = [[Result]](repeating: [], count: workers)
            for await (worker, part) in group { results[worker] = part }
            return results.flatMap { $0 }
        }
    }
}
