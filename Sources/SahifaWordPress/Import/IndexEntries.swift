/// The index's entries in id order, found by binary search. A site of a few hundred thousand
/// items would need a dictionary of twice as many buckets, most of them empty; an array of
/// exactly the entries holds them in less than half the memory.
struct IndexEntries: Sendable {
    private var entries: [WordPressIndex.Entry] = []
    private var inOrder = true

    var count: Int { entries.count }

    /// Every entry, in id order (once `finish()` has run).
    var all: [WordPressIndex.Entry] { entries }

    /// Adds an entry; one added later for the same id takes the place of the earlier.
    mutating func add(_ entry: WordPressIndex.Entry) {
        if let last = entries.last, last.id >= entry.id { inOrder = false }
        entries.append(entry)
    }

    /// Puts the entries in id order, keeping the last of any id given twice, and gives back
    /// the room the array grew into.
    mutating func finish() {
        if !inOrder {
            // A stable sort keeps entries of one id in the order they came; the last one stays.
            var kept: [WordPressIndex.Entry] = []
            for entry in entries.enumerated().sorted(by: { ($0.element.id, $0.offset) < ($1.element.id, $1.offset) })
                .map(\.element)
            {
                if kept.last?.id == entry.id { kept.removeLast() }
                kept.append(entry)
            }
            entries = kept
            inOrder = true
        }
        entries = entries.map { $0 }
    }

    subscript(id: Int) -> WordPressIndex.Entry? {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low].id == id ? entries[low] : nil
    }
}
