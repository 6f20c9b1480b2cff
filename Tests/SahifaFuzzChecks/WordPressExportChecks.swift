import SahifaWordPress

/// A WordPress export file (WXR), as `sahifa import wordpress` reads it.
enum WordPressExportChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let whole = read(input, pieceSize: max(input.count, 1))
        let pieces = read(input, pieceSize: 7)
        guard let whole, let pieces else { return [] }
        return whole == pieces
            ? [] : ["read whole it gives \(whole.count) items, read in pieces \(pieces.count), or other titles"]
    }

    /// The items' ids and titles, or nil when the file is refused.
    private static func read(_ input: [UInt8], pieceSize: Int) -> [String]? {
        var offset = 0
        var items: [String] = []
        do {
            try WordPressExportReader.read(
                {
                    guard offset < input.count else { return nil }
                    let end = min(offset + pieceSize, input.count)
                    defer { offset = end }
                    return Array(input[offset..<end])
                },
                site: { _ in },
                item: { items.append("\($0.postID) \($0.title) \($0.content.count)") })
        } catch {
            return nil
        }
        return items
    }
}
