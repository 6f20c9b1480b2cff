import Foundation

/// A member of the newsroom who signs in: a writer, an editor or an admin.
public struct Account: Sendable, Hashable, Identifiable {
    public var id: AccountID
    /// Lower-cased, as typed otherwise; unique.
    public var email: String
    public var name: String
    public var role: Role
    public var createdAt: Date

    public init(id: AccountID, email: String, name: String, role: Role, createdAt: Date) {
        self.id = id
        self.email = email
        self.name = name
        self.role = role
        self.createdAt = createdAt
    }

    /// Whether this member may do `permission`.
    public func may(_ permission: Permission) -> Bool {
        role.may(permission)
    }
}

/// An account's number in the store.
public struct AccountID: RawRepresentable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var rawValue: Int64

    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    public init(_ rawValue: Int64) {
        self.rawValue = rawValue
    }

    public var description: String { String(rawValue) }

    public static func < (lhs: AccountID, rhs: AccountID) -> Bool { lhs.rawValue < rhs.rawValue }
}
