/// HTML that Sahifa itself produced from a body's Markdown and may be written into a page
/// unescaped. Only `BodyRenderer` makes new values; the store gives back what it saved.
public struct TrustedHTML: Sendable, Hashable {
    public let html: String

    init(renderedByBodyRenderer html: String) {
        self.html = html
    }

    /// Rebuilds a value that `BodyRenderer` produced earlier and a store saved.
    /// - Important: never pass text that came from a user or a request.
    public init(storedRendering html: String) {
        self.html = html
    }
}
