import SahifaCore

/// Pieces shared by several pages: story cards, pictures, page links.
enum Components {
    /// A story in a list: picture, section, headline, summary, date.
    static func teaser(
        _ teaser: TeaserModel,
        headingLevel: HeadingLevel,
        showSummary: Bool,
        slot: PictureSlot,
        loading: PictureLoading = .lazy,
        into html: inout HTMLWriter
    ) {
        html.raw("<article class=\"teaser\">")
        if let image = teaser.image {
            html.raw("<a class=\"teaser-image\" tabindex=\"-1\" aria-hidden=\"true\"")
            html.attribute("href", teaser.href)
            html.raw(">")
            html.picture(image.source, alt: image.alt, slot: slot, loading: loading)
            html.raw("</a>")
        }
        html.raw("<div class=\"teaser-text\">")
        html.link(teaser.section.href, teaser.section.text, extra: " class=\"teaser-section\"")
        if let kicker = teaser.kicker {
            html.element("<p class=\"kicker\">", kicker, close: "</p>")
        }
        html.raw(headingLevel.open)
        html.link(teaser.href, teaser.headline)
        html.raw(headingLevel.close)
        if showSummary && !teaser.summary.isEmpty {
            html.element("<p class=\"teaser-summary\">", teaser.summary, close: "</p>")
        }
        html.raw("<time")
        html.attribute("datetime", teaser.dateISO)
        html.raw(">")
        html.text(teaser.date)
        html.raw("</time></div></article>\n")
    }

    /// Caption then credit in parentheses: "… (أ ف ب)".
    static func caption(_ image: ImageModel, into html: inout HTMLWriter) {
        guard !image.caption.isEmpty || !image.credit.isEmpty else { return }
        html.raw("<figcaption>")
        html.text(image.caption)
        if !image.credit.isEmpty {
            if !image.caption.isEmpty { html.raw(" ") }
            html.raw("<span class=\"credit\">(")
            html.text(image.credit)
            html.raw(")</span>")
        }
        html.raw("</figcaption>")
    }

    static func pagination(_ model: PaginationModel, into html: inout HTMLWriter) {
        guard model.isNeeded else { return }
        html.raw("<nav class=\"pagination\" aria-label=\"الصفحات\"><ul>")
        if let previous = model.previous {
            html.raw("<li>")
            html.link(previous, "السابق", extra: " rel=\"prev\"")
            html.raw("</li>")
        }
        for item in model.items {
            switch item {
            case .page(let label, let href, let isCurrent):
                if isCurrent {
                    html.element("<li><span aria-current=\"page\">", label, close: "</span></li>")
                } else {
                    html.raw("<li>")
                    html.link(href, label)
                    html.raw("</li>")
                }
            case .gap:
                html.raw("<li class=\"gap\" aria-hidden=\"true\">…</li>")
            }
        }
        if let next = model.next {
            html.raw("<li>")
            html.link(next, "التالي", extra: " rel=\"next\"")
            html.raw("</li>")
        }
        html.raw("</ul></nav>\n")
    }

    enum HeadingLevel {
        case h2, h3

        var open: StaticString {
            switch self {
            case .h2: "<h2 class=\"teaser-headline\">"
            case .h3: "<h3 class=\"teaser-headline\">"
            }
        }

        var close: StaticString {
            switch self {
            case .h2: "</h2>"
            case .h3: "</h3>"
            }
        }
    }
}
