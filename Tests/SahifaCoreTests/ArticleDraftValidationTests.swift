import Testing

@testable import SahifaCore

@Suite("Article validation")
struct ArticleDraftValidationTests {
    @Test("every problem is reported at once, each beside its field")
    func allProblems() {
        let draft = ArticleDraft(
            slug: "bad slug!",
            headline: "   ",
            summary: String(repeating: "ب", count: ArticleDraft.summaryLimit + 1),
            bodyMarkdown: "[[related:x]]",
            sectionSlug: ""
        )
        do {
            try draft.validate()
            Issue.record("an invalid draft passed validation")
        } catch {
            #expect(Set(error.problems.map(\.field)) == [.headline, .summary, .body, .slug, .section])
        }
    }

    @Test("a draft with a headline and a section is valid, and its slug comes from the headline")
    func validDraft() throws {
        let draft = ArticleDraft(headline: "قمة «C5+1» في واشنطن", sectionSlug: "world")
        try draft.validate()
        #expect(draft.effectiveSlug == "قمة-c5-1-في-واشنطن")
    }
}
