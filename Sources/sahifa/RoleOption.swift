import ArgumentParser
import SahifaCore

/// A newsroom role as typed on the command line (`--role editor`).
struct RoleOption: ExpressibleByArgument, Sendable {
    var role: Role

    init?(argument: String) {
        guard let role = Role(rawValue: argument.lowercased()) else { return nil }
        self.role = role
    }

    static var allValueStrings: [String] { Role.allCases.map(\.rawValue) }
}
