import SahifaCore
import SahifaStore

/// Bodies rendered again after the renderer changed (`StaleBodies`), on PostgreSQL.
extension PostgresNewsStore {
    public func renderStaleBodies(limit: Int) async throws -> Int {
        try await write { db in
            let queued = try await db.rows(StaleBodies.next, [limit]) { (try $0.text(0), try $0.int64(1)) }
            var changed: Set<PageDependency> = []
            for (name, id) in queued {
                try await db.run(StaleBodies.take, [name, id])
                guard let owner = StaleBodies.Owner(rawValue: name),
                    let markdown = try await db.firstRow(owner.markdown, [id], { try $0.text(0) })
                else { continue }
                let found = try await Self.pictures(StaleBodies.pictures(in: markdown), in: db)
                if let html = StaleBodies.html(of: markdown, found: found),
                    try await db.changedAny(owner.save, [html, id, html])
                {
                    changed.insert(owner.dependency(id))
                }
            }
            return (queued.count, NewsChange(changed))
        }
    }
}
