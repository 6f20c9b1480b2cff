import Foundation
import GRDB
import SahifaCore

extension SQLiteNewsStore {
    public func accountCount() async throws -> Int {
        try readPage { db in try db.firstRow("SELECT COUNT(*) FROM accounts") { $0.int(0) } ?? 0 }
    }

    public func createAccount(_ new: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws -> Account? {
        try new.validate()
        let email = new.normalizedEmail
        let name = new.name.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await pool.write { db in
            // The first-run form may open one account only: checked in the same transaction
            // as the insert, so two browsers racing cannot both become admin.
            if onlyIfFirst, try db.firstRow("SELECT COUNT(*) FROM accounts", { $0.int(0) }) ?? 0 > 0 { return nil }
            if try db.firstRow("SELECT 1 FROM accounts WHERE email = ?", arguments: [email], { _ in true }) == true {
                throw InvalidAccount(problems: [.emailTaken])
            }
            try db.run(
                "INSERT INTO accounts (email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
                [email, name, new.role.rawValue, passwordHash, date.timeIntervalSince1970]
            )
            return Account(id: AccountID(db.lastInsertedRowID), email: email, name: name, role: new.role, createdAt: date)
        }
    }

    public func credentials(email: String) async throws -> AccountCredentials? {
        let email = email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        return try readPage { db in
            try db.firstRow(
                "SELECT \(Self.accountColumns), password_hash, totp_secret FROM accounts WHERE email = ?",
                arguments: [email]
            ) { row in AccountCredentials(account: Self.account(row), passwordHash: row.text(5), secondFactorSecret: row.optionalText(6)) }
        }
    }

    public func credentials(id: AccountID) async throws -> AccountCredentials? {
        try readPage { db in
            try db.firstRow(
                "SELECT \(Self.accountColumns), password_hash, totp_secret FROM accounts WHERE id = ?",
                arguments: [id.rawValue]
            ) { row in AccountCredentials(account: Self.account(row), passwordHash: row.text(5), secondFactorSecret: row.optionalText(6)) }
        }
    }

    public func accounts() async throws -> [Account] {
        try readPage { db in
            try db.rows("SELECT \(Self.accountColumns) FROM accounts ORDER BY name, id") { Self.account($0) }
        }
    }

    public func createAPIToken(
        for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, at date: Date
    ) async throws -> APIToken {
        let name = name.trimmingCharacters(in: .whitespacesAndNewlines)
        let stored = TokenScope.allCases.filter(scopes.contains).map(\.rawValue).joined(separator: ",")
        return try await pool.write { db in
            try db.run(
                "INSERT INTO api_tokens (account_id, name, token_hash, scopes, created_at) VALUES (?, ?, ?, ?, ?)",
                [account.rawValue, name, tokenHash, stored, date.timeIntervalSince1970]
            )
            return APIToken(id: db.lastInsertedRowID, name: name, scopes: scopes, createdAt: date, lastUsedAt: nil)
        }
    }

    public func apiTokens(of account: AccountID) async throws -> [APIToken] {
        try readPage { db in
            try db.rows(
                "SELECT id, name, scopes, created_at, last_used_at FROM api_tokens WHERE account_id = ? ORDER BY id DESC",
                arguments: [account.rawValue]
            ) { row in
                APIToken(
                    id: row.int64(0), name: row.text(1), scopes: Self.scopes(row.text(2)),
                    createdAt: Date(timeIntervalSince1970: row.double(3)),
                    lastUsedAt: row.optionalDouble(4).map(Date.init(timeIntervalSince1970:))
                )
            }
        }
    }

    public func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool {
        try await pool.write { db in
            try db.run("DELETE FROM api_tokens WHERE id = ? AND account_id = ?", [id, account.rawValue])
            return db.changesCount > 0
        }
    }

    public func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder? {
        let holder = try readPage { db in
            try db.firstRow(
                """
                SELECT \(Self.accountColumns("a")), t.scopes FROM api_tokens t JOIN accounts a ON a.id = t.account_id
                WHERE t.token_hash = ?
                """,
                arguments: [tokenHash]
            ) { row in TokenHolder(account: Self.account(row), scopes: Self.scopes(row.text(5))) }
        }
        guard let holder else { return nil }
        // Marked at most once a minute, so reading with a token does not mean a write per request.
        try await pool.write { db in
            try db.run(
                "UPDATE api_tokens SET last_used_at = ? WHERE token_hash = ? AND (last_used_at IS NULL OR last_used_at < ?)",
                [date.timeIntervalSince1970, tokenHash, date.timeIntervalSince1970 - 60]
            )
        }
        return holder
    }

    private static func scopes(_ text: String) -> Set<TokenScope> {
        Set(text.split(separator: ",").compactMap { TokenScope(rawValue: String($0)) })
    }

    public func setSecondFactor(of id: AccountID, secret: String?) async throws {
        try await pool.write { db in try db.run("UPDATE accounts SET totp_secret = ? WHERE id = ?", [secret, id.rawValue]) }
    }

    public func setRole(of id: AccountID, to role: Role) async throws -> Bool {
        try await pool.write { db in
            try db.run("UPDATE accounts SET role = ? WHERE id = ?", [role.rawValue, id.rawValue])
            return db.changesCount > 0
        }
    }

    public func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws {
        try await pool.write { db in
            try db.run("UPDATE accounts SET password_hash = ? WHERE id = ?", [passwordHash, id.rawValue])
            // Whoever knew the old password is signed out everywhere else.
            try db.run("DELETE FROM sessions WHERE account_id = ? AND token_hash IS NOT ?", [id.rawValue, tokenHash])
        }
    }

    public func startSession(_ session: NewsroomSession) async throws {
        try await pool.write { db in
            try db.run("DELETE FROM sessions WHERE expires_at <= ?", [session.createdAt.timeIntervalSince1970])
            try db.run(
                "INSERT INTO sessions (token_hash, account_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                [
                    session.tokenHash, session.account.id.rawValue, session.formToken,
                    session.createdAt.timeIntervalSince1970, session.expiresAt.timeIntervalSince1970,
                ]
            )
        }
    }

