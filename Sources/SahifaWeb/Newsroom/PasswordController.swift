import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/password`: a member changes their own password. Every other session of the
/// account ends, so a stolen session dies with the old password.
struct PasswordController {
    let store: any AccountStore
    let pages: NewsroomPages
    let hasher: PasswordHasher

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/password", use: form)
        router.post("newsroom/password", use: change)
    }

    @Sendable func form(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        return page(session, problems: [:], notice: nil, status: .ok)
    }

    @Sendable func change(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let current = context.form?["current_password"] ?? ""
        let password = context.form?["password"] ?? ""
        var problems: [AccountValidationError] = []
        if let problem = NewAccount.passwordProblem(password) { problems.append(problem) }
        if password != (context.form?["password_again"] ?? "") { problems.append(.passwordsDiffer) }
        guard let credentials = try await store.credentials(id: session.account.id) else {
            throw NewsroomError.notSignedIn(returnTo: request.uri.path)
        }
        if try await !hasher.verify(current, against: credentials.passwordHash) {
            problems.append(.currentPasswordWrong)
        }
        guard problems.isEmpty else {
            return page(session, problems: AccountProblemText.byField(problems), notice: nil, status: .badRequest)
        }
        try await store.setPassword(
            of: session.account.id, passwordHash: try await hasher.hash(password), keepingSession: session.tokenHash
        )
        return page(session, problems: [:], notice: .done("حُفظت كلمة المرور الجديدة."), status: .ok)
    }

    private func page(
        _ session: NewsroomSession, problems: [String: String], notice: NewsroomForm.Notice?,
        status: HTTPResponse.Status
    ) -> Response {
        NewsroomPages.page(
            PasswordPage.render(
                PasswordPage.Model(
                    frame: pages.frame("كلمة المرور", session: session), formToken: session.formToken,
                    problems: problems, notice: notice
                )
            ),
            status: status
        )
    }
}
