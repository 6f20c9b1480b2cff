import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/media`: uploading pictures to the media library, by `PictureUpload`'s rules: a
/// JPEG, PNG, WebP, GIF, HEIC or AVIF by its bytes (415 otherwise, whatever its name says),
/// within the size and pixel limits (413), whole and hiding nothing (422), and with alt text;
/// its size, and an empty caption or credit, come from the file itself.
struct MediaLibraryController {
    let store: any NewsroomStore
    let library: any MediaLibrary
    let renditions: PictureRenditions
    let pages: NewsroomPages
    let uploadLimit: Int
    let pictureMaxPixels: Int

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/media", use: list)
        router.post("newsroom/media", use: upload)
        router.get("newsroom/media/original/:file", use: original)
    }

    /// The file as it was uploaded, metadata and all: for the newsroom only, never cached by
    /// anything shared.
    @Sendable func original(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try pages.requireSession(request, context, may: .uploadMedia)
        guard let file = MediaFileName(try context.pathSegment("file")),
            let bytes = try library.contents(ofFileNamed: file.name)
        else { throw ReaderError.notFound }
        return MediaController.stored(bytes, file, request: request, cacheControl: "no-store")
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .uploadMedia)
        let notice: NewsroomForm.Notice? =
            try request.readerQuery()["done"] == "uploaded" ? .done("أضيفت الصورة إلى المكتبة.") : nil
        return try await page(session, alt: "", caption: "", credit: "", problems: [:], notice: notice, status: .ok)
    }

    @Sendable func upload(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .uploadMedia)
        guard let form = context.upload else {
            throw ReaderError.malformedRequest(reason: "a picture is sent as multipart/form-data")
        }
        let file = form.file("file")?.bytes ?? []
        guard file.count <= uploadLimit else { throw HTTPError(.contentTooLarge) }
        let upload = PictureUpload(
            bytes: file, alt: form["alt"] ?? "", caption: form["caption"] ?? "", credit: form["credit"] ?? "",
            maxPixels: pictureMaxPixels)
        do {
            let kept = try await upload.keep(in: library, store: store, at: Date(), by: session.account.id)
            renditions.makeAll(of: kept, logger: context.logger)
        } catch let problem as PictureUpload.Problem {
            // A browser never sends a file field back, so the file is chosen again; the caption
            // and credit the file carried are shown for the second try.
            var (caption, credit) = (upload.caption, upload.credit)
            if case .altMissing(let fromFile, let creditFromFile, _, _) = problem {
                (caption, credit) = (fromFile, creditFromFile)
            }
            let refusal = PictureRefusal(problem)
            var text = refusal.message
            if case .altMissing = problem {
                // A browser never sends a file back: this page asks for it again.
                text = "اكتب وصفاً للصورة لمن لا يراها، ثم أعد اختيار الملف."
                if caption != upload.caption || credit != upload.credit {
                    text += " ملأنا التعليق والمصدر مما كتبته الوكالة في الملف."
                }
            }
            return try await page(
                session, alt: upload.alt, caption: caption, credit: credit, problems: [refusal.field: text],
                notice: .problem("لم تُرفع الصورة: صحّح ما هو مبيّن بجانب الحقول."), status: refusal.status
            )
        }
        return NewsroomPages.redirect(to: "/newsroom/media?done=uploaded")
    }

    private func page(
        _ session: NewsroomSession, alt: String, caption: String, credit: String, problems: [String: String],
        notice: NewsroomForm.Notice?, status: HTTPResponse.Status
    ) async throws -> Response {
        let pictures = try await store.editorChoices().pictures
        let model = MediaPage.Model(
            frame: pages.frame("مكتبة الوسائط", session: session),
            formToken: session.formToken,
            alt: alt, caption: caption, credit: credit, problems: problems, notice: notice,
            limitText: "حتى \(uploadLimit / (1024 * 1024)) ميغابايت",
            pictures: pictures.map {
                MediaPage.Picture(source: $0.source, alt: $0.alt, caption: $0.caption)
            }
        )
        return NewsroomPages.page(MediaPage.render(model), status: status)
    }
}
