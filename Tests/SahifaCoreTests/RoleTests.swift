import SahifaCore
import Testing

@Suite("Roles and accounts")
struct RoleTests {
    @Test("a writer drafts and submits; an editor also publishes; only an admin manages accounts and settings")
    func permissions() {
        #expect(Role.writer.may(.writeDrafts) && Role.writer.may(.submitForReview) && Role.writer.may(.uploadMedia))
        #expect(!Role.writer.may(.publish) && !Role.writer.may(.unpublish) && !Role.writer.may(.postBreakingNews))
        #expect(Role.editor.may(.publish) && Role.editor.may(.schedule) && Role.editor.may(.editAnyArticle))
        #expect(!Role.editor.may(.manageAccounts) && !Role.editor.may(.manageSiteSettings) && !Role.editor.may(.readAuditLog))
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
        #expect(NewAccount.passwordProblem(String(repeating: "ب", count: 40)) == .passwordTooLong(limit: 72))
    }
}
