import ArgumentParser
import Logging

/// A log level as typed on the command line (`--log-level debug`).
struct LogLevelOption: ExpressibleByArgument, Sendable {
    var level: Logger.Level

    init?(argument: String) {
        guard let level = Logger.Level(rawValue: argument.lowercased()) else { return nil }
        self.level = level
    }

    static var allValueStrings: [String] { Logger.Level.allCases.map(\.rawValue) }
}
