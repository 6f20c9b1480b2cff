/// A column copied between stores, with the kind of value both schemas give it.
package struct TransferColumn: Sendable {
    package enum Kind: Sendable {
        case integer
        /// Dates (seconds since 1970) and scores.
        case double
        case text
        /// `INTEGER` 0/1 on SQLite, `boolean` on PostgreSQL.
        case flag
    }

    package let name: String
    package let kind: Kind

    package static func integer(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .integer) }
    package static func double(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .double) }
    package static func text(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .text) }
    package static func flag(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .flag) }
}
