/// A body's Markdown read once into its blocks. Saving an article needs its HTML, its plain
/// text and the pictures and articles it names; an import of a whole site saves thousands a
/// second, so all three come from this one parse.
public struct ParsedBody: Sendable {
    public let markdown: String
    let blocks: [BodyBlock]

    /// - Throws: `BodyError` for a directive line that cannot be read.
    public init(_ markdown: String) throws(BodyError) {
        self.markdown = markdown
        blocks = try BodyParser.parse(markdown)
    }

    /// The pictures and related articles the body names, in body order.
    public var references: BodyReferences {
        var references = BodyReferences(imageHashes: [], relatedArticleIDs: [])
        for block in blocks {
            switch block {
            case .image(let reference, _, _, _): references.imageHashes.append(BodyRenderer.mediaHash(reference))
            case .relatedCard(let id): references.relatedArticleIDs.append(id)
            default: break
            }
        }
        return references
    }

    /// The body as plain text, one block per line: what search indexes and snippets quote.
    /// Directives are left out; picture captions are kept, since readers see them.
    public var plainText: String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .paragraph(let text), .heading(_, let text):
                lines.append(InlineMarkdown.plainText(text))
            case .quote(let paragraphs):
                lines.append(contentsOf: paragraphs.map(InlineMarkdown.plainText))
            case .list(_, let items):
                lines.append(contentsOf: items.map(InlineMarkdown.plainText))
            case .image(_, let caption, _, _):
                if let caption { lines.append(caption) }
            case .relatedCard, .embed:
                break
            }
        }
        return lines.joined(separator: "\n")
    }
}
