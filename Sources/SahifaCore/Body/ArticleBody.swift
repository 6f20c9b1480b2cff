#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article's body: the Markdown the editor wrote and the HTML rendered from it at save
/// time. Related-news cards stay as placeholders in the HTML, so a card always shows the
/// linked story's current headline and picture.
public struct ArticleBody: Sendable, Hashable {
    public var markdown: String
    public var html: TrustedHTML
    /// Articles the editor placed as inline cards, in body order.
    public var relatedArticleIDs: [ArticleID]

    public init(markdown: String, html: TrustedHTML, relatedArticleIDs: [ArticleID]) {
        self.markdown = markdown
        self.html = html
        self.relatedArticleIDs = relatedArticleIDs
    }

    /// An empty body, for an article whose text is not written yet.
    public static let empty = ArticleBody(markdown: "", html: TrustedHTML(storedRendering: ""), relatedArticleIDs: [])

    /// The body cut at each related-card placeholder: runs of HTML and the cards between them.
    /// A byte scan, because it runs on every article page.
    public var segments: [BodySegment] {
        html.utf8.withUnsafeBufferPointer { bytes in
            var segments: [BodySegment] = []
            var runStart = 0
            var index = 0
            while let start = Self.find(Self.cardMarkerStartBytes, in: bytes, from: index) {
                let idStart = start + Self.cardMarkerStartBytes.count
                guard let end = Self.find(Self.cardMarkerEndBytes, in: bytes, from: idStart),
                    let id = Int64(String(decoding: UnsafeBufferPointer(rebasing: bytes[idStart..<end]), as: UTF8.self))
                else { break }
                if start > runStart {
                    segments.append(.html(TrustedHTML(storedRendering: Array(bytes[runStart..<start]))))
                }
                segments.append(.relatedCard(ArticleID(id)))
                index = end + Self.cardMarkerEndBytes.count
                runStart = index
            }
            if runStart < bytes.count {
                segments.append(.html(TrustedHTML(storedRendering: Array(bytes[runStart...]))))
            }
            return segments
        }
    }

    /// Where `needle` next starts in `bytes` at or after `start`: `memchr` jumps to each
    /// candidate first byte, `memcmp` checks the rest.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, let first = needle.first else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            guard let hit = memchr(base + index, Int32(first), bytes.count - index - needle.count + 1) else {
                return nil
            }
            let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            let matches = needle.withUnsafeBufferPointer { pattern in
                pattern.baseAddress.map { memcmp(base + offset, $0, needle.count) == 0 } ?? false
            }
            if matches {
                return offset
            }
            index = offset + 1
        }
        return nil
    }

    /// Placeholder written by `BodyRenderer`; a user's text can never contain it, because
    /// every `<` from Markdown is escaped.
    static let cardMarkerStart = "<sahifa-related id=\""
    static let cardMarkerEnd = "\"></sahifa-related>"
    private static let cardMarkerStartBytes = Array(cardMarkerStart.utf8)
    private static let cardMarkerEndBytes = Array(cardMarkerEnd.utf8)
}

/// A piece of a rendered body, in reading order.
public enum BodySegment: Sendable, Hashable {
    case html(TrustedHTML)
    /// "أخبار ذات علاقة": a card for this article goes here.
    case relatedCard(ArticleID)
}
