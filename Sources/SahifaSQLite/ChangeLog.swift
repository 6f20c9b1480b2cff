import Foundation
import GRDB
import SahifaCore
import SahifaStore

/// Records a change in `page_changes` (`ChangeLogStatements`) inside the write that made it.
enum ChangeLog {
    static func record(_ change: NewsChange, at date: Date, in db: Database) throws -> Int64 {
        try db.run(ChangeLogStatements.forgetOld, arguments: ChangeLogStatements.forgetting(before: date))
        return try db.insertedID(ChangeLogStatements.record, arguments: ChangeLogStatements.recording(change, at: date))
    }
}
