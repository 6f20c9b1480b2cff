import Foundation
import SahifaCore
import SahifaStore

// Accounts, sessions and API tokens are read on the primary: a member signs in, or uses a
// token, right after it is made.
extension PostgresNewsStore {
    public func accountCount() async throws -> Int {
        try await readPrimary { db in try await db.firstRow(AccountStatements.count) { try $0.int(0) } ?? 0 }
    }

    public func createAccount(_ new: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws
        -> Account?
    {
        try new.validate()
        let (stored, arguments) = AccountStatements.opening(new, passwordHash: passwordHash, at: date)
        return try await write { db in
            // The first-run form may open one account only: checked under the write lock, so
            // two browsers racing cannot both become admin.
            if onlyIfFirst, try await db.firstRow(AccountStatements.count, [], { try $0.int(0) }) ?? 0 > 0 {
                return nil
            }
            if try await db.firstRow(AccountStatements.emailTaken, [stored.email], { _ in true }) != nil {
                throw InvalidAccount(problems: [.emailTaken])
            }
            let id = AccountID(try await db.insertedID(AccountStatements.open, arguments))
            return Account(id: id, email: stored.email, name: stored.name, role: new.role, createdAt: date)
        }
    }

    public func credentials(email: String) async throws -> AccountCredentials? {
        let email = NewAccount.normalized(email: email)
        return try await readPrimary { db in
            try await db.firstRow(AccountColumns.credentialsQuery(by: "email"), [email]) {
                try AccountColumns.credentials(in: $0)
            }
        }
    }

    public func credentials(id: AccountID) async throws -> AccountCredentials? {
        try await readPrimary { db in
            try await db.firstRow(AccountColumns.credentialsQuery(by: "id"), [id.rawValue]) {
                try AccountColumns.credentials(in: $0)
            }
        }
    }

    public func accounts() async throws -> [Account] {
        try await readPrimary { db in try await db.rows(AccountColumns.allQuery) { try AccountColumns.account(in: $0) }
        }
    }

    public func setSecondFactor(of id: AccountID, secret: String?) async throws {
        try await write { db in try await db.run(AccountStatements.setSecondFactor, [secret, id.rawValue]) }
    }

    public func setRole(of id: AccountID, to role: Role) async throws -> Bool {
        try await write { db in
            guard try await db.changedAny(AccountStatements.setRole, [role.rawValue, id.rawValue]) else {
                return false
            }
            try await db.run(AccountStatements.endOtherSessions, [id.rawValue, String?.none])
            return true
        }
    }

    public func endSessions(of id: AccountID, keeping tokenHash: String?) async throws {
        try await write { db -> Void in try await db.run(AccountStatements.endOtherSessions, [id.rawValue, tokenHash]) }
    }

    public func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws {
        try await write { db in
            try await db.run(AccountStatements.setPassword, [passwordHash, id.rawValue])
            // Whoever knew the old password is signed out everywhere else.
            try await db.run(AccountStatements.endOtherSessions, [id.rawValue, tokenHash])
        }
    }

    public func startSession(_ session: NewsroomSession) async throws {
        try await write { db in
            try await db.run(AccountStatements.clearExpiredSessions, [session.createdAt.timeIntervalSince1970])
            try await db.run(AccountStatements.startSession, AccountStatements.starting(session))
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> NewsroomSession? {
        try await readPrimary { db in
            try await db.firstRow(AccountColumns.sessionQuery, [tokenHash, now.timeIntervalSince1970]) {
                try AccountColumns.session(in: $0, tokenHash: tokenHash)
            }
        }
    }

    public func endSession(tokenHash: String) async throws {
        try await write { db in try await db.run(AccountStatements.endSession, [tokenHash]) }
    }

    public func createAPIToken(
        for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, expiresAt: Date?,
        at date: Date
    ) async throws -> APIToken {
        let (token, arguments) = APITokenColumns.inserting(
            for: account, name: name, scopes: scopes, tokenHash: tokenHash, expiresAt: expiresAt, at: date
        )
        return token(try await write { db in try await db.insertedID(APITokenColumns.insert, arguments) })
    }

    public func apiTokens(of account: AccountID) async throws -> [APIToken] {
        try await readPrimary { db in
            try await db.rows(APITokenColumns.query, [account.rawValue]) { try APITokenColumns.token(in: $0) }
        }
    }

    public func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool {
        try await write { db in
            try await !db.rows(
                "DELETE FROM api_tokens WHERE id = ? AND account_id = ? RETURNING id", [id, account.rawValue]
            ) {
                try $0.int64(0)
            }.isEmpty
        }
    }

    public func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder? {
        let found = try await readPrimary { db in
            try await db.firstRow(AccountColumns.tokenHolderQuery, [tokenHash, date.timeIntervalSince1970]) {
                (try AccountColumns.tokenHolder(in: $0), try $0.optionalDouble(6))
            }
        }
        guard let (holder, lastUsed) = found else { return nil }
        // Marked at most once a minute, and only then a write: every write here waits for the
        // one lock all instances share, which reading with a token should not do per request.
        let now = date.timeIntervalSince1970
        if (lastUsed ?? -.infinity) < now - 60 {
            try await write { db in
                try await db.run(
                    "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                    [now, tokenHash, now - 60]
                )
            }
        }
        return holder
    }
}
