import Foundation
import GRDB
import SahifaCore
import SahifaStore

extension SQLiteNewsStore {
    public func accountCount() async throws -> Int {
        try readPage { db in try db.firstRow(AccountStatements.count) { $0.int(0) } ?? 0 }
    }

    public func createAccount(_ new: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws
        -> Account?
    {
        try new.validate()
        let (stored, arguments) = AccountStatements.opening(new, passwordHash: passwordHash, at: date)
        return try await committing { db in
            // The first-run form may open one account only: checked in the same transaction
            // as the insert, so two browsers racing cannot both become admin.
            if onlyIfFirst, try db.firstRow(AccountStatements.count, { $0.int(0) }) ?? 0 > 0 { return nil }
            if try db.firstRow(AccountStatements.emailTaken, arguments: [stored.email], { _ in true }) != nil {
                throw InvalidAccount(problems: [.emailTaken])
            }
            let id = AccountID(try db.insertedID(AccountStatements.open, arguments: arguments))
            return Account(id: id, email: stored.email, name: stored.name, role: new.role, createdAt: date)
        }
    }

    public func credentials(email: String) async throws -> AccountCredentials? {
        let email = NewAccount.normalized(email: email)
        return try readPage { db in
            try db.firstRow(AccountColumns.credentialsQuery(by: "email"), arguments: [email]) {
                try AccountColumns.credentials(in: $0)
            }
        }
    }

    public func credentials(id: AccountID) async throws -> AccountCredentials? {
        try readPage { db in
            try db.firstRow(AccountColumns.credentialsQuery(by: "id"), arguments: [id.rawValue]) {
                try AccountColumns.credentials(in: $0)
            }
        }
    }

    public func accounts() async throws -> [Account] {
        try readPage { db in
            try db.rows(AccountColumns.allQuery) { try AccountColumns.account(in: $0) }
        }
    }

    public func createAPIToken(
        for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, expiresAt: Date?,
        at date: Date
    ) async throws -> APIToken {
        let (token, arguments) = APITokenColumns.inserting(
            for: account, name: name, scopes: scopes, tokenHash: tokenHash, expiresAt: expiresAt, at: date
        )
        return token(try await committing { db in try db.insertedID(APITokenColumns.insert, arguments: arguments) })
    }

    public func apiTokens(of account: AccountID) async throws -> [APIToken] {
        try readPage { db in
            try db.rows(APITokenColumns.query, arguments: [account.rawValue]) { try APITokenColumns.token(in: $0) }
        }
    }

    public func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool {
        try await committing { db in
            try db.run("DELETE FROM api_tokens WHERE id = ? AND account_id = ?", [id, account.rawValue])
            return db.changesCount > 0
        }
    }

    public func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder? {
        let holder = try readPage { db in
            try db.firstRow(AccountColumns.tokenHolderQuery, arguments: [tokenHash, date.timeIntervalSince1970]) {
                try AccountColumns.tokenHolder(in: $0)
            }
        }
        guard let holder else { return nil }
        // Marked at most once a minute, so reading with a token does not mean a write per request.
        try await committing { db in
            try db.run(
                "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                [date.timeIntervalSince1970, tokenHash, date.timeIntervalSince1970 - 60]
            )
        }
        return holder
    }

    public func setSecondFactor(of id: AccountID, secret: String?) async throws {
        try await committing { db in try db.run(AccountStatements.setSecondFactor, [secret, id.rawValue]) }
    }

    public func setRole(of id: AccountID, to role: Role) async throws -> Bool {
        try await committing { db in
            guard try db.changedAny(AccountStatements.setRole, arguments: [role.rawValue, id.rawValue]) else {
                return false
            }
            try db.run(AccountStatements.endOtherSessions, [id.rawValue, nil])
            return true
        }
    }

    public func endSessions(of id: AccountID, keeping tokenHash: String?) async throws {
        try await committing { db in try db.run(AccountStatements.endOtherSessions, [id.rawValue, tokenHash]) }
    }

    public func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws {
        try await committing { db in
            try db.run(AccountStatements.setPassword, [passwordHash, id.rawValue])
            // Whoever knew the old password is signed out everywhere else.
            try db.run(AccountStatements.endOtherSessions, [id.rawValue, tokenHash])
        }
    }

    public func startSession(_ session: NewsroomSession) async throws {
        try await committing { db in
            try db.run(AccountStatements.clearExpiredSessions, [session.createdAt.timeIntervalSince1970])
            try db.run(AccountStatements.startSession, arguments: AccountStatements.starting(session))
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> NewsroomSession? {
        try readPage { db in
            try db.firstRow(AccountColumns.sessionQuery, arguments: [tokenHash, now.timeIntervalSince1970]) {
                try AccountColumns.session(in: $0, tokenHash: tokenHash)
            }
        }
    }

    public func endSession(tokenHash: String) async throws {
        try await committing { db in try db.run(AccountStatements.endSession, [tokenHash]) }
    }
}
