import CLibXML2
import SahifaCore

/// Reads a WordPress export (WXR 1.0 to 1.2) as a stream of XML events: the site's header
/// once, then each item as soon as its end tag is read, so memory stays flat however large
/// the file. WordPress writes the authors, categories and tags before the first item.
///
/// The events come straight from libxml2's push parser, fed a piece of the file at a time:
/// no document is built, and no text becomes a Swift string unless the import keeps it. A
/// document type declaration stops the reading where it starts, before any entity it could
/// declare is read, and nothing is ever loaded from a file or the network.
public enum WordPressExportReader {
    /// - Parameters:
    ///   - nextChunk: the export's bytes, a piece at a time; nil at the end.
    ///   - bodies: asked as each item's body starts; false leaves that item's `content` empty,
    ///     for a reading that needs only what the items are and where they live (the text is
    ///     most of the file).
    ///   - site: called once, before the first item.
    ///   - item: called for every item, in the file's order.
    /// - Throws: `WordPressExportError`, or what a closure threw.
    public static func read(
        _ nextChunk: @escaping () throws -> [UInt8]?,
        bodies: @escaping () -> Bool = { true },
        site: @escaping (WordPressSite) throws -> Void,
        item: @escaping (WordPressItem) throws -> Void
    ) throws {
        let events = ExportEvents(site: site, item: item, bodies: bodies)
        var handler = ExportEvents.handler()
        let context = Unmanaged.passUnretained(events).toOpaque()
        guard let parser = xmlCreatePushParserCtxt(&handler, context, nil, 0, nil) else {
            throw WordPressExportError.malformedXML(line: 0, column: 0, reason: "the XML parser could not start")
        }
        defer { xmlFreeParserCtxt(parser) }
        // NOCDATA: a post's CDATA body comes as text; HUGE: a post longer than 10 MB is read too.
        let options = XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue
        xmlCtxtUseOptions(parser, Int32(options))
        events.parser = parser
        withExtendedLifetime(events) {
            do {
                while events.failure == nil, let chunk = try nextChunk() {
                    chunk.withUnsafeBytes { bytes in
                        let text = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                        _ = xmlParseChunk(parser, text, Int32(bytes.count), 0)
                    }
                }
                if events.failure == nil { _ = xmlParseChunk(parser, nil, 0, 1) }
            } catch {
                events.fail(error)
            }
        }
        // An empty or binary file fails as XML before any element: what it is not says more.
        switch events.failure {
        case WordPressExportError.malformedXML? where !events.sawRoot, nil where !events.sawRoot:
            throw WordPressExportError.notWordPressExport("it holds no XML elements")
        case let failure?: throw failure
        case nil: break
        }
        try events.emitSite()
    }
}

/// Turns libxml2's SAX callbacks into a site and its items.
final class ExportEvents {
    private let onSite: (WordPressSite) throws -> Void
    private let onItem: (WordPressItem) throws -> Void
    private let keepsBodies: () -> Bool
    /// Whether the body being read is one the reading leaves out.
    private var skipsBody = false
    /// The push parser, to stop it and to ask it where it is.
    var parser: xmlParserCtxtPtr?
    private(set) var failure: (any Error)?
    private(set) var sawRoot = false
    private var siteEmitted = false
    private var site = WordPressSite()
    private var item: WordPressItem?
    private var path: [String] = []
    /// The text of the element being read, as UTF-8, made a string once at its end.
    private var text: [UInt8] = []
    private var metaKey = ""
    private var author: WordPressSite.Author?
    private var category: WordPressSite.Category?
    private var tag: WordPressSite.Tag?
    private var term: WordPressItem.Term?
    /// Element names by libxml2's own pointers to them: the parser keeps each name once in
    /// its dictionary, so a name is made a key once, not at every start and end tag.
    var keys: [ElementName: String] = [:]

    struct ElementName: Hashable {
        let name: UnsafeRawPointer
        let namespace: UnsafeRawPointer?
    }

    init(
        site: @escaping (WordPressSite) throws -> Void, item: @escaping (WordPressItem) throws -> Void,
        bodies: @escaping () -> Bool
    ) {
        onSite = site
        onItem = item
        keepsBodies = bodies
    }

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

    /// Keeps the first failure and stops the parser, so nothing after it is taken.
    func fail(_ error: any Error) {
        if failure == nil { failure = error }
        if let parser { xmlStopParser(parser) }
    }

    /// Whether the text being read is a body the reading leaves out.
    private var isSkippedBody: Bool { skipsBody && path.last == "content:encoded" }

    static func key(_ name: String, _ namespace: String?) -> String {
        guard let namespace, !namespace.isEmpty else { return name }
        if namespace.hasPrefix("http://wordpress.org/export/") {
            return (namespace.hasSuffix("/excerpt/") ? "excerpt:" : "wp:") + name
        }
        if namespace == "http://purl.org/rss/1.0/modules/content/" { return "content:" + name }
        if namespace == "http://purl.org/dc/elements/1.1/" { return "dc:" + name }
        return "?:" + name
    }

    /// `key` is the element's name as `key(_:_:)` gives it.
    func startElement(_ key: String, attributes: [String: String]) {
        if !sawRoot {
            sawRoot = true
            guard key == "rss" else {
                let name = key.hasPrefix("?:") ? String(key.dropFirst(2)) : key
                return fail(WordPressExportError.notWordPressExport("its root element is <\(name)>, not <rss>"))
            }
        }
        path.append(key)
        text.removeAll(keepingCapacity: true)
        switch (key, path.dropLast().last) {
        case ("item", "channel"):
            do { try emitSite() } catch { return fail(error) }
            var started = WordPressItem()
            started.line = parser.map { Int(xmlSAX2GetLineNumber(UnsafeMutableRawPointer($0))) } ?? 0
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
        case ("content:encoded", "item"):
            skipsBody = !keepsBodies()
        default:
            break
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if !isSkippedBody { text.append(contentsOf: bytes) }
    }

    func endElement(_ key: String) {
        path.removeLast()
        let value = String(decoding: text, as: UTF8.self)
        text.removeAll(keepingCapacity: true)
        switch path.last {
        case "channel": endChannelElement(key, value)
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

    /// The first error stops the reading, with where it is; warnings are not errors.
    func error(_ reported: xmlError) {
        guard reported.level == XML_ERR_ERROR || reported.level == XML_ERR_FATAL else { return }
        let reason = reported.message.map { String(cString: $0).trimmedForNews } ?? "error \(reported.code)"
        fail(WordPressExportError.malformedXML(line: Int(reported.line), column: Int(reported.int2), reason: reason))
    }

    private func endChannelElement(_ key: String, _ value: String) {
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
            do { try onItem(finished) } catch { fail(error) }
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
