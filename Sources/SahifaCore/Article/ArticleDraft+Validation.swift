import ArabicText

extension ArticleDraft {
    public static let headlineLimit = 200
    public static let kickerLimit = 80
    public static let summaryLimit = 600
    public static let bodyLimit = 200_000
    public static let tagLimit = 20
    public static let tagNameLimit = 60
    public static let seoTitleLimit = 120
    public static let seoDescriptionLimit = 300
    public static let correctionLimit = 500

    /// Checks the draft's own fields and its body's directives; the store checks the names
    /// it refers to (section, authors, pictures, related articles).
    /// - Throws: `InvalidArticle` listing every problem found.
    public func validate() throws(InvalidArticle) {
        var problems: [ArticleValidationError] = []
        let headline = headline.trimmedForNews
        if headline.isEmpty { problems.append(.headlineMissing) }
        if headline.count > Self.headlineLimit { problems.append(.headlineTooLong(limit: Self.headlineLimit)) }
        if kicker.trimmedForNews.count > Self.kickerLimit { problems.append(.kickerTooLong(limit: Self.kickerLimit)) }
        if summary.trimmedForNews.count > Self.summaryLimit {
            problems.append(.summaryTooLong(limit: Self.summaryLimit))
        }
        if bodyMarkdown.count > Self.bodyLimit { problems.append(.bodyTooLong(limit: Self.bodyLimit)) }
        do {
            _ = try BodyRenderer.references(in: bodyMarkdown)
        } catch {
            problems.append(.body(error))
        }
        let slug = slug.trimmedForNews
        if !slug.isEmpty && !Slug.isValid(slug) { problems.append(.slugInvalid(slug)) }
        if sectionSlug.trimmedForNews.isEmpty { problems.append(.sectionMissing) }
        if tagNames.count > Self.tagLimit { problems.append(.tooManyTags(limit: Self.tagLimit)) }
        for name in tagNames {
            let name = name.trimmedForNews
            if name.isEmpty || name.count > Self.tagNameLimit || Slug.make(from: name).isEmpty {
                problems.append(.tagNameInvalid(name))
            }
        }
        if (seo.title ?? "").count > Self.seoTitleLimit { problems.append(.seoTitleTooLong(limit: Self.seoTitleLimit)) }
        if (seo.description ?? "").count > Self.seoDescriptionLimit {
            problems.append(.seoDescriptionTooLong(limit: Self.seoDescriptionLimit))
        }
        if correctionNote.trimmedForNews.count > Self.correctionLimit {
            problems.append(.correctionTooLong(limit: Self.correctionLimit))
        }
        if !problems.isEmpty { throw InvalidArticle(problems: problems) }
    }

    /// The slug to save: the editor's, or one made from the headline.
    public var effectiveSlug: String {
        let typed = slug.trimmedForNews
        if !typed.isEmpty { return typed }
        let made = Slug.make(from: headline)
        return made.isEmpty ? "article" : made
    }
}

extension String {
    /// Without surrounding spaces and newlines, as a field is saved.
    public var trimmedForNews: String {
        let scalars = unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.isWhitespace,
            !last.isWhitespace
        {
            return self
        }
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
