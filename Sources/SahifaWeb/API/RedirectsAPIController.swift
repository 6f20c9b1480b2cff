import Foundation
import Hummingbird
import SahifaCore
import SahifaStore

/// API v1's redirect manager, for an admin's token with the `write` scope: list and search the
/// redirects from old addresses, add one, remove one, with the newsroom page's rules.
struct RedirectsAPIController {
    let store: any NewsroomStore & AccountStore

    var auth: APIAuthentication { APIAuthentication(store: store) }

    struct Input: Decodable {
        var from: String
        var to: String
    }

    struct Output: Encodable {
        var id: Int64
        var from: String
        var to: String
        var origin: String
        var hits: Int
        var createdAt: String

        init(_ redirect: Redirect) {
            id = redirect.id
            from = redirect.from
            to = redirect.to
            origin = redirect.origin
            hits = redirect.hits
            createdAt = APIModels.timestamp(redirect.createdAt)
        }

        enum CodingKeys: String, CodingKey {
            case id, from, to, origin, hits
            case createdAt = "created_at"
        }
    }

    struct Listing: Encodable {
        var total: Int
        var results: [Output]
    }

    func addRoutes(to router: Router<SahifaRequestContext>) {
        router.get("api/v1/redirects", use: list)
        router.post("api/v1/redirects", use: add)
        router.delete("api/v1/redirects/:id", use: remove)
    }

    @Sendable func list(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        try await admin(request, needing: .read)
        let query = try request.readerQuery()
        let found = try await store.redirects(matching: query["q"] ?? "", page: try query.page(size: 100))
        return try .json(Listing(total: found.totalCount, results: found.items.map(Output.init)))
    }

    @Sendable func add(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let account = try await admin(request, needing: .write)
        let input = try await APIBody.decode(Input.self, from: request)
        let added = try await store.addRedirect(RedirectDraft(from: input.from, to: input.to), at: Date(), by: account)
        return try .json(Output(added), status: .created)
    }

    @Sendable func remove(_ request: Request, context: SahifaRequestContext) async throws -> Response {
        let account = try await admin(request, needing: .write)
        guard let id = Int64(try context.pathSegment("id")),
            try await store.removeRedirect(id: id, at: Date(), by: account)
        else { throw ReaderError.notFound }
        return Response(status: .noContent)
    }

    @discardableResult
    private func admin(_ request: Request, needing scope: TokenScope) async throws -> AccountID {
        let holder = try await auth.holder(request, needing: scope)
        guard holder.account.may(.manageAccounts) else { throw NewsroomError.notAllowed }
        return holder.account.id
    }
}
