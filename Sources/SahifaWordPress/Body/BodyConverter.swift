import ArabicText

/// Walks the markup tree of one post and writes Sahifa blocks. Flow content (the post itself,
/// a quote, a group) is read by `flow`, which gathers inline content into the open paragraph;
/// inline content (a paragraph, heading or item) is read by `inline`, which sets pictures and
/// other blocks found in it aside so they can stand on their own lines.
struct BodyConverter {
    let links: WordPressContentLinks
    private(set) var blocks: [MarkdownBlock] = []
    private(set) var notes: [String] = []
    private var noted: Set<String> = []
    private(set) var hasPendingReferences = false
    /// The paragraph being gathered from loose text and inline elements.
    private var openParagraph = InlineText()
    /// The attachment a surrounding `wp:image` block names for its picture.
    var blockPictureID: Int?

    init(links: WordPressContentLinks) {
        self.links = links
    }

    mutating func note(_ text: String) {
        if noted.insert(text).inserted { notes.append(text) }
    }

    mutating func markPending() {
        hasPendingReferences = true
    }

    mutating func append(_ block: MarkdownBlock) {
        flushParagraph()
        blocks.append(block)
    }

    mutating func append(_ found: [MarkdownBlock]) {
        flushParagraph()
        blocks.append(contentsOf: found)
    }

    /// Writes `text` as a paragraph of its own (or several, around the blocks found in it).
    mutating func appendParagraph(_ text: InlineText) {
        flushParagraph()
        openParagraph = text
        flushParagraph()
    }

    /// Ends the open paragraph: its lines become paragraphs, with the blocks found in it between.
    mutating func flushParagraph() {
        guard !openParagraph.isEmpty else { return }
        let text = openParagraph
        openParagraph = InlineText()
        for part in text.parts() {
            switch part {
            case .line(let line): blocks.append(.paragraph(line))
            case .blocks(let found): blocks.append(contentsOf: found)
            }
        }
    }

    /// The blocks `nodes` make on their own, written aside rather than into the body: for a quote
    /// that rewrites them, or for blocks found inside inline content.
    mutating func extracted(_ nodes: [MarkupNode]) -> [MarkdownBlock] {
        let savedBlocks = blocks
        let savedParagraph = openParagraph
        blocks = []
        openParagraph = InlineText()
        flow(nodes)
        flushParagraph()
        let result = blocks
        blocks = savedBlocks
        openParagraph = savedParagraph
        return result
    }

    // MARK: Flow content

    mutating func flow(_ nodes: [MarkupNode]) {
        for node in nodes {
            flow(node)
        }
    }

    private mutating func flow(_ node: MarkupNode) {
        switch node {
        case .text(let text):
            flowText(text)
        case .pageBreak:
            flushParagraph()
        case .element(let element):
            switch element.kind {
            case .block: block(element)
            case .shortcode: shortcodeInFlow(element)
            case .html: html(element)
            }
        }
    }

    /// Loose text, as classic-editor posts are written: like WordPress's `wpautop`, a blank line
    /// ends a paragraph, and a single line break is a space (collapsed later with the rest).
    private mutating func flowText(_ text: String) {
        let scalars = text.unicodeScalars
        var segmentStart = scalars.startIndex
        var whitespaceStart: String.UnicodeScalarView.Index?
        var newlines = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar.isWhitespace {
                if whitespaceStart == nil {
                    whitespaceStart = index
                    newlines = 0
                }
                if scalar == "\n" { newlines += 1 }
            } else {
                if let start = whitespaceStart, newlines >= 2 {
                    openParagraph.append(
                        String(String.UnicodeScalarView(scalars[segmentStart..<start])), style: InlineStyle())
                    flushParagraph()
                    segmentStart = index
                }
                whitespaceStart = nil
            }
            index = scalars.index(after: index)
        }
        if let start = whitespaceStart, newlines >= 2 {
            // A blank line at the end still ends the paragraph: what follows (a shortcode's
            // text, say) starts a new one.
            openParagraph.append(String(String.UnicodeScalarView(scalars[segmentStart..<start])), style: InlineStyle())
            flushParagraph()
        } else if segmentStart < scalars.endIndex {
            openParagraph.append(String(String.UnicodeScalarView(scalars[segmentStart...])), style: InlineStyle())
        }
    }

    private mutating func block(_ element: MarkupElement) {
        flushParagraph()
        switch element.name {
        case "image":
            let saved = blockPictureID
            blockPictureID = element.block.id
            flow(element.children)
            blockPictureID = saved
        case "embed":
            embed(url: element.block.url, in: element)
        case _ where element.name.hasPrefix("core-embed/"):
            embed(url: element.block.url, in: element)
        case "group" where element.hasClass("related-news"):
            related(element)
        case "block":
            note("reusable block \(element.block.ref.map { String($0) } ?? "") left out")
        case _ where element.selfClosing:
            // A self-closing block is rendered by WordPress from the database (latest posts, a
            // search box); the export holds nothing of it.
            note("dynamic block wp:\(element.name) left out")
        default:
            flow(element.children)
        }
        flushParagraph()
    }

    private mutating func html(_ element: MarkupElement) {
        switch element.name {
        case "p":
            flushParagraph()
            var text = InlineText()
            inline(element.children, into: &text, style: InlineStyle())
            openParagraph = text
            flushParagraph()
        case "h1", "h2", "h3", "h4", "h5", "h6":
            heading(element)
        case "blockquote":
            quote(element)
        case "ul", "ol":
            list(element)
        case "figure":
            figure(element)
        case "table":
            table(element)
        case "pre":
            preformatted(element)
        case "iframe":
            flushParagraph()
            iframe(element)
        case "hr":
            flushParagraph()
        case _ where Self.leftOut.contains(element.name):
            leaveOut(element)
        case _ where element.hasClass("related-news"):
            related(element)
        case _ where Self.flowContainers.contains(element.name):
            flushParagraph()
            flow(element.children)
            flushParagraph()
        default:
            var text = openParagraph
            openParagraph = InlineText()
            inline(.element(element), into: &text, style: InlineStyle())
            openParagraph = text
        }
    }

    /// Elements whose content is read as paragraphs of its own.
    static let flowContainers: Set<String> = [
        "address", "article", "aside", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption",
        "footer", "header", "li", "main", "nav", "section", "summary",
    ]

    /// Elements that are code or interaction, not text; their content is left out.
    static let leftOut: Set<String> = [
        "applet", "audio", "button", "canvas", "embed", "form", "input", "map", "noscript", "object", "script",
        "select", "style", "svg", "template", "textarea", "video",
    ]

    /// Elements that hold flow content, so inside a paragraph they are read aside, as blocks.
    static let blocksInText: Set<String> = ["blockquote", "figure", "iframe", "ol", "pre", "table", "ul"]

    mutating func leaveOut(_ element: MarkupElement) {
        switch element.name {
        case "script", "style":
            // The tokenizer has already noted the code it skipped.
            break
        case "noscript", "template":
            // Fallbacks for browsers without scripts (a lazy-loaded picture's plain copy): the
            // picture itself is read from the element the script would have filled.
            break
        case "video", "audio":
            let source = element.attribute("src").map { " (\(Self.shortened($0)))" } ?? ""
            note("\(element.name)\(source) left out")
        case "button", "input", "select", "textarea":
            note("form controls left out")
        default:
            note("\(element.name) left out")
        }
    }

    /// An address short enough for one line of the report (a `data:` picture can be megabytes).
    static func shortened(_ address: String) -> String {
        address.count <= 120 ? address : String(address.prefix(117)) + "…"
    }
}
