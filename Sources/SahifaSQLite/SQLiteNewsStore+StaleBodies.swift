import GRDB
import SahifaCore
import SahifaStore

/// Bodies rendered again after the renderer changed (`StaleBodies`), on SQLite.
extension SQLiteNewsStore {
    public func renderStaleBodies(limit: Int) async throws -> Int {
        try await write { db in
            let queued = try db.rows(StaleBodies.next, arguments: [limit]) { (try $0.text(0), try $0.int64(1)) }
            var changed: Set<PageDependency> = []
            for (name, id) in queued {
                try db.run(StaleBodies.take, arguments: [name, id])
                guard let owner = StaleBodies.Owner(rawValue: name),
                    let markdown = try db.firstRow(owner.markdown, arguments: [id], { try $0.text(0) })
                else { continue }
                let found = try Self.pictures(StaleBodies.pictures(in: markdown), in: db)
                if let html = StaleBodies.html(of: markdown, found: found),
                    try db.changedAny(owner.save, arguments: [html, id, html])
                {
                    changed.insert(owner.dependency(id))
                }
            }
            return (queued.count, NewsChange(changed))
        }
    }
}
