import ArabicText
import Foundation
import SahifaCore

extension Article {
    /// A new draft made from `draft`, to be inserted (its id is given by the store).
    package init(newDraft draft: ArticleDraft, resolved: ResolvedDraft, at date: Date) {
        self.init(
            id: ArticleID(0), slug: "", kicker: nil, headline: "", summary: "", body: resolved.body,
            heroImage: nil, section: resolved.section, tags: [], authors: [], status: .draft, isFeatured: false,
            seo: SEOFields(), createdAt: date, publishedAt: nil, updatedAt: date, revision: 1
        )
        take(draft, resolved: resolved, at: date)
    }

    /// The article saved from an edited `draft` as its next revision. A new or changed
    /// correction note is dated `date`, the same note keeps its time, and none clears it.
    package mutating func save(_ draft: ArticleDraft, resolved: ResolvedDraft, at date: Date) {
        take(draft, resolved: resolved, at: date)
        revision += 1
        let note = draft.correctionNote.trimmedForNews
        if note.isEmpty {
            correction = nil
        } else if note != correction?.note {
            correction = Correction(note: note, at: date)
        }
    }

    /// Refuses a save that started from `expected` when someone saved since; nil checks nothing.
    /// - Throws: `StoreError.revisionConflict`.
    package func check(expectedRevision expected: Int?) throws {
        if let expected, revision != expected { throw StoreError.revisionConflict(id, current: revision) }
    }

    private mutating func take(_ draft: ArticleDraft, resolved: ResolvedDraft, at date: Date) {
        slug = draft.effectiveSlug
        kicker = draft.kicker.trimmedForNews.nilIfEmpty
        headline = draft.headline.trimmedForNews
        summary = draft.summary.trimmedForNews
        body = resolved.body
        heroImage = resolved.hero
        section = resolved.section
        authors = resolved.authors
        isFeatured = draft.isFeatured
        seo = SEOFields(
            title: draft.seo.title?.trimmedForNews.nilIfEmpty,
            description: draft.seo.description?.trimmedForNews.nilIfEmpty
        )
        updatedAt = date
        embargoUntil = draft.embargoUntil
    }
}

extension Tag {
    /// The slug for a new tag named `name`: two names that slug alike (differing only in
    /// harakat, say) get distinct slugs, so each keeps its own page.
    package static func freeSlug(for name: String, isTaken: (String) throws -> Bool) rethrows -> String {
        let base = Slug.make(from: name)
        var slug = base
        var suffix = 2
        while try isTaken(slug) {
            slug = "\(base)-\(suffix)"
            suffix += 1
        }
        return slug
    }
}

extension String {
    package var nilIfEmpty: String? { isEmpty ? nil : self }
}
