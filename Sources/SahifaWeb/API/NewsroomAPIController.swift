import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// API v1 for newsroom integrations, with bearer tokens: create, read, update and list
/// articles, move them through the workflow, upload pictures, post and end breaking news.
/// Each call needs one scope; the token's account role is then checked as on the pages.
struct NewsroomAPIController {
    let store: any NewsStore
    let library: any MediaLibrary
    let renditions: PictureRenditions
    let publicURL: String
    let uploadLimit: Int
    let pictureMaxPixels: Int

    var auth: APIAuthentication { APIAuthentication(store: store) }

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.post("api/v1/articles", use: create)
        router.get("api/v1/articles/:id", use: get)
        router.put("api/v1/articles/:id", use: update)
        router.post("api/v1/articles/:id/status", use: changeStatus)
        router.post("api/v1/media", use: upload)
        router.put("api/v1/media/:hash/focus", use: focus)
        router.post("api/v1/breaking", use: postBreaking)
        router.delete("api/v1/breaking/:id", use: endBreaking)
    }

    /// `GET /api/v1/articles` with a token and no `source_id`: articles in any status.
    func list(_ request: Request) async throws -> Response {
        _ = try await auth.holder(request, needing: .read)
        let query = try request.readerQuery()
        let (page, status) = try Self.checkListParameters(query)
        let found = try await store.newsroomArticles(
            ArticleFilter(status: status, sectionSlug: query["section"]), page: page)
        return try .json(
            NewsroomAPIModels.Lines(
                total: found.totalCount,
                results: found.items.map {
                    .init(
                        id: $0.id.rawValue, headline: $0.headline, status: $0.status.rawValue, section: $0.sectionName,
                        updatedAt: APIModels.timestamp($0.updatedAt)
                    )
                }
            )
        )
    }

    /// `page` and `status` of `GET /api/v1/articles`, checked whichever way it answers.
    @discardableResult
    static func checkListParameters(_ query: QueryParameters) throws -> (PageRequest, ArticleStatus?) {
        let page = try query.page(size: 50)
        guard let text = query["status"] else { return (page, nil) }
        guard let known = ArticleStatus(rawValue: text) else {
            throw APIError.invalidParameter(
                "status", expected: "one of draft, inReview, scheduled, published, unpublished")
        }
        return (page, known)
    }

    @Sendable func create(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .write)
        guard holder.account.may(.writeDrafts) else { throw NewsroomError.notAllowed }
        let input = try await APIBody.decode(NewsroomAPIModels.ArticleInput.self, from: request)
        let article = try await store.createArticle(input.draft, at: Date(), by: holder.account.id)
        return try .json(NewsroomAPIModels.Article(article, publicURL: publicURL), status: .created)
    }

    @Sendable func get(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        _ = try await auth.holder(request, needing: .read)
        return try .json(NewsroomAPIModels.Article(try await load(context), publicURL: publicURL))
    }

    @Sendable func update(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .write)
        let article = try await load(context)
        guard holder.account.mayEdit(article) else { throw NewsroomError.notAllowed }
        let input = try await APIBody.decode(NewsroomAPIModels.ArticleInput.self, from: request)
        guard let revision = input.revision else { throw APIError.missingParameter("revision") }
        let saved = try await store.updateArticle(
            id: article.id, with: input.draft, at: Date(), expectedRevision: revision, by: holder.account.id
        )
        return try .json(NewsroomAPIModels.Article(saved, publicURL: publicURL))
    }

    @Sendable func changeStatus(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let input = try await APIBody.decode(NewsroomAPIModels.StatusChange.self, from: request)
        guard let move = WorkflowMove(rawValue: input.move) else {
            throw APIError.invalidParameter("move", expected: "one of submit, schedule, publish, unpublish")
        }
        let holder = try await auth.holder(request, needing: move == .submitForReview ? .write : .publish)
        let article = try await load(context)
        try holder.account.authorize(move, on: article)
        let now = Date()
        let moved = try await store.make(move, on: article, publishAt: input.publishAt, at: now, by: holder.account.id)
        return try .json(NewsroomAPIModels.Article(moved, publicURL: publicURL))
    }

    @Sendable func upload(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .write)
        guard holder.account.may(.uploadMedia) else { throw NewsroomError.notAllowed }
        let query = try request.readerQuery()
        var request = request
        let upload = PictureUpload(
            bytes: Array(buffer: try await request.collectBody(upTo: uploadLimit)), alt: query["alt"] ?? "",
            caption: query["caption"] ?? "", credit: query["credit"] ?? "", maxPixels: pictureMaxPixels
        )
        let asset: MediaAsset
        do {
            asset = try await upload.keep(in: library, store: store, at: Date(), by: holder.account.id)
            renditions.makeAll(of: asset, logger: context.logger)
        } catch let problem as PictureUpload.Problem {
            switch problem {
            case .noFile, .notAPicture: throw APIError.unsupportedPicture
            case .damaged: throw APIError.damagedPicture
            case .hiddenData: throw APIError.hiddenDataInPicture
            case .altMissing: throw APIError.missingParameter("alt")
            case .tooManyPixels(let width, let height, let limit):
                throw APIError.tooManyPixels(width: width, height: height, limit: limit)
            }
        }
        return try .json(
            NewsroomAPIModels.Picture(
                hash: asset.hash, url: publicURL + asset.source.readerPath,
                kind: asset.kind.rawValue, width: asset.width, height: asset.height
            ),
            status: .created
        )
    }

    /// `PUT /api/v1/media/{hash}/focus`: where the picture's subject is, for every crop or for
    /// one shape, or back to the attention crop with `reset`; the same rule as the media
    /// library's page (`PictureFocus.setting`).
    @Sendable func focus(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .write)
        guard holder.account.may(.uploadMedia) else { throw NewsroomError.notAllowed }
        let hash = try context.pathSegment("hash")
        let input = try await APIBody.decode(NewsroomAPIModels.FocusInput.self, from: request)
        let shape = input.shape.flatMap { $0 == "all" ? nil : CropShape(rawValue: $0) }
        guard input.shape == nil || input.shape == "all" || shape.map(CropShape.adjustable.contains) == true else {
            throw APIError.invalidParameter("shape", expected: "all, 16x9, 4x3, 1x1 or 40x21")
        }
        var point: FocalPoint?
        if input.reset != true {
            guard let x = input.x else { throw APIError.missingParameter("x") }
            guard let y = input.y else { throw APIError.missingParameter("y") }
            guard let given = FocalPoint(x: x, y: y) else {
                throw APIError.invalidParameter("x and y", expected: "fractions from 0 to 1, from the top left")
            }
            point = given
        }
        guard hash.utf8.count == 64, let picture = try await store.picture(hash: hash),
            let focused = try await store.focusPicture(
                hash: hash, picture.focus.setting(point, for: shape), at: Date(), by: holder.account.id)
        else { throw APIError.pictureNotFound }
        return try .json(
            NewsroomAPIModels.Picture(
                hash: focused.hash, url: publicURL + focused.source.readerPath, kind: focused.kind.rawValue,
                width: focused.width, height: focused.height))
    }

    @Sendable func postBreaking(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .publish)
        guard holder.account.may(.postBreakingNews) else { throw NewsroomError.notAllowed }
        let input = try await APIBody.decode(NewsroomAPIModels.BreakingInput.self, from: request)
        let draft = BreakingDraft(
            text: input.text, articleID: input.articleID.map(ArticleID.init), minutes: input.minutes)
        try draft.validate()
        let now = Date()
        let item = try await store.postBreakingItem(
            text: draft.trimmedText, articleID: draft.articleID, startsAt: now, expiresAt: draft.expiry(from: now),
            by: holder.account.id
        )
        return try .json(
            NewsroomAPIModels.Breaking(
                id: item.id, text: item.text, startsAt: APIModels.timestamp(item.startsAt),
                expiresAt: .init(value: item.expiresAt.map(APIModels.timestamp))
            ),
            status: .created
        )
    }

    @Sendable func endBreaking(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let holder = try await auth.holder(request, needing: .publish)
        guard holder.account.may(.postBreakingNews) else { throw NewsroomError.notAllowed }
        guard let id = Int64(try context.pathSegment("id")),
            try await store.endBreakingItem(id: id, at: Date(), by: holder.account.id)
        else { throw APIError.breakingItemNotFound }
        return Response(status: .noContent)
    }

    private func load(_ context: SahifaRequestContext) async throws -> Article {
        guard let number = Int64(try context.pathSegment("id")), number > 0 else {
            throw APIError.invalidParameter("id", expected: "an article id, a whole number from 1")
        }
        guard let article = try await store.article(id: ArticleID(number)) else {
            throw StoreError.articleNotFound(ArticleID(number))
        }
        return article
    }
}
