import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/second-factor`: any member turns the authenticator-app code on (after proving
/// the app has the secret) or off (with their password).
struct SecondFactorController {
    let store: any NewsroomStore & AccountStore
    let pages: NewsroomPages
    let hasher: PasswordHasher

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/second-factor", use: show)
        router.post("newsroom/second-factor", use: change)
    }

    @Sendable func show(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        return try await page(session, secret: SecondFactor.makeSecret(), problems: [:], notice: nil, status: .ok)
    }

    @Sendable func change(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let form = context.form ?? QueryParameters.empty
        switch form["action"] {
        case "on":
            guard let secret = form["secret"], secret.count == 20 else {
                throw ReaderError.malformedRequest(reason: "the secret is missing")
            }
            guard SecondFactor.accepts(form["code"] ?? "", secret: secret, at: Date()) else {
                return try await page(
                    session, secret: secret,
                    problems: ["code": "الرمز لا يطابق؛ تأكد من إضافة المفتاح ثم اكتب الرمز الحالي."],
                    notice: nil, status: .badRequest
                )
            }
            try await store.setSecondFactor(of: session.account.id, secret: secret)
            return try await page(
                session, secret: nil, problems: [:], notice: .done("فُعّل التحقق بخطوتين."), status: .ok)
        case "off":
            guard let credentials = try await store.credentials(id: session.account.id),
                try await hasher.verify(form["current_password"] ?? "", against: credentials.passwordHash)
            else {
                return try await page(
                    session, secret: nil, problems: ["current_password": "كلمة المرور الحالية غير صحيحة."], notice: nil,
                    status: .badRequest
                )
            }
            try await store.setSecondFactor(of: session.account.id, secret: nil)
            return try await page(
                session, secret: SecondFactor.makeSecret(), problems: [:], notice: .done("أوقف التحقق بخطوتين."),
                status: .ok
            )
        default:
            throw ReaderError.malformedRequest(reason: "action must be on or off")
        }
    }

    private func page(
        _ session: NewsroomSession, secret: String?, problems: [String: String], notice: NewsroomForm.Notice?,
        status: HTTPResponse.Status
    ) async throws -> Response {
        let isOn = try await store.credentials(id: session.account.id)?.secondFactorSecret != nil
        let site = try await store.newsroomChrome(at: Date()).settings.name
        let shown = isOn ? nil : secret
        let model = SecondFactorPage.Model(
            frame: pages.frame("التحقق بخطوتين", session: session),
            formToken: session.formToken,
            isOn: isOn,
            newSecret: shown,
            appAddress: shown.map { SecondFactor.appAddress(secret: $0, email: session.account.email, site: site) },
            problems: problems,
            notice: notice
        )
        return NewsroomPages.page(SecondFactorPage.render(model), status: status)
    }
}
