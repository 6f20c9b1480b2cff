extension Array {
    /// The elements in consecutive runs of `size`.
    package func sliced(every size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }

    /// The elements in `parts` runs of nearly equal length (fewer when there are fewer elements).
    package func sliced(into parts: Int) -> [[Element]] {
        sliced(every: Swift.max(1, (count + parts - 1) / parts))
    }
}
