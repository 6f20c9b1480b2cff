/// Why the demo site could not be installed.
public enum DemoError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The database already has content; the demo only fills an empty one.
    case databaseNotEmpty(String)
    case malformedFile(String)
    case missingField(file: String, field: String)
    case unknownReference(file: String, reference: String)
    case invalidDate(file: String, value: String)

    public var description: String {
        switch self {
        case .databaseNotEmpty(let path):
            "\(path) already has content; the demo fills only a new, empty database (use --force to replace it)"
        case .malformedFile(let name): "demo file \(name) has no header ending in a --- line"
        case .missingField(let file, let field): "demo file \(file) lacks the field \(field)"
        case .unknownReference(let file, let reference): "demo file \(file) refers to unknown \(reference)"
        case .invalidDate(let file, let value): "demo file \(file) has an unreadable date: \(value)"
        }
    }
}