    public func session(tokenHash: String, at now: Date) async throws -> NewsroomSession? {
        try readPage { db in
            try db.firstRow(
                """
                SELECT \(Self.accountColumns("a")), s.csrf_token, s.created_at, s.expires_at
                FROM sessions s JOIN accounts a ON a.id = s.account_id
                WHERE s.token_hash = ? AND s.expires_at > ?
                """,
                arguments: [tokenHash, now.timeIntervalSince1970]
            ) { row in
                NewsroomSession(
                    tokenHash: tokenHash,
                    account: Self.account(row),
                    formToken: row.text(5),
                    createdAt: Date(timeIntervalSince1970: row.double(6)),
                    expiresAt: Date(timeIntervalSince1970: row.double(7))
                )
            }
        }
    }

    public func endSession(tokenHash: String) async throws {
        try await pool.write { db in try db.run("DELETE FROM sessions WHERE token_hash = ?", [tokenHash]) }
    }

    public func newsroomDashboard(for account: AccountID, at now: Date) async throws -> NewsroomDashboard {
        try readPage { db in
            NewsroomDashboard(
                myDrafts: try Self.articleLines(db, "a.status = 'draft' AND a.created_by = ?", "a.updated_at DESC", [account.rawValue]),
                waitingForReview: try Self.articleLines(db, "a.status = 'inReview'", "a.updated_at"),
                scheduled: try Self.articleLines(db, "a.status = 'scheduled'", "a.published_at"),
                recentlyPublished: try Self.articleLines(db, "a.status = 'published'", "a.published_at DESC")
            )
        }
    }

    public func newsroomArticles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<NewsroomDashboard.ArticleLine> {
        // Each condition is constant SQL with its own `?`; only their presence varies.
        var conditions = ["1 = 1"]
        var arguments: [any SQLiteArgument] = []
        if let status = filter.status {
            conditions.append("a.status = ?")
            arguments.append(status.rawValue)
        }
        if let section = filter.sectionSlug {
            conditions.append("s.slug = ?")
            arguments.append(section)
        }
        if let author = filter.authorSlug {
            conditions.append("EXISTS (SELECT 1 FROM article_authors x JOIN authors p ON p.id = x.author_id WHERE x.article_id = a.id AND p.slug = ?)")
            arguments.append(author)
        }
        if let text = filter.text?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty {
            conditions.append("a.headline LIKE ? ESCAPE '\\'")
            let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
                .replacingOccurrences(of: "_", with: "\\_")
            arguments.append("%" + escaped + "%")
        }
        let condition = conditions.joined(separator: " AND ")
        return try readPage { db in
            let total = try db.firstRow(
                "SELECT COUNT(*) FROM articles a JOIN sections s ON s.id = a.section_id WHERE \(condition)",
                arguments: arguments
            ) { $0.int(0) } ?? 0
            let lines = try Self.articleLines(
                db, condition, "a.updated_at DESC, a.id DESC", arguments + [page.size, page.offset] as [any SQLiteArgument],
                limit: "LIMIT ? OFFSET ?"
            )
            return Page(items: lines, number: page.number, size: page.size, totalCount: total)
        }
    }

