import Foundation
import SahifaCore

// Stand-ins for the calls still being written; this file goes when they are done.
extension PostgresNewsStore {
    public func accountCount() async throws -> Int { throw PostgresStandIn.notWritten }
    public func createAccount(_ account: NewAccount, passwordHash: String, at date: Date, onlyIfFirst: Bool) async throws -> Account? { throw PostgresStandIn.notWritten }
    public func credentials(email: String) async throws -> AccountCredentials? { throw PostgresStandIn.notWritten }
    public func credentials(id: AccountID) async throws -> AccountCredentials? { throw PostgresStandIn.notWritten }
    public func accounts() async throws -> [Account] { throw PostgresStandIn.notWritten }
    public func setSecondFactor(of id: AccountID, secret: String?) async throws { throw PostgresStandIn.notWritten }
    public func createAPIToken(for account: AccountID, name: String, scopes: Set<TokenScope>, tokenHash: String, at date: Date) async throws -> APIToken { throw PostgresStandIn.notWritten }
    public func apiTokens(of account: AccountID) async throws -> [APIToken] { throw PostgresStandIn.notWritten }
    public func revokeAPIToken(_ id: Int64, of account: AccountID) async throws -> Bool { throw PostgresStandIn.notWritten }
    public func tokenHolder(tokenHash: String, at date: Date) async throws -> TokenHolder? { throw PostgresStandIn.notWritten }
    public func setRole(of id: AccountID, to role: Role) async throws -> Bool { throw PostgresStandIn.notWritten }
    public func setPassword(of id: AccountID, passwordHash: String, keepingSession tokenHash: String?) async throws { throw PostgresStandIn.notWritten }
    public func startSession(_ session: NewsroomSession) async throws { throw PostgresStandIn.notWritten }
    public func session(tokenHash: String, at now: Date) async throws -> NewsroomSession? { throw PostgresStandIn.notWritten }
    public func endSession(tokenHash: String) async throws { throw PostgresStandIn.notWritten }
    public func revisions(of id: ArticleID) async throws -> [ArticleRevision]? { throw PostgresStandIn.notWritten }
    public func editorChoices() async throws -> EditorChoices { throw PostgresStandIn.notWritten }
    public func newsroomArticles(_ filter: ArticleFilter, page: PageRequest) async throws -> Page<NewsroomDashboard.ArticleLine> { throw PostgresStandIn.notWritten }
    public func newsroomDashboard(for account: AccountID, at now: Date) async throws -> NewsroomDashboard { throw PostgresStandIn.notWritten }
    public func auditLog(page: PageRequest) async throws -> Page<AuditEntry> { throw PostgresStandIn.notWritten }
}
