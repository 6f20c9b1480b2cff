import SahifaCore
import SahifaStore

/// Bodies rendered again after the renderer changed (`StaleBodies`), on PostgreSQL.
extension PostgresNewsStore {
    public func renderStaleBodies(limit: Int) async throws -> Int {
        try await write { db in
            let queued = try await db.rows(StaleBodies.next, [limit]) {
                (try $0.text(0), try $0.int64(1), try $0.optionalText(2))
            }
            var changed: Set<PageDependency> = []
            for (owner, id, markdown) in queued {
                try await db.run(StaleBodies.take, [owner, id])
                guard let body = StaleBodies.Body(owner: owner, id: id, markdown: markdown) else { continue }
                if let html = body.html(found: try await Self.pictures(body.pictures, in: db)),
                    try await db.changedAny(body.owner.save, [html, id, html])
                {
                    changed.insert(body.owner.dependency(id))
                }
            }
            return (queued.count, NewsChange(changed))
        }
    }
}