    private static func articleLines(
        _ db: ReaderConnection, _ condition: String, _ order: String, _ arguments: [any SQLiteArgument] = [],
        limit: String = "LIMIT 10"
    ) throws -> [NewsroomDashboard.ArticleLine] {
        try db.rows(
            """
            SELECT a.id, a.headline, a.status, s.name, a.updated_at, a.published_at
            FROM articles a JOIN sections s ON s.id = a.section_id
            WHERE \(condition) ORDER BY \(order) \(limit)
            """,
            arguments: arguments
        ) { row in
            NewsroomDashboard.ArticleLine(
                id: ArticleID(row.int64(0)),
                headline: row.text(1),
                status: ArticleStatus(rawValue: row.text(2)) ?? .draft,
                sectionName: row.text(3),
                updatedAt: Date(timeIntervalSince1970: row.double(4)),
                publishedAt: row.optionalDouble(5).map(Date.init(timeIntervalSince1970:))
            )
        }
    }

    public func revisions(of id: ArticleID) async throws -> [ArticleRevision]? {
        try readPage { db in
            let columns = "revision, saved_at, slug, COALESCE(kicker, ''), headline, summary, body_markdown"
            let current = try db.firstRow(
                """
                SELECT a.revision, a.updated_at, a.slug, COALESCE(a.kicker, ''), a.headline, a.summary, b.markdown
                FROM articles a JOIN article_bodies b ON b.article_id = a.id WHERE a.id = ?
                """,
                arguments: [id.rawValue]
            ) { Self.revision($0, of: id) }
            guard let current else { return nil }
            let earlier = try db.rows(
                "SELECT \(columns) FROM article_revisions WHERE article_id = ? ORDER BY revision DESC",
                arguments: [id.rawValue]
            ) { Self.revision($0, of: id) }
            return [current] + earlier
        }
    }

    private static func revision(_ row: SQLiteRow, of id: ArticleID) -> ArticleRevision {
        ArticleRevision(
            articleID: id, number: row.int(0), savedAt: Date(timeIntervalSince1970: row.double(1)), slug: row.text(2),
            kicker: row.text(3), headline: row.text(4), summary: row.text(5), bodyMarkdown: row.text(6)
        )
    }

    public func editorChoices() async throws -> EditorChoices {
        try readPage { db in
            EditorChoices(
                sections: try db.rows("SELECT \(SectionColumns.list("s")) FROM sections s ORDER BY s.position") {
                    try SectionColumns.section(in: $0, at: 0)
                },
                authors: try db.rows("SELECT id, slug, name, bio FROM authors ORDER BY name") {
                    Author(id: $0.int64(0), slug: $0.text(1), name: $0.text(2), bio: $0.text(3))
                },
                pictures: try db.rows("SELECT \(MediaColumns.list("m")) FROM media m ORDER BY m.rowid DESC LIMIT 200") {
                    try MediaColumns.asset(in: $0, at: 0)
                }.compactMap { $0 }
            )
        }
    }

    private static func accountColumns(_ table: String) -> String {
        "\(table).id, \(table).email, \(table).name, \(table).role, \(table).created_at"
    }

    private static let accountColumns = "id, email, name, role, created_at"

    private static func account(_ row: SQLiteRow) -> Account {
        Account(
            id: AccountID(row.int64(0)),
            email: row.text(1),
            name: row.text(2),
            role: Role(rawValue: row.text(3)) ?? .writer,
            createdAt: Date(timeIntervalSince1970: row.double(4))
        )
    }
}
