/// A column copied between stores, with the kind of value both schemas give it.
struct TransferColumn: Sendable {
    enum Kind: Sendable {
        case integer
        /// Dates (seconds since 1970) and scores.
        case double
        case text
        /// `INTEGER` 0/1 on SQLite, `boolean` on PostgreSQL.
        case flag
    }

    let name: String
    let kind: Kind

    static func integer(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .integer) }
    static func double(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .double) }
    static func text(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .text) }
    static func flag(_ name: String) -> TransferColumn { TransferColumn(name: name, kind: .flag) }
}
