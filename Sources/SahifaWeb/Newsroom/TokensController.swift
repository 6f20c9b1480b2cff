import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/tokens`: each member makes API tokens for their own account, with scopes.
struct TokensController {
    let store: any NewsroomStore & AccountStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/tokens", use: list)
        router.post("newsroom/tokens", use: create)
        router.post("newsroom/tokens/:id/revoke", use: revoke)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let notice: NewsroomForm.Notice? = try request.readerQuery()["done"] == "revoked" ? .done("أُلغي المفتاح.") : nil
        return try await page(session, secret: nil, typed: ("", ""), problems: [:], notice: notice, status: .ok)
    }

    @Sendable func create(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        let form = context.form ?? QueryParameters.empty
        let days = (form["expires_days"] ?? "").trimmingCharacters(in: .whitespaces)
        let new = NewAPIToken(
            name: form["name"] ?? "", scopes: Set(form.all("scopes").compactMap(TokenScope.init(rawValue:))),
            expiresInDays: days.isEmpty ? nil : Int(days) ?? 0)
        var problems: [String: String] = [:]
        for problem in new.problems() {
            switch problem {
            case .nameMissingOrLong: problems["name"] = "اكتب اسماً للمفتاح (حتى ١٠٠ حرف)."
            case .noScope: problems["scopes"] = "اختر صلاحية واحدة على الأقل."
            case .daysOutOfRange: problems["expires_days"] = "اكتب عدد أيام من ١ إلى ٣٦٥٠، أو اتركه فارغاً."
            }
        }
        guard problems.isEmpty else {
            return try await page(
                session, secret: nil, typed: (form["name"] ?? "", days), problems: problems,
                notice: .problem("لم يُنشأ المفتاح."), status: .badRequest)
        }
        let secret = try await APITokenIssuer.issue(new, for: session.account.id, store: store, at: Date()).secret
        return try await page(session, secret: secret, typed: ("", ""), problems: [:], notice: nil, status: .created)
    }

    @Sendable func revoke(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context)
        guard let id = Int64(try context.pathSegment("id")), try await store.revokeAPIToken(id, of: session.account.id)
        else {
            throw ReaderError.notFound
        }
        return NewsroomPages.redirect(to: "/newsroom/tokens?done=revoked")
    }

    private func page(
        _ session: NewsroomSession, secret: String?, typed: (name: String, days: String), problems: [String: String],
        notice: NewsroomForm.Notice?, status: HTTPResponse.Status
    ) async throws -> Response {
        let dates = NewsDateFormatter.forSite(try await store.newsroomChrome(at: Date()).settings)
        let now = Date()
        let model = TokensPage.Model(
            frame: pages.frame("مفاتيح الواجهة البرمجية", session: session),
            formToken: session.formToken,
            newSecret: secret,
            tokens: try await store.apiTokens(of: session.account.id).map { token in
                TokensPage.Line(
                    id: token.id, name: token.name,
                    scopes: TokenScope.allCases.filter(token.scopes.contains).map(\.arabicName).joined(separator: "، "),
                    lastUsed: token.lastUsedAt.map { "آخر استعمال " + dates.relative($0, now: now) } ?? "لم يُستعمل بعد",
                    expiry: token.expiresAt.map {
                        ($0 > now ? "ينتهي " : "انتهى ") + dates.gregorianDate($0)
                    } ?? "بلا انتهاء"
                )
            },
            typedName: typed.name,
            typedDays: typed.days,
            problems: problems,
            notice: notice
        )
        return NewsroomPages.page(TokensPage.render(model), status: status)
    }
}
