/// An article page's OpenGraph and Twitter cards and its schema.org JSON-LD (NewsArticle and
/// BreadcrumbList), written straight into the page: this runs on every uncached article
/// view, so no intermediate tree is built. JSON strings go through `HTMLWriter.jsonString`,
/// which escapes `<`, `>` and `&` too, so no text can end the script element.
enum ArticleMetadataView {
    static func write(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        socialCards(meta, into: &html)
        newsArticle(meta, into: &html)
        breadcrumbs(meta, into: &html)
    }

    private static func socialCards(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        html.property("og:type", "article")
        html.property("og:site_name", meta.siteName)
        html.property("og:locale", "ar_AR")
        html.property("og:url", meta.canonicalURL)
        html.property("og:title", meta.title)
        html.property("og:description", meta.description)
        if let picture = meta.picture {
            html.property("og:image", picture.card.url)
            html.property("og:image:type", picture.card.contentType)
            html.property("og:image:width", String(picture.card.width))
            html.property("og:image:height", String(picture.card.height))
            html.property("og:image:alt", picture.alt)
        }
        html.property("article:published_time", meta.published)
        html.property("article:modified_time", meta.modified)
        html.property("article:section", meta.sectionName)
        for tag in meta.tags { html.property("article:tag", tag) }
        for author in meta.authors { html.property("article:author", author.url) }
        html.named("twitter:card", meta.picture == nil ? "summary" : "summary_large_image")
        html.named("twitter:title", meta.title)
        html.named("twitter:description", meta.description)
        if let picture = meta.picture {
            html.named("twitter:image", picture.card.url)
            html.named("twitter:image:alt", picture.alt)
        }
    }

    private static func newsArticle(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        html.raw("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"")
        html.jsonMember(",\"headline\":", meta.headline)
        if let kicker = meta.kicker { html.jsonMember(",\"alternativeHeadline\":", kicker) }
        html.jsonMember(",\"description\":", meta.description)
        if let picture = meta.picture {
            html.raw(",\"image\":[")
            for (index, shape) in picture.shapes.enumerated() {
                html.jsonMember(
                    index == 0 ? "{\"@type\":\"ImageObject\",\"url\":" : ",{\"@type\":\"ImageObject\",\"url\":",
                    shape.url)
                size(shape.width, shape.height, into: &html)
                if !picture.caption.isEmpty { html.jsonMember(",\"caption\":", picture.caption) }
                if !picture.credit.isEmpty { html.jsonMember(",\"creditText\":", picture.credit) }
                html.raw("}")
            }
            html.raw("]")
        }
        html.jsonMember(",\"datePublished\":", meta.published)
        html.jsonMember(",\"dateModified\":", meta.modified)
        html.raw(",\"author\":[")
        for (index, author) in meta.authors.enumerated() {
            html.jsonMember(
                index == 0 ? "{\"@type\":\"Person\",\"name\":" : ",{\"@type\":\"Person\",\"name\":", author.name)
            html.jsonMember(",\"url\":", author.url)
            html.raw("}")
        }
        html.jsonMember("],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":", meta.siteName)
        html.jsonMember(",\"url\":", meta.homeURL)
        html.jsonMember(",\"logo\":{\"@type\":\"ImageObject\",\"url\":", meta.logoURL)
        if let logo = meta.logoSize { size(logo.width, logo.height, into: &html) }
        html.jsonMember("}},\"articleSection\":", meta.sectionName)
        html.raw(",\"keywords\":[")
        for (index, tag) in meta.tags.enumerated() {
            html.jsonMember(index == 0 ? "" : ",", tag)
        }
        html.jsonMember(
            "],\"inLanguage\":\"ar\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":", meta.canonicalURL)
        html.raw("}}</script>\n")
    }

    private static func size(_ width: Int, _ height: Int, into html: inout HTMLWriter) {
        html.raw(",\"width\":")
        html.jsonNumber(width)
        html.raw(",\"height\":")
        html.jsonNumber(height)
    }

    private static func breadcrumbs(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        html.raw(
            "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",")
        html.raw("\"itemListElement\":[")
        let crumbs = [
            (meta.siteName, meta.homeURL), (meta.sectionName, meta.sectionURL), (meta.headline, meta.canonicalURL),
        ]
        for (index, crumb) in crumbs.enumerated() {
            html.raw(index == 0 ? "{" : ",{")
            html.raw("\"@type\":\"ListItem\",\"position\":")
            html.jsonNumber(index + 1)
            html.jsonMember(",\"name\":", crumb.0)
            html.jsonMember(",\"item\":", crumb.1)
            html.raw("}")
        }
        html.raw("]}</script>\n")
    }
}
