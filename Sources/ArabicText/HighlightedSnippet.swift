/// A piece of text cut into plain and matching runs, for a search result to show with the hits marked.
///
/// The highlighter never writes HTML: a view escapes each segment's `text` and wraps matching ones in `<mark>`.
/// Text is the original, vocalised text, so a reader sees the article as written.
public struct HighlightedSnippet: Sendable, Hashable {
    /// A run of text that is either one matching word or the text between matches.
    public struct Segment: Sendable, Hashable {
        /// The text of the run, as written (a snippet's plain runs have their whitespace collapsed).
        public let text: String
        /// True when the run is a word whose search term was asked for.
        public let isMatch: Bool

        /// Makes a segment.
        public init(text: String, isMatch: Bool) {
            self.text = text
            self.isMatch = isMatch
        }
    }

    /// The runs, in reading order. Adjacent plain runs are merged; no segment is empty.
    public let segments: [Segment]

    /// Makes a snippet from its runs.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The whole snippet as plain text, for a tooltip or a log.
    public var text: String {
        segments.map(\.text).joined()
    }

    /// True when at least one segment is a match.
    public var hasMatches: Bool {
        segments.contains { $0.isMatch }
    }
}
