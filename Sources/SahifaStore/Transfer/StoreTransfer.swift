import Foundation
import Logging

/// Copies a whole newsroom from one store to another (SQLite to PostgreSQL, PostgreSQL to
/// SQLite, or between two of a kind) for `sahifa migrate-data`, then checks the copy.
///
/// Rows are read in key order and written a batch per transaction, so an interrupted copy
/// keeps what it committed; told to resume, the next run starts each table after the last
/// key the target holds and skips any row already there, so nothing is written twice. The
/// automatic related news, which the target works out again in its own way, is copied
/// afresh on a resume instead. The search index and the related-news queue are not copied:
/// after the copy the target's own `reindex(progress:)` and `refreshRelatedNews(limit:)`
/// build them.
public struct StoreTransfer: Sendable {
    /// The two stores as messages name them (no passwords).
    public let source: String
    public let target: String
    private let from: any TransferEndpoint
    private let to: any TransferEndpoint
    private let tables = TransferTable.newsroom

    /// A copy between two opened stores, once each schema is brought up to date with its own
    /// migrations (`StoreTransfer.open(from:to:logger:)` opens them by location).
    /// - Throws: `StoreError.schemaTooNew`; the databases' errors. Both stores are closed then.
    package static func migrating(source: String, target: String, from: any TransferEndpoint, to: any TransferEndpoint)
        async throws -> StoreTransfer
    {
        let transfer = StoreTransfer(source: source, target: target, from: from, to: to)
        do {
            try await from.store.migrate()
            try await to.store.migrate()
        } catch {
            transfer.close()
            throw error
        }
        return transfer
    }

    /// The store copied into, for rebuilding its search index and related news.
    public var targetStore: any NewsStore { to.store }

    /// Copies every table, a batch of `batchSize` rows per transaction.
    /// - Parameter resuming: continue a copy into this target that was interrupted; without
    ///   it a target that already holds articles, sections or accounts is refused.
    /// - Throws: `StoreTransferError.targetHoldsNewsroom`; `unexpectedValue`; the databases'
    ///   own errors, after which the batches committed so far stay.
    public func copy(batchSize: Int, resuming: Bool, progress: @Sendable (TransferProgress) -> Void) async throws {
        try await copy(batchSize: batchSize, resuming: resuming, batchLimit: .max, progress: progress)
    }

    /// `copy` that stops after `batchLimit` batches, as an interruption would; for tests.
    package func copy(batchSize: Int, resuming: Bool, batchLimit: Int, progress: @Sendable (TransferProgress) -> Void)
        async throws
    {
        if !resuming, try await to.holdsNewsroom() {
            throw StoreTransferError.targetHoldsNewsroom(location: target)
        }
        var total = 0
        for table in tables { total += try await from.count(of: table) }
        var done = 0
        if resuming {
            for table in tables where !table.isWorkedOutAgain { done += try await to.count(of: table) }
        }
        var batchesLeft = batchLimit
        for table in tables {
            progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
            var key: [TransferValue]?
            if resuming, table.isWorkedOutAgain {
                try await to.removeRows(of: table)
            } else if resuming {
                key = try await to.lastKey(of: table)
            }
            while batchesLeft > 0 {
                let batch = try await from.rows(of: table, after: key, limit: batchSize)
                guard let last = batch.last else { break }
                try await to.insert(batch, into: table)
                batchesLeft -= 1
                done += batch.count
                progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
                if batch.count < batchSize { break }
                key = Array(last.prefix(table.key.count))
            }
        }
        guard batchesLeft > 0 else { return }
        try await to.numberNewRowsAfterCopy(of: tables)
    }

    /// Counts and checksums every table on both sides, reading `batchSize` rows at a time.
    public func verify(batchSize: Int, progress: @Sendable (TransferProgress) -> Void) async throws
        -> [TableComparison]
    {
        var total = 0
        for table in tables { total += try await from.count(of: table) + to.count(of: table) }
        var done = 0
        var comparisons: [TableComparison] = []
        for table in tables {
            let report = { (rows: Int) in
                done += rows
                progress(TransferProgress(table: table.name, rowsDone: done, rowsTotal: total))
            }
            let source = try await TableTally.take(of: table, from: from, batchSize: batchSize, read: report)
            let target = try await TableTally.take(of: table, from: to, batchSize: batchSize, read: report)
            comparisons.append(TableComparison(table: table.name, source: source, target: target))
        }
        return comparisons
    }

    /// Ends both stores' connections; the transfer cannot be used afterwards.
    public func close() {
        from.close()
        to.close()
    }
}
