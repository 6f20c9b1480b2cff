/// When the server backs the site up by itself: once a day at a time on the newsroom's clock,
/// into a folder on the server, keeping the newest few backups there.
public struct BackupSchedule: Sendable, Hashable {
    /// Minutes after midnight on the newsroom's clock (`SiteSettings.timeZoneIdentifier`).
    public var timeOfDay: Int
    /// An absolute path on the server (or on storage every instance shares).
    public var folder: String
    /// How many of the newest scheduled backups stay in the folder; older ones are removed.
    public var keep: Int

    public static let keepRange = 1...365

    public init(timeOfDay: Int, folder: String, keep: Int) {
        self.timeOfDay = timeOfDay
        self.folder = folder
        self.keep = keep
    }

    public enum Problem: Sendable, Hashable {
        case timeOfDay
        case folderNotAbsolute
        case keep
    }

    public func problems() -> [Problem] {
        var problems: [Problem] = []
        if !(0..<1_440).contains(timeOfDay) { problems.append(.timeOfDay) }
        if !folder.hasPrefix("/") || folder.split(separator: "/").contains("..") {
            problems.append(.folderNotAbsolute)
        }
        if !Self.keepRange.contains(keep) { problems.append(.keep) }
        return problems
    }

    /// "03:30", as a time field shows it.
    public var timeText: String {
        let hours = timeOfDay / 60
        let minutes = timeOfDay % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }

    /// Minutes after midnight from "HH:MM", or nil.
    public static func minutes(fromText text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let hours = Int(parts[0]),
            let minutes = Int(parts[1]), (0..<24).contains(hours), (0..<60).contains(minutes)
        else { return nil }
        return hours * 60 + minutes
    }
}
