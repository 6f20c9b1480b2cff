import Foundation

/// Text typed into a newsroom search box, as a `LIKE` pattern that finds it anywhere: `%` and
/// `_` typed by the member are matched as themselves (escaped with a backslash), letters are
/// compared in lower case. Both stores read the pattern the same way.
package struct ContainsPattern: Sendable, Hashable {
    /// What was typed, trimmed and in lower case; empty matches everything.
    package let typed: String
    package let pattern: String

    package init(_ text: String) {
        typed = text.trimmingCharacters(in: .whitespaces).lowercased()
        var escaped = ""
        for character in typed {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        pattern = "%" + escaped + "%"
    }

    /// `? = '' OR LOWER(column) LIKE ? …` for each column; arguments from `arguments(columns:)`.
    package static func condition(_ columns: [String]) -> String {
        "(? = '' OR " + columns.map { "LOWER(\($0)) LIKE ? ESCAPE '\\'" }.joined(separator: " OR ") + ")"
    }

    package func arguments(columns: Int) -> [StoreValue] {
        [.text(typed)] + Array(repeating: .text(pattern), count: columns)
    }
}
