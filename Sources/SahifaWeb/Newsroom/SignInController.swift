import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// Signing in and out of the newsroom, and the first-run form that opens the first admin
/// account while there is none.
struct SignInController {
    let store: any AccountStore
    let pages: NewsroomPages
    let hasher: PasswordHasher
    let throttle: LoginThrottle
    let settings: NewsroomSettings
    /// The first-run form's code, when the server started on a site with no account.
    let setupCode: SetupCode?

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/login", use: signInForm)
        router.post("newsroom/login", use: signIn)
        router.post("newsroom/logout", use: signOut)
        router.post("newsroom/logout-everywhere", use: signOutEverywhere)
        router.get("newsroom/setup", use: setupForm)
        router.post("newsroom/setup", use: setUp)
    }

    /// `/newsroom/login`, remembering the newsroom page to return to.
    static func path(returningTo returnTo: String) -> String {
        guard returnTo != "/newsroom", isNewsroomPath(returnTo) else { return "/newsroom/login" }
        return "/newsroom/login?next=" + PercentEncoding.encodePathSegment(returnTo)
    }

    /// Only our own newsroom pages are places to return to: never another site.
    static func isNewsroomPath(_ path: String) -> Bool {
        (path == "/newsroom" || path.hasPrefix("/newsroom/")) && !path.contains("//") && !path.contains("\\")
    }

    @Sendable func signInForm(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        if try await store.accountCount() == 0 { return NewsroomPages.redirect(to: "/newsroom/setup") }
        let returnTo = try request.readerQuery()["next"].flatMap { Self.isNewsroomPath($0) ? $0 : nil } ?? "/newsroom"
        if context.session != nil { return NewsroomPages.redirect(to: returnTo) }
        return signInPage(request, email: "", returnTo: returnTo, notice: nil, status: .ok)
    }

    @Sendable func signIn(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let form = context.form
        let email = (form?["email"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let password = form?["password"] ?? ""
        let returnTo = form?["next"].flatMap { Self.isNewsroomPath($0) ? $0 : nil } ?? "/newsroom"
        let now = settings.clock()
        if let wait = await throttle.wait(email: email, address: context.clientAddress, now: now) {
            let seconds = Int(wait.rounded(.up))
            var refused = signInPage(
                request, email: email, returnTo: returnTo,
                notice: .problem("محاولات دخول فاشلة كثيرة. انتظر \(seconds) ثانية ثم حاول مجدداً."),
                status: .tooManyRequests
            )
            // Scripts and proxies read the wait from the header; people read it on the page.
            refused.headers[.retryAfter] = String(seconds)
            return refused
        }
        let credentials = email.isEmpty ? nil : try await store.credentials(email: email)
        guard let credentials, try await hasher.verify(password, against: credentials.passwordHash) else {
            if credentials == nil { try await hasher.verifyNothing(password) }
            // The wait counts from the answer, not from before bcrypt's slow comparison.
            await throttle.recordFailure(email: email, address: context.clientAddress, now: settings.clock())
            return signInPage(
                request, email: email, returnTo: returnTo,
                notice: .problem("البريد الإلكتروني أو كلمة المرور غير صحيحة."), status: .unauthorized
            )
        }
        if let secret = credentials.secondFactorSecret,
            !SecondFactor.accepts(form?["code"] ?? "", secret: secret, at: now)
        {
            await throttle.recordFailure(email: email, address: context.clientAddress, now: now)
            return signInPage(
                request, email: email, returnTo: returnTo,
                notice: .problem("رمز التحقق غير صحيح أو انتهت مدته. اكتب الرمز الظاهر الآن في تطبيق المصادقة."),
                status: .unauthorized
            )
        }
        await throttle.recordSuccess(email: email, address: context.clientAddress)
        return try await startSession(for: credentials.account, at: now, then: returnTo, replacing: request)
    }

    @Sendable func signOut(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        if let session = context.session { try await store.endSession(tokenHash: session.tokenHash) }
        var response = NewsroomPages.redirect(to: "/newsroom/login")
        response.setCookie(sessionCookie(value: "", maxAge: 0))
        return response
    }

    /// Ends every session of the member, this browser's too: for a laptop left signed in somewhere.
    @Sendable func signOutEverywhere(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard let session = context.session else { throw NewsroomError.notSignedIn(returnTo: "/newsroom") }
        try await store.endSessions(of: session.account.id, keeping: nil)
        var response = NewsroomPages.redirect(to: "/newsroom/login")
        response.setCookie(sessionCookie(value: "", maxAge: 0))
        return response
    }

    @Sendable func setupForm(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        guard try await store.accountCount() == 0 else { return NewsroomPages.redirect(to: "/newsroom/login") }
        return setupPage(request, name: "", email: "", problems: [:], status: .ok)
    }

    @Sendable func setUp(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let form = context.form
        let name = form?["name"] ?? ""
        let email = form?["email"] ?? ""
        let password = form?["password"] ?? ""
        let new = NewAccount(email: email, name: name, role: .admin, password: password)
        var problems: [AccountValidationError] = []
        do {
            try new.validate()
        } catch {
            problems = error.problems
        }
        if password != (form?["password_again"] ?? "") { problems.append(.passwordsDiffer) }
        var byField = AccountProblemText.byField(problems)
        let now = settings.clock()
        if let wait = await throttle.wait(email: Self.setupAttempts, address: context.clientAddress, now: now) {
            byField["setup_code"] = "محاولات كثيرة برمز خاطئ؛ انتظر \(Int(wait.rounded(.up))) ثانية ثم حاول مجدداً."
        } else if setupCode?.accepts(form?["setup_code"] ?? "") != true {
            await throttle.recordFailure(email: Self.setupAttempts, address: context.clientAddress, now: now)
            byField["setup_code"] = "رمز الإعداد غير صحيح. تجده في سجل الخادم، في السطر الذي كتبه sahifa serve حين بدأ."
        }
        guard byField.isEmpty else {
            return setupPage(request, name: name, email: email, problems: byField, status: .badRequest)
        }
        guard
            let account = try await store.createAccount(
                new, passwordHash: try await hasher.hash(password), at: now, onlyIfFirst: true)
        else { return NewsroomPages.redirect(to: "/newsroom/login") }
        return try await startSession(for: account, at: now, then: "/newsroom", replacing: request)
    }

    /// The first-run form's wrong codes are counted as failed sign-ins of this name.
    private static let setupAttempts = "first-run setup"

    // MARK: Parts

    /// A new session id at every sign-in: a session the browser already held (one an attacker
    /// may have planted) ends, and so does the form cookie used before signing in.
    private func startSession(for account: Account, at now: Date, then returnTo: String, replacing request: Request)
        async throws -> Response
    {
        if let old = request.cookies[SessionToken.cookieName]?.value, !old.isEmpty {
            try await store.endSession(tokenHash: SessionToken.hash(old))
        }
        let token = SessionToken.make()
        let lifetime = Double(settings.sessionLifetime.components.seconds)
        try await store.startSession(
            NewsroomSession(
                tokenHash: SessionToken.hash(token), account: account, formToken: SessionToken.make(),
                createdAt: now, expiresAt: now.addingTimeInterval(lifetime)
            )
        )
        var response = NewsroomPages.redirect(to: returnTo)
        response.setCookie(sessionCookie(value: token, maxAge: Int(lifetime)))
        response.setCookie(
            Cookie(
                name: SessionToken.formCookieName, value: "", maxAge: 0, path: "/newsroom",
                secure: settings.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    private func sessionCookie(value: String, maxAge: Int) -> Cookie {
        Cookie(
            name: SessionToken.cookieName, value: value, maxAge: maxAge, path: "/",
            secure: settings.secureCookies, httpOnly: true, sameSite: .lax
        )
    }

    /// A form shown before signing in carries the token of the browser's form cookie, set
    /// here when the browser has none yet.
    private func preSessionToken(_ request: Request) -> (token: String, cookie: Cookie?) {
        if let existing = request.cookies[SessionToken.formCookieName]?.value, !existing.isEmpty {
            return (existing, nil)
        }
        let token = SessionToken.make()
        let cookie = Cookie(
            name: SessionToken.formCookieName, value: token, path: "/newsroom",
            secure: settings.secureCookies, httpOnly: true, sameSite: .strict
        )
        return (token, cookie)
    }

    private func signInPage(
        _ request: Request, email: String, returnTo: String, notice: NewsroomForm.Notice?, status: HTTPResponse.Status
    ) -> Response {
        let (token, cookie) = preSessionToken(request)
        var response = NewsroomPages.page(
            SignInPage.render(
                SignInPage.Model(
                    frame: pages.frame("تسجيل الدخول", session: nil), formToken: token, email: email,
                    returnTo: returnTo, notice: notice
                )
            ),
            status: status
        )
        if let cookie { response.setCookie(cookie) }
        return response
    }

    private func setupPage(
        _ request: Request, name: String, email: String, problems: [String: String], status: HTTPResponse.Status
    ) -> Response {
        let (token, cookie) = preSessionToken(request)
        var response = NewsroomPages.page(
            SetupPage.render(
                SetupPage.Model(
                    frame: pages.frame("الحساب الأول", session: nil), formToken: token, name: name, email: email,
                    problems: problems
                )
            ),
            status: status
        )
        if let cookie { response.setCookie(cookie) }
        return response
    }
}
