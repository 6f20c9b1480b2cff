/// A backup schedule refused, with every problem found.
public struct InvalidBackupSchedule: Error, Sendable, Hashable {
    public var problems: [BackupSchedule.Problem]

    public init(problems: [BackupSchedule.Problem]) {
        self.problems = problems
    }
}

extension BackupSchedule {
    /// - Throws: `InvalidBackupSchedule`.
    public func validate() throws {
        let problems = problems()
        if !problems.isEmpty { throw InvalidBackupSchedule(problems: problems) }
    }
}
