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
            html.property("og:image", picture.url)
            html.property("og:image:type", picture.contentType)
            html.property("og:image:width", String(picture.width))
            html.property("og:image:height", String(picture.height))
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
            html.named("twitter:image", picture.url)
            html.named("twitter:image:alt", picture.alt)
        }
    }

    private static func newsArticle(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        html.raw("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":")
        html.jsonString(meta.headline)
        if let kicker = meta.kicker {
            html.raw(",\"alternativeHeadline\":")
            html.jsonString(kicker)
        }
        html.raw(",\"description\":")
        html.jsonString(meta.description)
        if let picture = meta.picture {
            html.raw(",\"image\":{\"@type\":\"ImageObject\",\"url\":")
            html.jsonString(picture.url)
            html.raw(",\"width\":")
            html.jsonNumber(picture.width)
            html.raw(",\"height\":")
            html.jsonNumber(picture.height)
            if !picture.caption.isEmpty {
                html.raw(",\"caption\":")
                html.jsonString(picture.caption)
            }
            if !picture.credit.isEmpty {
                html.raw(",\"creditText\":")
                html.jsonString(picture.credit)
            }
            html.raw("}")
        }
        html.raw(",\"datePublished\":")
        html.jsonString(meta.published)
        html.raw(",\"dateModified\":")
        html.jsonString(meta.modified)
        html.raw(",\"author\":[")
        for (index, author) in meta.authors.enumerated() {
            html.raw(index == 0 ? "{\"@type\":\"Person\",\"name\":" : ",{\"@type\":\"Person\",\"name\":")
            html.jsonString(author.name)
            html.raw(",\"url\":")
            html.jsonString(author.url)
            html.raw("}")
        }
        html.raw("],\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":")
        html.jsonString(meta.siteName)
        html.raw(",\"url\":")
        html.jsonString(meta.homeURL)
        html.raw(",\"logo\":{\"@type\":\"ImageObject\",\"url\":")
        html.jsonString(meta.logoURL)
        if let size = meta.logoSize {
            html.raw(",\"width\":")
            html.jsonNumber(size.width)
            html.raw(",\"height\":")
            html.jsonNumber(size.height)
        }
        html.raw("}},\"articleSection\":")
        html.jsonString(meta.sectionName)
        html.raw(",\"keywords\":[")
        for (index, tag) in meta.tags.enumerated() {
            if index > 0 { html.raw(",") }
            html.jsonString(tag)
        }
        html.raw("],\"inLanguage\":\"ar\",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":")
        html.jsonString(meta.canonicalURL)
        html.raw("}}</script>\n")
    }

    private static func breadcrumbs(_ meta: ArticleMetadata, into html: inout HTMLWriter) {
        html.raw("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BreadcrumbList\",")
        html.raw("\"itemListElement\":[")
        let crumbs = [(meta.siteName, meta.homeURL), (meta.sectionName, meta.sectionURL), (meta.headline, meta.canonicalURL)]
        for (index, crumb) in crumbs.enumerated() {
            html.raw(index == 0 ? "{" : ",{")
            html.raw("\"@type\":\"ListItem\",\"position\":")
            html.jsonNumber(index + 1)
            html.raw(",\"name\":")
            html.jsonString(crumb.0)
            html.raw(",\"item\":")
            html.jsonString(crumb.1)
            html.raw("}")
        }
        html.raw("]}</script>\n")
    }
}
