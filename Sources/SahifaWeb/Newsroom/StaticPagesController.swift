import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/admin/pages`: static pages and the footer menu's order, for admins.
struct StaticPagesController {
    let store: any NewsroomStore
    let pages: NewsroomPages

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/admin/pages", use: list)
        router.post("newsroom/admin/pages", use: save)
        router.get("newsroom/admin/pages/:id", use: edit)
        router.post("newsroom/admin/pages/:id", use: save)
    }

    static let empty = StaticPageDraft(slug: "", title: "", bodyMarkdown: "", isPublished: true, menuPosition: nil)

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageSiteSettings)
        let notice: NewsroomForm.Notice? = (try? request.readerQuery()["done"]) == "1" ? .done("حُفظت الصفحة.") : nil
        return try await page(session, editing: nil, typed: Self.empty, notice: notice, problems: [:], status: .ok)
    }

    @Sendable func edit(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageSiteSettings)
        guard let id = Int64(try context.pathSegment("id")),
            let saved = try await store.staticPages().first(where: { $0.id == id })
        else { throw ReaderError.notFound }
        let typed = StaticPageDraft(
            slug: saved.slug, title: saved.title, bodyMarkdown: saved.body.markdown, isPublished: saved.isPublished,
            menuPosition: saved.menuPosition)
        return try await page(session, editing: id, typed: typed, notice: nil, problems: [:], status: .ok)
    }

    @Sendable func save(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .manageSiteSettings)
        let id = context.parameters.get("id").flatMap { Int64($0) }
        let form = context.form ?? QueryParameters.empty
        let position = (form["menu_position"] ?? "").trimmingCharacters(in: .whitespaces)
        let typed = StaticPageDraft(
            slug: form["slug"] ?? "", title: form["title"] ?? "", bodyMarkdown: form["body"] ?? "",
            isPublished: form["published"] == "1", menuPosition: position.isEmpty ? nil : Int(position) ?? 0)
        do {
            guard try await store.saveStaticPage(id: id, typed, at: Date()) != nil else { throw ReaderError.notFound }
        } catch let invalid as InvalidStaticPage {
            return try await page(
                session, editing: id, typed: typed, notice: .problem("لم تُحفظ الصفحة: صحّح ما هو مبيّن بجانب الحقول."),
                problems: Self.text(invalid.problems), status: .badRequest)
        }
        return NewsroomPages.redirect(to: "/newsroom/admin/pages?done=1")
    }

    private static func text(_ problems: [InvalidStaticPage.Problem]) -> [String: String] {
        var text: [String: String] = [:]
        for problem in problems {
            switch problem {
            case .titleMissing: text["title"] = "اكتب عنوان الصفحة."
            case .titleTooLong(let limit): text["title"] = "العنوان أطول من \(limit) حرفاً."
            case .slugInvalid: text["slug"] = "استعمل حروفاً وأرقاماً وشرطات فقط."
            case .slugTaken: text["slug"] = "لصفحة أخرى هذا الرابط."
            case .bodyInvalid(let reason): text["body"] = "تعذّرت قراءة النص: \(reason)"
            case .unknownPicture(let hash): text["body"] = "لا توجد في مكتبة الوسائط صورة \(hash)."
            case .menuPositionOutOfRange: text["menu_position"] = "اكتب رقماً من 1 إلى 1000، أو اتركه فارغاً."
            }
        }
        return text
    }

    private func page(
        _ session: NewsroomSession, editing: Int64?, typed: StaticPageDraft, notice: NewsroomForm.Notice?,
        problems: [String: String], status: HTTPResponse.Status
    ) async throws -> Response {
        let model = StaticPagesPage.Model(
            page: AdminPages.Frame(
                frame: pages.frame("الصفحات الثابتة", session: session), formToken: session.formToken, notice: notice,
                problems: problems),
            pages: try await store.staticPages(), editing: editing, typed: typed)
        return NewsroomPages.page(StaticPagesPage.render(model), status: status)
    }
}
