import Foundation
import SahifaCore
import Testing

@Suite("Roles and accounts")
struct RoleTests {
    @Test("a writer drafts and submits; an editor also publishes; only an admin manages accounts and settings")
    func permissions() {
        #expect(Role.writer.may(.writeDrafts) && Role.writer.may(.submitForReview) && Role.writer.may(.uploadMedia))
        #expect(!Role.writer.may(.publish) && !Role.writer.may(.unpublish) && !Role.writer.may(.postBreakingNews))
        #expect(Role.editor.may(.publish) && Role.editor.may(.schedule) && Role.editor.may(.editAnyArticle))
        #expect(
            !Role.editor.may(.manageAccounts) && !Role.editor.may(.manageSiteSettings)
                && !Role.editor.may(.readAuditLog))
        #expect(Permission.allCases.allSatisfy(Role.admin.may))
    }

    @Test("an account form reports every problem at once, each with its field")
    func validation() {
        let form = NewAccount(email: "not an email", name: "  ", role: .writer, password: "short")
        #expect(throws: InvalidAccount(problems: [.emailInvalid, .nameMissing, .passwordTooShort(minimum: 10)])) {
            try form.validate()
        }
        #expect(AccountValidationError.passwordsDiffer.field == .passwordAgain)
        let good = NewAccount(email: " Omar@Example.ORG ", name: "عمر", role: .writer, password: "عشرة أحرف على الأقل")
        #expect(throws: Never.self) { try good.validate() }
        #expect(good.normalizedEmail == "omar@example.org")
        #expect(NewAccount.passwordProblem(String(repeating: "ب", count: 128)) == nil)
        #expect(NewAccount.passwordProblem(String(repeating: "ب", count: 129)) == .passwordTooLong(limit: 128))
    }

    @Test("a move is refused for the status first, then for the role, each with its own reason")
    func authorizeMoves() throws {
        func article(_ status: ArticleStatus, by owner: AccountID?) -> Article {
            Article(
                id: ArticleID(1), slug: "خبر", kicker: nil, headline: "خبر", summary: "", body: .empty, heroImage: nil,
                section: Section(id: 1, slug: "world", name: "العالم", position: 1), tags: [], authors: [],
                status: status,
                isFeatured: false, seo: SEOFields(), createdAt: Date(timeIntervalSince1970: 0), publishedAt: nil,
                updatedAt: Date(timeIntervalSince1970: 0), revision: 1, createdBy: owner
            )
        }
        let writer = Account(
            id: AccountID(7), email: "w@example.org", name: "كاتب", role: .writer,
            createdAt: Date(timeIntervalSince1970: 0))
        let editor = Account(
            id: AccountID(8), email: "e@example.org", name: "محرر", role: .editor,
            createdAt: Date(timeIntervalSince1970: 0))
        #expect(throws: WorkflowError.notPermitted(.publish)) {
            try writer.authorize(.publish, on: article(.draft, by: writer.id))
        }
        #expect(throws: WorkflowError.cannotUnpublish(from: .draft)) {
            try editor.authorize(.unpublish, on: article(.draft, by: nil))
        }
        #expect(throws: WorkflowError.cannotSubmit(from: .inReview)) {
            try writer.authorize(.submitForReview, on: article(.inReview, by: writer.id))
        }
        #expect(throws: WorkflowError.notPermitted(.submitForReview)) {
            try writer.authorize(.submitForReview, on: article(.draft, by: editor.id))
        }
        #expect(throws: Never.self) { try writer.authorize(.submitForReview, on: article(.draft, by: writer.id)) }
    }
}
