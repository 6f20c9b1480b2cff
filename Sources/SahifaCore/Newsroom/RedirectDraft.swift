/// A redirect as an admin types it in the newsroom or an integration sends it: the rules both
/// doors apply before the store adds it.
public struct RedirectDraft: Sendable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }

    /// The old address in the table's form; nil when it is not a path.
    public var fromKey: String? {
        let typed = from.trimmingCharacters(in: .whitespaces)
        let path = typed.split(separator: "?", maxSplits: 1)
        guard let first = path.first else { return nil }
        return RedirectPath.key(path: first, query: path.count > 1 ? path[1] : nil)
    }

    /// The target as it goes in a `Location` header: trimmed, with every byte outside printable
    /// ASCII (an Arabic path as typed, a control character) percent-encoded.
    public var trimmedTarget: String {
        var encoded = ""
        for byte in to.trimmingCharacters(in: .whitespaces).utf8 {
            if byte >= 0x20 && byte < 0x7F {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                encoded += "%" + String(byte, radix: 16, uppercase: true)
            }
        }
        return encoded
    }

    /// The old address in the table's form, once `validate()` finds nothing wrong.
    /// - Throws: `InvalidRedirect`.
    public func validatedKey() throws(InvalidRedirect) -> String {
        try validate()
        guard let key = fromKey else { throw InvalidRedirect(problems: [.fromInvalid]) }
        return key
    }

    /// Every problem, so a form can show them all beside their fields. Whether the old address
    /// is already taken, or is one the site serves itself, the store checks.
    /// - Throws: `InvalidRedirect`.
    public func validate() throws(InvalidRedirect) {
        var problems: [InvalidRedirect.Problem] = []
        if let key = fromKey {
            if key == "/" || key.count > 1_000 {
                problems.append(.fromInvalid)
            } else if RedirectPath.isSiteRoute(key) {
                problems.append(.fromServedHere)
            }
        } else {
            problems.append(.fromInvalid)
        }
        let target = trimmedTarget
        let isPath = target.hasPrefix("/") && !target.hasPrefix("//")
        let isURL = target.hasPrefix("https://") || target.hasPrefix("http://")
        if !(isPath || isURL) || target.count > 1_000 || target.contains(where: { $0.isWhitespace }) {
            problems.append(.toInvalid)
        } else if isPath, RedirectPath.key(path: Substring(target), query: nil) == fromKey {
            problems.append(.loops)
        }
        if !problems.isEmpty { throw InvalidRedirect(problems: problems) }
    }
}
