import PostgresNIO
import SahifaStore

/// A value that can be bound to a `?` of a statement sent to PostgreSQL.
protocol PostgresArgument {
    func bind(to bindings: inout PostgresBindings)
}

extension Int64: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Int: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) { bindings.append(Int64(self)) }
}

extension Double: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Bool: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) { bindings.append(self) }
}

extension String: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Array: PostgresArgument where Element: PostgresArrayEncodable & PostgresNonThrowingEncodable {
    func bind(to bindings: inout PostgresBindings) { bindings.append(self) }
}

extension Optional: PostgresArgument where Wrapped: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) {
        switch self {
        case .some(let value): value.bind(to: &bindings)
        case .none: bindings.appendNull()
        }
    }
}

extension StoreValue: PostgresArgument {
    func bind(to bindings: inout PostgresBindings) {
        switch self {
        case .integer(let value): bindings.append(value)
        case .double(let value): bindings.append(value)
        case .text(let value): bindings.append(value)
        case .flag(let value): bindings.append(value)
        case .null: bindings.appendNull()
        }
    }
}
