import Foundation
import SahifaCore

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a WordPress export (WXR 1.0 to 1.2) as a stream of XML events: the site's header
/// once, then each item as soon as its end tag is read, so memory stays flat however large
/// the file. WordPress writes the authors, categories and tags before the first item.
public enum WordPressExportReader {
    /// - Parameters:
    ///   - nextChunk: the export's bytes, a piece at a time; nil at the end.
    ///   - bodies: false to leave every item's `content` empty, for a reading that needs only
    ///     what the items are and where they live (the text is most of the file).
    ///   - site: called once, before the first item.
    ///   - item: called for every item, in the file's order.
    /// - Throws: `WordPressExportError`, or what a closure threw.
    public static func read(
        _ nextChunk: @escaping () throws -> [UInt8]?,
        bodies: Bool = true,
        site: @escaping (WordPressSite) throws -> Void,
        item: @escaping (WordPressItem) throws -> Void
    ) throws {
        let stream = ChunkInputStream(nextChunk: nextChunk)
        let parser = XMLParser(stream: stream)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        let events = ExportEvents(site: site, item: item, bodies: bodies)
        parser.delegate = events
        let finished = parser.parse()
        if let failure = events.failure ?? stream.failure { throw failure }
        if !finished || parser.parserError != nil {
            throw WordPressExportError.malformedXML(
                line: parser.lineNumber, column: parser.columnNumber,
                reason: (parser.parserError as NSError?).map(Self.reason) ?? "the file ends too soon")
        }
        if !events.sawRoot { throw WordPressExportError.notWordPressExport("it holds no XML elements") }
        try events.emitSite()
    }

    private static func reason(_ error: NSError) -> String {
        XMLParser.ErrorCode(rawValue: error.code).map { "\($0)" } ?? "error \(error.code)"
    }
}

/// Turns XMLParser's callbacks into a site and its items.
private final class ExportEvents: NSObject, XMLParserDelegate {
    private let onSite: (WordPressSite) throws -> Void
    private let onItem: (WordPressItem) throws -> Void
    private(set) var failure: (any Error)?
    private(set) var sawRoot = false
    private var siteEmitted = false
    private var site = WordPressSite()
    private var item: WordPressItem?
    private var path: [String] = []
    private var text = ""
    private var metaKey = ""
    private var author: WordPressSite.Author?
    private var category: WordPressSite.Category?
    private var tag: WordPressSite.Tag?
    private var term: WordPressItem.Term?
    private let keepsBodies: Bool

    init(
        site: @escaping (WordPressSite) throws -> Void, item: @escaping (WordPressItem) throws -> Void, bodies: Bool
    ) {
        onSite = site
        onItem = item
        keepsBodies = bodies
    }

    /// Whether the text being read is a body the reading leaves out.
    private var isSkippedBody: Bool { !keepsBodies && path.last == "content:encoded" }

    func emitSite() throws {
        guard !siteEmitted else { return }
        siteEmitted = true
        guard !site.wxrVersion.isEmpty else {
            throw WordPressExportError.notWordPressExport("it has no <wp:wxr_version>")
        }
        guard ["1.0", "1.1", "1.2"].contains(site.wxrVersion) else {
            throw WordPressExportError.unsupportedVersion(site.wxrVersion)
        }
        try onSite(site)
    }

    private func stop(_ parser: XMLParser, _ error: any Error) {
        if failure == nil { failure = error }
        parser.abortParsing()
    }

