import Foundation
import SahifaCore

/// A value bound to a `?` of a statement written once for both stores. Each backend binds it
/// its own way: a flag is 0 or 1 on SQLite and a `boolean` on PostgreSQL; dates are UTC seconds.
package enum StoreValue: Sendable, Hashable {
    case integer(Int64)
    case double(Double)
    case text(String)
    case flag(Bool)
    case null
}

/// What can be bound as a `StoreValue`.
package protocol StoreValueConvertible {
    var storeValue: StoreValue { get }
}

extension StoreValue {
    /// The values of a statement's `?`, in order.
    package static func list(_ values: (any StoreValueConvertible)?...) -> [StoreValue] {
        values.map { $0?.storeValue ?? .null }
    }
}

extension Int64: StoreValueConvertible {
    package var storeValue: StoreValue { .integer(self) }
}

extension Int: StoreValueConvertible {
    package var storeValue: StoreValue { .integer(Int64(self)) }
}

extension Double: StoreValueConvertible {
    package var storeValue: StoreValue { .double(self) }
}

extension String: StoreValueConvertible {
    package var storeValue: StoreValue { .text(self) }
}

extension Bool: StoreValueConvertible {
    package var storeValue: StoreValue { .flag(self) }
}

extension Date: StoreValueConvertible {
    package var storeValue: StoreValue { .double(timeIntervalSince1970) }
}

extension ArticleID: StoreValueConvertible {
    package var storeValue: StoreValue { .integer(rawValue) }
}

extension AccountID: StoreValueConvertible {
    package var storeValue: StoreValue { .integer(rawValue) }
}
