import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// `/newsroom/media/{hash}`: where the picture's subject is. A click on the picture sets the
/// point for every crop or for the shape chosen beside it; "reset" gives that choice back to
/// the attention crop. Every page showing the picture changes with it.
struct PictureFocusController {
    let store: any NewsStore
    let pages: NewsroomPages

    /// The picture is shown this wide at most, at its own pixels, so a click needs no scaling.
    static let shownWidth = 640

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("newsroom/media/:hash", use: show)
        router.post("newsroom/media/:hash/focus", use: focus)
    }

    @Sendable func show(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .uploadMedia)
        let picture = try await picture(context)
        let notice: NewsroomForm.Notice? =
            try request.readerQuery()["done"] == "focused"
            ? .done("حُفظ موضع الموضوع، وتغيّرت القصّات في كل الصفحات.") : nil
        let model = PictureFocusPage.Model(
            frame: pages.frame("موضع الموضوع", session: session), formToken: session.formToken,
            source: picture.source, alt: picture.alt, shown: Self.shown(picture.source), notice: notice)
        return NewsroomPages.page(PictureFocusPage.render(model))
    }

    @Sendable func focus(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let session = try pages.requireSession(request, context, may: .uploadMedia)
        let picture = try await picture(context)
        guard let form = context.form else { throw ReaderError.malformedRequest(reason: "a form is sent") }
        let shapeText = form["shape"] ?? "all"
        let shape = CropShape(rawValue: shapeText)
        guard shapeText == "all" || shape.map(CropShape.adjustable.contains) == true else {
            throw ReaderError.malformedRequest(reason: "shape is all or one of 16x9, 4x3, 1x1, 40x21")
        }
        let point: FocalPoint?
        if form["reset"] != nil {
            point = nil
        } else {
            let shown = Self.shown(picture.source)
            guard let x = form["point.x"].flatMap({ Int($0) }), let y = form["point.y"].flatMap({ Int($0) }),
                let clicked = FocalPoint(clickedAt: x, y, onWidth: shown.width, height: shown.height)
            else { throw ReaderError.malformedRequest(reason: "point.x and point.y are a click on the picture") }
            point = clicked
        }
        _ = try await store.focusPicture(
            hash: picture.hash, picture.focus.setting(point, for: shape), at: Date(), by: session.account.id)
        return NewsroomPages.redirect(to: "/newsroom/media/\(picture.hash)?done=focused")
    }

    private func picture(_ context: SahifaRequestContext) async throws -> MediaAsset {
        let hash = try context.pathSegment("hash")
        guard hash.utf8.count == 64, let picture = try await store.picture(hash: hash), !picture.source.isShownAsStored
        else { throw ReaderError.notFound }
        return picture
    }

    private static func shown(_ source: PictureSource) -> (path: String, width: Int, height: Int) {
        let widths = RenditionSet.widths(for: .original, width: source.width, height: source.height)
        let width = widths.last(where: { $0 <= shownWidth }) ?? widths[0]
        let request = RenditionRequest(width: width, shape: .original, format: .jpeg)
        let size = request.size(ofPictureWidth: source.width, height: source.height)
        return (source.renditionPath(request), size.width, size.height)
    }
}
