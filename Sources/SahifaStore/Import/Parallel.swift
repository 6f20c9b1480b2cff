import Foundation

/// Splitting CPU-bound work over the machine's cores.
package enum Parallel {
    /// Pieces per core: the work is handed out in small pieces, so a core that a writer or a
    /// reader thread holds up for a while leaves the rest to the others instead of idling them.
    private static let piecesPerCore = 8

    /// `transform` over `items` on the cooperative pool, a piece at a time; results in order.
    package static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item],
        _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let pieces = max(1, min(cores * piecesPerCore, items.count))
        guard pieces > 1 else { return items.map(transform) }
        let slices = items.sliced(into: pieces)
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for (number, piece) in slices.enumerated() {
                group.addTask { (number, piece.map(transform)) }
            }
            var results = [[Result]](repeating: [], count: slices.count)
            for await (number, part) in group { results[number] = part }
            return results.flatMap { $0 }
        }
    }
}
