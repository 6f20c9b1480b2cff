import ArgumentParser
import Foundation

/// `SAHIFA_…` settings from the process environment; an empty value counts as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// A whole-number setting: the flag's value, else the variable's; nil when neither is given.
    /// - Throws: `ValidationError` naming the variable when it is not a number, or the option
    ///   when the value is outside `range`.
    static func number(_ flag: Int?, variable: String, option: String, in range: ClosedRange<Int>) throws -> Int? {
        if flag == nil, let text = value(variable), Int(text) == nil {
            throw ValidationError("\(variable) must be a number, not \"\(text)\"")
        }
        guard let number = flag ?? value(variable).flatMap(Int.init) else { return nil }
        guard range.contains(number) else {
            throw ValidationError("\(option) must be between \(range.lowerBound) and \(range.upperBound)")
        }
        return number
    }
}