    private static func key(_ name: String, _ namespace: String?) -> String {
        guard let namespace, !namespace.isEmpty else { return name }
        if namespace.hasPrefix("http://wordpress.org/export/") {
            return (namespace.hasSuffix("/excerpt/") ? "excerpt:" : "wp:") + name
        }
        if namespace == "http://purl.org/rss/1.0/modules/content/" { return "content:" + name }
        if namespace == "http://purl.org/dc/elements/1.1/" { return "dc:" + name }
        return "?:" + name
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let key = Self.key(name, namespaceURI)
        if !sawRoot {
            sawRoot = true
            guard key == "rss" else {
                return stop(parser, WordPressExportError.notWordPressExport("its root element is <\(name)>, not <rss>"))
            }
        }
        path.append(key)
        text = ""
        switch (key, path.dropLast().last) {
        case ("item", "channel"):
            do { try emitSite() } catch { return stop(parser, error) }
            var started = WordPressItem()
            started.line = parser.lineNumber
            item = started
        case ("wp:author", "channel"):
            author = WordPressSite.Author(id: 0, login: "", email: "", displayName: "", firstName: "", lastName: "")
        case ("wp:category", "channel"):
            category = WordPressSite.Category(termID: 0, nicename: "", parent: "", name: "", description: "")
        case ("wp:tag", "channel"):
            tag = WordPressSite.Tag(termID: 0, slug: "", name: "")
        case ("category", "item"):
            term = WordPressItem.Term(
                domain: attributes["domain"] ?? "category", nicename: attributes["nicename"] ?? "", name: "")
        case ("wp:comment", "item"):
            item?.commentCount += 1
        default:
            break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if !isSkippedBody { text += string }
    }

    /// XMLParser on Linux recovers from errors and reads on; the first error is the one to
    /// report, with where it is, and nothing after it is taken.
    func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
        let code = XMLParser.ErrorCode(rawValue: (error as NSError).code).map { "\($0)" } ?? "\(error)"
        stop(
            parser,
            WordPressExportError.malformedXML(line: parser.lineNumber, column: parser.columnNumber, reason: code))
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        if !isSkippedBody { text += String(decoding: block, as: UTF8.self) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let key = Self.key(name, namespaceURI)
        path.removeLast()
        let value = text
        text = ""
        switch path.last {
        case "channel": endChannelElement(key, value, parser)
        case "item": endItemElement(key, value)
        case "wp:postmeta":
            if key == "wp:meta_key" { metaKey = value }
            if key == "wp:meta_value" { item?.meta.append((metaKey, value)) }
        case "wp:author": author.map { author = Self.authorField(key, value, of: $0) }
        case "wp:category": category.map { category = Self.categoryField(key, value, of: $0) }
        case "wp:tag":
            switch key {
            case "wp:term_id": tag?.termID = Int(value.trimmed) ?? 0
            case "wp:tag_slug": tag?.slug = value.trimmed
            case "wp:tag_name": tag?.name = value.trimmed
            default: break
            }
        default:
            break
        }
    }

    private func endChannelElement(_ key: String, _ value: String, _ parser: XMLParser) {
        switch key {
        case "title": site.title = value.trimmed
        case "link": site.link = value.trimmed
        case "language": site.language = value.trimmed
        case "wp:wxr_version": site.wxrVersion = value.trimmed
        case "wp:base_site_url": site.baseSiteURL = value.trimmed
        case "wp:author": if let author { site.authors.append(author) }
        case "wp:category": if let category { site.categories.append(category) }
        case "wp:tag": if let tag { site.tags.append(tag) }
        case "item":
            guard let finished = item else { return }
            item = nil
            do { try onItem(finished) } catch { stop(parser, error) }
        default: break
        }
    }

    private func endItemElement(_ key: String, _ value: String) {
        switch key {
        case "title": item?.title = value
        case "link": item?.link = value.trimmed
        case "guid": item?.guid = value.trimmed
        case "dc:creator": item?.creator = value.trimmed
        case "content:encoded": item?.content = value
        case "excerpt:encoded": item?.excerpt = value
        case "wp:post_id": item?.postID = Int(value.trimmed) ?? 0
        case "wp:post_date": item?.postDate = value.trimmed
        case "wp:post_date_gmt": item?.postDateGMT = value.trimmed
        case "wp:post_modified_gmt": item?.modifiedGMT = value.trimmed
        case "wp:post_name": item?.postName = value.trimmed
        case "wp:status": item?.status = value.trimmed
        case "wp:post_parent": item?.parentID = Int(value.trimmed) ?? 0
        case "wp:menu_order": item?.menuOrder = Int(value.trimmed) ?? 0
        case "wp:post_type": item?.type = value.trimmed
        case "wp:attachment_url": item?.attachmentURL = value.trimmed
        case "category":
            if var finished = term {
                finished.name = value.trimmed
                item?.terms.append(finished)
            }
            term = nil
        default: break
        }
    }

    private static func authorField(_ key: String, _ value: String, of author: WordPressSite.Author)
        -> WordPressSite.Author
    {
        var author = author
        switch key {
        case "wp:author_id": author.id = Int(value.trimmed) ?? 0
        case "wp:author_login": author.login = value.trimmed
        case "wp:author_email": author.email = value.trimmed
        case "wp:author_display_name": author.displayName = value.trimmed
        case "wp:author_first_name": author.firstName = value.trimmed
        case "wp:author_last_name": author.lastName = value.trimmed
        default: break
        }
        return author
    }

    private static func categoryField(_ key: String, _ value: String, of category: WordPressSite.Category)
        -> WordPressSite.Category
    {
        var category = category
        switch key {
        case "wp:term_id": category.termID = Int(value.trimmed) ?? 0
        case "wp:category_nicename": category.nicename = value.trimmed
        case "wp:category_parent": category.parent = value.trimmed
        case "wp:cat_name": category.name = value.trimmed
        case "wp:category_description": category.description = value.trimmed
        default: break
        }
        return category
    }
}

extension String {
    fileprivate var trimmed: String { trimmedForNews }
}
