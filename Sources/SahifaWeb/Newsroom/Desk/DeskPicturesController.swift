import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/desk/pictures`: the editor's picture dialog and the pictures dropped or pasted
/// into a body. A file sent without alt text is checked by `PictureUpload`'s rules and held
/// (`HeldUploads`) while the member is asked for it, with the caption and credit its file
/// carries offered; the same rules and the same refusals as the media library's page.
struct DeskPicturesController {
    let store: any NewsroomStore & ReaderStore
    let library: any MediaLibrary
    let renditions: PictureRenditions
    let held: HeldUploads
    let pages: NewsroomPages
    let uploadLimit: Int
    let pictureMaxPixels: Int

    /// The most pictures one answer lists.
    static let listLimit = 60

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get(DeskAnswer.path("pictures"), use: list)
        router.post(DeskAnswer.path("pictures"), use: upload)
    }

    /// `?q=` searches alt text, caption and credit, newest first; `?hashes=a,b` names pictures.
    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try pages.requireSession(request, context)
        let query = try request.readerQuery()
        let found: [MediaAsset]
        if let hashes = query["hashes"] {
            var named: [MediaAsset] = []
            for hash in Set(hashes.split(separator: ",").prefix(Self.listLimit).map(String.init)).sorted() {
                if let picture = try await store.picture(hash: hash) { named.append(picture) }
            }
            found = named
        } else {
            found = try await store.pictures(matching: query["q"] ?? "", limit: Self.listLimit)
        }
        return try DeskAnswer.json(DeskModels.Pictures(pictures: found.map(DeskModels.Picture.init)))
    }

    @Sendable func upload(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .uploadMedia)
        let fields = context.upload.map { Fields.multipart($0) } ?? Fields.form(context.form ?? QueryParameters.empty)
        let alt = fields["alt"] ?? ""
        let caption = fields["caption"] ?? ""
        let credit = fields["credit"] ?? ""
        let bytes: [UInt8]
        if let token = fields["held"], !token.isEmpty {
            // Asked before the hold is claimed, so a second try still finds the picture there.
            guard !alt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                let refusal = PictureRefusal(.altMissing(caption: caption, credit: credit, width: 0, height: 0))
                return try DeskAnswer.refusal(
                    refusal.status, code: refusal.code, message: refusal.message, field: refusal.field)
            }
            guard let picture = held.claim(token, by: session.account.id, at: Date()) else {
                return try DeskAnswer.refusal(
                    .gone, code: "held_upload_gone",
                    message: "انتهت مدة انتظار الصورة على الخادم، فأرسلها من جديد.", field: "file")
            }
            bytes = picture.bytes
        } else {
            bytes = context.upload?.file("file")?.bytes ?? []
        }
        guard bytes.count <= uploadLimit else {
            return try DeskAnswer.refusal(
                .contentTooLarge, code: "too_large",
                message: "الملف أكبر من \(uploadLimit / (1024 * 1024)) ميغابايت، أكبر ما تقبله المكتبة.", field: "file")
        }
        let upload = PictureUpload(
            bytes: bytes, alt: alt, caption: caption, credit: credit, maxPixels: pictureMaxPixels)
        do {
            let kept = try await upload.keep(in: library, store: store, at: Date(), by: session.account.id)
            renditions.makeAll(of: kept, logger: context.logger)
            return try DeskAnswer.json(DeskModels.Kept(picture: DeskModels.Picture(kept)), status: .created)
        } catch PictureUpload.Problem.altMissing(let caption, let credit, let width, let height)
            where fields["held"] == nil
        {
            let token = held.hold(HeldUploads.Held(account: session.account.id, bytes: bytes, since: Date()))
            return try DeskAnswer.json(
                DeskModels.Held(held: token, caption: caption, credit: credit, width: width, height: height),
                status: .accepted)
        } catch let problem as PictureUpload.Problem {
            let refusal = PictureRefusal(problem)
            return try DeskAnswer.refusal(
                refusal.status, code: refusal.code, message: refusal.message, field: refusal.field)
        }
    }

    /// A post's fields, sent as a multipart form (with the file) or a plain one (claiming a hold).
    private enum Fields {
        case multipart(MultipartForm)
        case form(QueryParameters)

        subscript(name: String) -> String? {
            switch self {
            case .multipart(let form): form[name]
            case .form(let form): form[name]
            }
        }
    }
}
