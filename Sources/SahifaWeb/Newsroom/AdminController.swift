import ArabicText
import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/admin/…`: accounts and roles, sections, and site settings, for admins only.
struct AdminController {
    let store: any NewsroomStore & AccountStore
    let pages: NewsroomPages
    let hasher: PasswordHasher

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(
            "newsroom/admin",
            use: { request, context in
                _ = try pages.requireSession(request, context, may: .manageAccounts)
                return NewsroomPages.redirect(to: "/newsroom/admin/accounts")
            })
        router.get("newsroom/admin/accounts", use: accounts)
        router.post("newsroom/admin/accounts", use: openAccount)
        router.post("newsroom/admin/accounts/:id/role", use: changeRole)
        router.post("newsroom/admin/accounts/:id/password", use: setPassword)
        router.get("newsroom/admin/sections", use: sections)
        router.post("newsroom/admin/sections", use: addSection)
        router.post("newsroom/admin/sections/:slug", use: updateSection)
        router.get("newsroom/admin/settings", use: settings)
        router.post("newsroom/admin/settings", use: saveSettings)
    }

    // MARK: Accounts

    @Sendable func accounts(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        return try await accountsPage(session, notice: done(request), problems: [:], typed: .init(), status: .ok)
    }

    @Sendable func openAccount(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let form = context.form ?? QueryParameters.empty
        let typed = AdminPages.NewAccountFields(
            email: form["email"] ?? "", name: form["name"] ?? "",
            role: form["role"].flatMap(Role.init(rawValue:)) ?? .writer
        )
        let new = NewAccount(email: typed.email, name: typed.name, role: typed.role, password: form["password"] ?? "")
        do {
            try new.validate()
            _ = try await store.createAccount(
                new, passwordHash: try await hasher.hash(new.password), at: Date(), onlyIfFirst: false)
        } catch let invalid as InvalidAccount {
            return try await accountsPage(
                session, notice: .problem("لم يُنشأ الحساب: صحّح ما هو مبيّن بجانب الحقول."),
                problems: AccountProblemText.byField(invalid.problems), typed: typed, status: .badRequest
            )
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/accounts?done=1")
    }

    @Sendable func changeRole(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        guard let id = Int64(try context.pathSegment("id")),
            let role = context.form?["role"].flatMap(Role.init(rawValue:))
        else {
            throw ReaderError.malformedRequest(reason: "an account id and a role are needed")
        }
        // An admin cannot demote themself, so a site always keeps at least the admin acting now.
        guard AccountID(id) != session.account.id else {
            return try await accountsPage(
                session, notice: .problem("لا يمكنك تغيير دورك أنت؛ اطلب ذلك من مدير آخر."), problems: [:],
                typed: .init(),
                status: .conflict
            )
        }
        guard try await store.setRole(of: AccountID(id), to: role) else { throw ReaderError.notFound }
        return NewsroomPages.redirect(to: "/newsroom/admin/accounts?done=1")
    }

    /// Gives a member a password: the way into an account that a WordPress import or a
    /// restore brought in without one, or back into one whose password was forgotten. Every
    /// session of the account ends, but the admin's own when they set their own.
    @Sendable func setPassword(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        guard let number = Int64(try context.pathSegment("id")) else { throw ReaderError.notFound }
        let id = AccountID(number)
        guard try await store.credentials(id: id) != nil else { throw ReaderError.notFound }
        let password = context.form?["password"] ?? ""
        if let problem = NewAccount.passwordProblem(password) {
            return try await accountsPage(
                session, notice: .problem("لم تُعيَّن كلمة المرور: صحّح ما هو مبيّن بجانبها."),
                problems: [AdminPages.passwordField(of: id): AccountProblemText.text(problem)], typed: .init(),
                status: .badRequest
            )
        }
        try await store.setPassword(
            of: id, passwordHash: try await hasher.hash(password),
            keepingSession: id == session.account.id ? session.tokenHash : nil)
        return NewsroomPages.redirect(to: "/newsroom/admin/accounts?done=1")
    }

    // MARK: Sections

    @Sendable func sections(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        return try await sectionsPage(session, notice: done(request), problems: [:], status: .ok)
    }

    @Sendable func addSection(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let slug = (context.form?["slug"] ?? "").trimmingCharacters(in: .whitespaces)
        let name = (context.form?["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        var problems: [String: String] = [:]
        if name.isEmpty { problems["name"] = "اكتب اسم القسم." }
        if problems.isEmpty {
            do {
                _ = try await store.createSection(slug: slug, name: name)
                return NewsroomPages.redirect(to: "/newsroom/admin/sections?done=1")
            } catch StoreError.invalidSectionSlug {
                problems["slug"] = "استعمل حروفاً لاتينية صغيرة وأرقاماً وشرطات، وليس اسماً محجوزاً."
            } catch StoreError.sectionSlugTaken {
                problems["slug"] = "يوجد قسم بهذا المعرّف."
            }
        }
        return try await sectionsPage(
            session, notice: .problem("لم يُضف القسم."), problems: problems, status: .badRequest)
    }

    @Sendable func updateSection(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try pages.requireSession(request, context, may: .manageAccounts)
        let name = (context.form?["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, let position = context.form?["position"].flatMap({ Int($0) }), position >= 1 else {
            throw ReaderError.malformedRequest(reason: "a section needs a name and a position from 1")
        }
        try await store.updateSection(slug: try context.pathSegment("slug"), name: name, position: position)
        return NewsroomPages.redirect(to: "/newsroom/admin/sections?done=1")
    }

    // MARK: Settings

    @Sendable func settings(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let current = try await store.newsroomChrome(at: Date()).settings
        let pictures = try await store.editorChoices().pictures
        return page(
            AdminPages.settings(
                frame(session, "إعدادات الموقع", notice: done(request), problems: [:]), settings: current,
                pictures: pictures)
        )
    }

    @Sendable func saveSettings(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageAccounts)
        let form = context.form ?? QueryParameters.empty
        var settings = try await store.newsroomChrome(at: Date()).settings
        settings.name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        settings.tagline = (form["tagline"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        settings.copyright = (form["copyright"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        settings.timeZoneIdentifier = (form["time_zone"] ?? "").trimmingCharacters(in: .whitespaces)
        settings.digits = form["digits"].flatMap(DigitStyle.init(rawValue:)) ?? settings.digits
        let pictures = try await store.editorChoices().pictures
        settings.logo = pictures.first { $0.hash == form["logo"] }
        settings.socialLinks = SocialNetwork.allCases.compactMap { network in
            let url = (form["social_" + network.rawValue] ?? "").trimmingCharacters(in: .whitespaces)
            guard !url.isEmpty else { return nil }
            let label = settings.socialLinks.first { $0.network == network }?.label ?? network.arabicName
            return SocialLink(network: network, label: label, url: url)
        }
        do {
            try await store.saveSettings(settings)
        } catch let invalid as InvalidSiteSettings {
            var problems: [String: String] = [:]
            for problem in invalid.problems {
                switch problem {
                case .nameMissing: problems["name"] = "اكتب اسم الموقع."
                case .unknownTimeZone: problems["time_zone"] = "منطقة زمنية غير معروفة؛ اكتبها مثل Asia/Riyadh."
                case .linkNotHTTPS(let network):
                    problems["social_" + network.rawValue] = "اكتب رابطاً كاملاً يبدأ بـ https://"
                }
            }
            return page(
                AdminPages.settings(
                    frame(session, "إعدادات الموقع", notice: .problem("لم تُحفظ الإعدادات."), problems: problems),
                    settings: settings, pictures: pictures
                ),
                status: .badRequest
            )
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/settings?done=1")
    }

    // MARK: Parts

    private func done(_ request: Request) -> NewsroomForm.Notice? {
        (try? request.readerQuery()["done"]) == "1" ? .done("حُفظ التغيير.") : nil
    }

    private func frame(
        _ session: NewsroomSession, _ title: String, notice: NewsroomForm.Notice?, problems: [String: String]
    ) -> AdminPages.Frame {
        AdminPages.Frame(
            frame: pages.frame(title, session: session), formToken: session.formToken, notice: notice,
            problems: problems)
    }

    private func page(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        NewsroomPages.page(bytes, status: status)
    }

    private func accountsPage(
        _ session: NewsroomSession, notice: NewsroomForm.Notice?, problems: [String: String],
        typed: AdminPages.NewAccountFields,
        status: HTTPResponse.Status
    ) async throws -> Response {
        page(
            AdminPages.accounts(
                frame(session, "الحسابات", notice: notice, problems: problems), accounts: try await store.accounts(),
                typed: typed),
            status: status
        )
    }

    private func sectionsPage(
        _ session: NewsroomSession, notice: NewsroomForm.Notice?, problems: [String: String],
        status: HTTPResponse.Status
    ) async throws -> Response {
        page(
            AdminPages.sections(
                frame(session, "الأقسام", notice: notice, problems: problems),
                sections: try await store.editorChoices().sections),
            status: status
        )
    }
}
