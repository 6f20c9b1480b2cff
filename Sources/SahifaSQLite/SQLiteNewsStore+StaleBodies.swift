import GRDB
import SahifaCore
import SahifaStore

/// Bodies rendered again after the renderer changed (`StaleBodies`), on SQLite.
extension SQLiteNewsStore {
    public func renderStaleBodies(limit: Int) async throws -> Int {
        try await write { db in
            let queued = try db.rows(StaleBodies.next, arguments: [limit]) {
                (try $0.text(0), try $0.int64(1), try $0.optionalText(2))
            }
            var changed: Set<PageDependency> = []
            for (owner, id, markdown) in queued {
                try db.run(StaleBodies.take, arguments: [owner, id])
                guard let body = StaleBodies.Body(owner: owner, id: id, markdown: markdown) else { continue }
                if let html = body.html(found: try Self.pictures(body.pictures, in: db)),
                    try db.changedAny(body.owner.save, arguments: [html, id, html])
                {
                    changed.insert(body.owner.dependency(id))
                }
            }
            return (queued.count, NewsChange(changed))
        }
    }
}
