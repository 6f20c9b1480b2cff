import Foundation

/// `SAHIFA_…` settings from the process environment; an empty value counts as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }
}
