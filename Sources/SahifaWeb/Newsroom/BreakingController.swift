import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/breaking`: editors put lines on the breaking-news ticker (عاجل) and take them
/// off. A line shows on every page at once: the site chrome is re-read as soon as the
/// database changes (`SiteChromeCache`).
struct BreakingController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/breaking", use: desk)
        router.post("newsroom/breaking", use: post)
        router.post("newsroom/breaking/:id/end", use: end)
    }

    @Sendable func desk(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .postBreakingNews)
        let notice: NewsroomForm.Notice? =
            switch try request.readerQuery()["done"] {
            case "posted": .done("نُشر السطر على شريط عاجل.")
            case "ended": .done("أُنهي السطر.")
            default: nil
            }
        return try await page(
            session, text: "", articleID: "", lasting: "60", problems: [:], notice: notice, status: .ok)
    }

    @Sendable func post(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .postBreakingNews)
        let text = (context.form?["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let articleText = (context.form?["article"] ?? "").trimmingCharacters(in: .whitespaces)
        let lasting = context.form?["lasting"] ?? "60"
        guard let minutes = Int(lasting), BreakingPage.durations.contains(where: { $0.0 == lasting }) else {
            throw ReaderError.malformedRequest(reason: "lasting must be one of the offered durations")
        }
        var problems: [String: String] = [:]
        var articleID: ArticleID?
        if !articleText.isEmpty {
            if let number = Int64(articleText), number > 0,
                BreakingDraft.canLink(to: try await store.article(id: ArticleID(number)))
            {
                articleID = ArticleID(number)
            } else {
                problems["article"] = Self.noSuchStory
            }
        }
        let draft = BreakingDraft(text: text, articleID: articleID, minutes: minutes == 0 ? nil : minutes)
        do {
            try draft.validate()
        } catch {
            for problem in error.problems { problems[problem.field] = problem.arabicText }
        }
        let refused = { (problems: [String: String]) in
            try await page(
                session, text: text, articleID: articleText, lasting: lasting, problems: problems,
                notice: .problem("لم يُنشر السطر: صحّح ما هو مبيّن بجانب الحقول."), status: .badRequest
            )
        }
        guard problems.isEmpty else { return try await refused(problems) }
        let now = Date()
        do {
            _ = try await store.postBreakingItem(
                text: draft.trimmedText, articleID: draft.articleID, startsAt: now, expiresAt: draft.expiry(from: now),
                by: session.account.id
            )
        } catch StoreError.articleNotFound {
            return try await refused(["article": Self.noSuchStory])
        }
        return NewsroomPages.redirect(to: "/newsroom/breaking?done=posted")
    }

    private static let noSuchStory = "لا يوجد خبر منشور بهذا الرقم."

    @Sendable func end(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .postBreakingNews)
        guard let id = Int64(try context.pathSegment("id")),
            try await store.endBreakingItem(id: id, at: Date(), by: session.account.id)
        else {
            throw ReaderError.notFound
        }
        return NewsroomPages.redirect(to: "/newsroom/breaking?done=ended")
    }

    private func page(
        _ session: NewsroomSession, text: String, articleID: String, lasting: String, problems: [String: String],
        notice: NewsroomForm.Notice?, status: HTTPResponse.Status
    ) async throws -> Response {
        let now = Date()
        let chrome = try await store.newsroomChrome(at: now)
        let dates = NewsDateFormatter.forSite(chrome.settings)
        let model = BreakingPage.Model(
            frame: pages.frame("عاجل", session: session),
            formToken: session.formToken,
            text: text, articleID: articleID, lasting: lasting, problems: problems, notice: notice,
            live: chrome.breaking.map { item in
                BreakingPage.LiveLine(
                    text: item.text,
                    until: item.expiresAt.map { "حتى " + dates.time($0) } ?? "حتى إنهائه",
                    endAction: "/newsroom/breaking/\(item.id)/end"
                )
            }
        )
        return NewsroomPages.page(BreakingPage.render(model), status: status)
    }
}

extension InvalidBreakingItem.Problem {
    /// The desk's field this problem belongs beside.
    fileprivate var field: String {
        switch self {
        case .textMissing, .textTooLong: "text"
        case .durationOutOfRange: "lasting"
        }
    }

    fileprivate var arabicText: String {
        switch self {
        case .textMissing: "اكتب نص السطر."
        case .textTooLong(let limit): "النص أطول من \(limit) حرف."
        case .durationOutOfRange: "اختر مدة من القائمة."
        }
    }
}
