import Foundation
import SahifaCore
import SahifaStore

/// Turns a list's newest articles into a `FeedModel`: absolute URLs everywhere (feed readers
/// have no base address), the body's own links and pictures included, and text stripped of
/// the control characters XML cannot carry.
struct FeedPresenter {
    let publicURL: String
    let text: FeedText
    let iconPath: String

    func feed(_ content: FeedContent) -> FeedModel {
        let settings = content.chrome.settings
        let listTitle = content.title.map { $0 + " | " + settings.name } ?? settings.name
        let items = content.entries.map(item)
        return FeedModel(
            title: XMLText.clean(listTitle),
            description: XMLText.clean(settings.tagline.isEmpty ? settings.name : settings.tagline),
            pageURL: publicURL + content.path,
            feedURLs: Dictionary(
                uniqueKeysWithValues: FeedFormat.allCases.map { ($0, publicURL + $0.path(forList: content.path)) }),
            iconURL: publicURL + (settings.logo?.path ?? iconPath),
            updated: items.map(\.updated).max() ?? Date(timeIntervalSince1970: 0),
            items: items,
            dates: NewsDateFormatter.forSite(settings)
        )
    }

    private func item(_ entry: FeedContent.Entry) -> FeedModel.Item {
        let article = entry.article
        let published = article.publishedAt ?? article.updatedAt
        return FeedModel.Item(
            url: publicURL + article.path,
            title: XMLText.clean(article.headline),
            summary: XMLText.clean(article.summary),
            contentHTML: text == .full ? XMLText.clean(contentHTML(entry)) : nil,
            published: published,
            updated: max(published, article.updatedAt),
            authors: article.authors.map { FeedModel.Person(name: XMLText.clean($0.name), url: publicURL + $0.path) },
            section: XMLText.clean(article.section.name),
            tags: article.tags.map { XMLText.clean($0.name) },
            image: article.heroImage.map { asset in
                let card = asset.source.socialCard
                return FeedModel.Image(
                    url: publicURL + card.path, contentType: card.mediaType, byteCount: card.byteCount,
                    width: card.width, height: card.height, alt: XMLText.clean(asset.alt)
                )
            }
        )
    }

    /// The hero picture with its caption and credit, then the body, with each related card
    /// as a linked headline.
    private func contentHTML(_ entry: FeedContent.Entry) -> String {
        var html = HTMLWriter(capacity: 16 * 1024)
        if let hero = entry.article.heroImage {
            // Feed readers show one picture, at the width of their column: the whole picture.
            let whole = hero.source.whole
            html.raw("<figure><img")
            html.attribute("src", publicURL + whole.path)
            html.attribute("alt", hero.alt)
            html.attribute("width", String(whole.width))
            html.attribute("height", String(whole.height))
            html.raw(">")
            let caption = [hero.caption, hero.credit.isEmpty ? "" : "(" + hero.credit + ")"].filter { !$0.isEmpty }
            if !caption.isEmpty {
                html.element("<figcaption>", caption.joined(separator: " "), close: "</figcaption>")
            }
            html.raw("</figure>")
        }
        for segment in entry.article.body.segments {
            switch segment {
            case .html(let part):
                html.trusted(part)
            case .relatedCard(let id):
                guard let card = entry.relatedCards[id] else { continue }
                html.raw("<p><strong>اقرأ أيضًا: </strong>")
                html.link(publicURL + card.path, card.headline)
                html.raw("</p>")
            }
        }
        return absolutized(String(decoding: html.bytes, as: UTF8.self))
    }

    /// Site-relative links and pictures written by the body renderer, made absolute. The
    /// renderer escapes every quote of the editor's text, so these attribute openings can
    /// only be its own markup.
    private func absolutized(_ html: String) -> String {
        html.replacingOccurrences(of: " href=\"/", with: " href=\"" + publicURL + "/")
            .replacingOccurrences(of: " src=\"/", with: " src=\"" + publicURL + "/")
    }
}

/// Text fit for XML 1.0, which cannot hold most C0 control characters even escaped.
enum XMLText {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { !isForbidden($0) })
        return String(scalars)
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE
            || scalar.value == 0xFFFF
    }
}
