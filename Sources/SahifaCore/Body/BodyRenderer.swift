/// Turns a body's Markdown into the HTML readers get. It runs once, when an article is
/// saved; pages only copy its output. Raw HTML in the Markdown is never passed through:
/// every character of the editor's text is escaped.
public struct BodyRenderer: Sendable {
    /// The pictures `[[image:…]]` may name, by hash.
    public var media: [String: MediaAsset]

    public init(media: [String: MediaAsset] = [:]) {
        self.media = media
    }

    /// The pictures and related articles the Markdown names.
    /// - Throws: `BodyError` for a directive line that cannot be read.
    public static func references(in markdown: String) throws(BodyError) -> BodyReferences {
        try ParsedBody(markdown).references
    }

    /// Renders `markdown` into an `ArticleBody`.
    /// - Throws: `BodyError` naming the line of a malformed directive or an unknown picture.
    public func render(_ markdown: String) throws(BodyError) -> ArticleBody {
        try render(ParsedBody(markdown))
    }

    /// Renders a body already parsed, whose plain text and references may come from the same parse.
    /// - Throws: `BodyError` naming the line of a picture the renderer does not know.
    public func render(_ parsed: ParsedBody) throws(BodyError) -> ArticleBody {
        var out: [UInt8] = []
        out.reserveCapacity(parsed.markdown.utf8.count * 2)
        var related: [ArticleID] = []
        for block in parsed.blocks {
            if !out.isEmpty { out.append(UInt8(ascii: "\n")) }
            switch block {
            case .paragraph(let text):
                element("p", text, into: &out)
            case .heading(let level, let text):
                element(level == 2 ? "h2" : "h3", text, into: &out)
            case .quote(let paragraphs):
                out.append(contentsOf: Array("<blockquote>".utf8))
                for paragraph in paragraphs { element("p", paragraph, into: &out) }
                out.append(contentsOf: Array("</blockquote>".utf8))
            case .list(let ordered, let items):
                out.append(contentsOf: Array((ordered ? "<ol>" : "<ul>").utf8))
                for item in items { element("li", item, into: &out) }
                out.append(contentsOf: Array((ordered ? "</ol>" : "</ul>").utf8))
            case .relatedCard(let id):
                related.append(id)
                out.append(
                    contentsOf: Array("\(ArticleBody.cardMarkerStart)\(id.rawValue)\(ArticleBody.cardMarkerEnd)".utf8))
            case .image(let reference, let caption, let credit, let line):
                guard let asset = media[Self.mediaHash(reference)] else {
                    throw .unknownImage(line: line, reference: reference)
                }
                figure(asset, caption: caption ?? asset.caption, credit: credit ?? asset.credit, into: &out)
            case .embed(let embed):
                Self.placeholder(embed, into: &out)
            }
        }
        return ArticleBody(
            markdown: parsed.markdown,
            html: TrustedHTML(renderedByBodyRenderer: out),
            relatedArticleIDs: related
        )
    }

    /// The body as plain text, one block per line: what search indexes and snippets quote.
    /// - Throws: `BodyError` for a directive line that cannot be read.
    public static func plainText(of markdown: String) throws(BodyError) -> String {
        try ParsedBody(markdown).plainText
    }

    private func element(_ name: String, _ inline: String, into out: inout [UInt8]) {
        out.append(contentsOf: Array("<\(name)>".utf8))
        InlineMarkdown.render(inline, into: &out)
        out.append(contentsOf: Array("</\(name)>".utf8))
    }

    private func figure(_ asset: MediaAsset, caption: String, credit: String, into out: inout [UInt8]) {
        out.append(contentsOf: Array("<figure class=\"body-image\">".utf8))
        PictureMarkup.append(asset.source, alt: asset.alt, slot: .bodyFigure, loading: .lazy, to: &out)
        if !caption.isEmpty || !credit.isEmpty {
            out.append(contentsOf: Array("<figcaption>".utf8))
            HTMLEscaping.append(caption, to: &out)
            if !credit.isEmpty {
                if !caption.isEmpty { out.append(UInt8(ascii: " ")) }
                out.append(contentsOf: Array("<span class=\"credit\">(".utf8))
                HTMLEscaping.append(credit, to: &out)
                out.append(contentsOf: Array(")</span>".utf8))
            }
            out.append(contentsOf: Array("</figcaption>".utf8))
        }
        out.append(contentsOf: Array("</figure>".utf8))
    }

    /// An embedded post as readers first get it: a link to the post on its network, and a
    /// button (shown by the site's embeds.js) that puts the network's frame in its place. Nothing
    /// is loaded from the network until the reader presses it.
    private static func placeholder(_ embed: BodyEmbed, into out: inout [UInt8]) {
        out.append(
            contentsOf: Array("<figure class=\"embed\" data-network=\"\(embed.network.rawValue)\" data-frame=\"".utf8))
        HTMLEscaping.append(embed.frameURL, to: &out)
        out.append(
            contentsOf: Array("\"><p>منشور على \(embed.network.name). لا يُحمَّل شيء منه حتى تطلبه.</p><p><a href=\"".utf8)
        )
        HTMLEscaping.append(embed.url, to: &out)
        out.append(
            contentsOf: Array(
                "\" rel=\"noopener noreferrer nofollow\">افتح المنشور على \(embed.network.name)</a> <button type=\"button\" hidden>اعرضه هنا</button></p></figure>"
                    .utf8))
    }

    /// `[[image:…]]` may name a picture by its hash or by its file name (`hash.ext`).
    static func mediaHash(_ reference: String) -> String {
        reference.split(separator: ".", maxSplits: 1).first.map { $0.lowercased() } ?? reference
    }
}
