/// HTML that Sahifa itself produced from a body's Markdown and may be written into a page
/// unescaped. Only `BodyRenderer` makes new values; the store gives back what it saved.
/// It is kept as UTF-8 bytes, the form pages are written in.
public struct TrustedHTML: Sendable, Hashable {
    public let utf8: [UInt8]

    init(renderedByBodyRenderer utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// Rebuilds a value that `BodyRenderer` produced earlier and a store saved.
    /// - Important: never pass text that came from a user or a request.
    public init(storedRendering utf8: [UInt8]) {
        self.utf8 = utf8
    }

    /// Rebuilds a value that `BodyRenderer` produced earlier and a store saved.
    /// - Important: never pass text that came from a user or a request.
    public init(storedRendering html: String) {
        self.utf8 = Array(html.utf8)
    }

    public var html: String { String(decoding: utf8, as: UTF8.self) }
}
