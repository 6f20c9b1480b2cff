import Foundation
import SahifaCore
import SahifaStore
import SahifaTestSupport
import Testing

/// Accounts and sessions, written against `NewsStore` so both backends run them.
@Suite("Accounts and sessions contract")
struct AccountContractTests {
    private func open(_ store: any NewsStore, _ email: String, role: Role = .writer, onlyIfFirst: Bool = false)
        async throws -> Account?
    {
        try await store.createAccount(
            NewAccount(email: email, name: "ليلى", role: role, password: "عبارة مرور طويلة"),
            passwordHash: "$2b$04$not-a-real-hash", at: summitDay, onlyIfFirst: onlyIfFirst
        )
    }

    @Test(
        "an e-mail opens one account whatever its case, and the first-run path opens only the first",
        arguments: StoreBackend.inThisRun)
    func uniqueEmail(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            #expect(try await store.accountCount() == 0)
            let admin = try #require(try await open(store, "Layla@Example.org", role: .admin, onlyIfFirst: true))
            #expect(admin.email == "layla@example.org" && admin.role == .admin)
            #expect(try await open(store, "second@example.org", onlyIfFirst: true) == nil)
            await #expect(throws: InvalidAccount(problems: [.emailTaken])) {
                try await open(store, "LAYLA@example.org")
            }
            #expect(try await store.accountCount() == 1)
            #expect(try await store.credentials(email: " layla@EXAMPLE.org")?.account == admin)
        }
    }

    @Test(
        "a session is found by its token hash until it expires, and ends when signed out",
        arguments: StoreBackend.inThisRun)
    func sessions(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            let account = try #require(try await open(store, "omar@example.org"))
            let session = NewsroomSession(
                tokenHash: "hash-1", account: account, formToken: "form-1",
                createdAt: summitDay, expiresAt: summitDay.addingTimeInterval(3600)
            )
            try await store.startSession(session)
            #expect(try await store.session(tokenHash: "hash-1", at: summitDay.addingTimeInterval(60)) == session)
            #expect(try await store.session(tokenHash: "hash-1", at: summitDay.addingTimeInterval(3600)) == nil)
            #expect(try await store.session(tokenHash: "hash-2", at: summitDay) == nil)
            try await store.endSession(tokenHash: "hash-1")
            #expect(try await store.session(tokenHash: "hash-1", at: summitDay.addingTimeInterval(60)) == nil)
        }
    }

    @Test(
        "a value the schema itself refuses comes out as the store's refusal naming the field, and nothing is written",
        arguments: StoreBackend.inThisRun)
    func schemaRefusal(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            let writer = try #require(try await open(store, "writer@example.org"))
            let session = NewsroomSession(
                tokenHash: "same-hash", account: writer, formToken: "form", createdAt: summitDay,
                expiresAt: summitDay.addingTimeInterval(3_600))
            try await store.startSession(session)
            await #expect(throws: StoreError.refusedValue(table: "sessions", field: "token_hash")) {
                try await store.startSession(session)
            }
            #expect(try await store.session(tokenHash: "same-hash", at: summitDay)?.account.id == writer.id)
        }
    }

    @Test("a token with an expiry opens the API until then and nothing after", arguments: StoreBackend.inThisRun)
    func tokenExpiry(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            let writer = try #require(try await open(store, "writer@example.org"))
            let until = summitDay.addingTimeInterval(7 * 86_400)
            let token = try await store.createAPIToken(
                for: writer.id, name: "نشر آلي", scopes: [.read], tokenHash: "expiring", expiresAt: until, at: summitDay
            )
            #expect(token.expiresAt == until)
            #expect(try await store.apiTokens(of: writer.id).first?.expiresAt == until)
            #expect(try await store.tokenHolder(tokenHash: "expiring", at: until.addingTimeInterval(-1)) != nil)
            #expect(try await store.tokenHolder(tokenHash: "expiring", at: until) == nil)
            _ = try await store.createAPIToken(
                for: writer.id, name: "دائم", scopes: [.read], tokenHash: "lasting", expiresAt: nil, at: summitDay)
            #expect(
                try await store.tokenHolder(tokenHash: "lasting", at: until.addingTimeInterval(3_650 * 86_400)) != nil)
        }
    }

    @Test("a new password ends every other session of the account", arguments: StoreBackend.inThisRun)
    func passwordChange(backend: StoreBackend) async throws {
        try await TestNewsroom.with(backend) { newsroom in
            let store = newsroom.store
            let account = try #require(try await open(store, "omar@example.org"))
            for hash in ["here", "elsewhere"] {
                try await store.startSession(
                    NewsroomSession(
                        tokenHash: hash, account: account, formToken: "f", createdAt: summitDay,
                        expiresAt: summitDay.addingTimeInterval(3600))
                )
            }
            try await store.setPassword(of: account.id, passwordHash: "$2b$04$new", keepingSession: "here")
            #expect(try await store.session(tokenHash: "here", at: summitDay) != nil)
            #expect(try await store.session(tokenHash: "elsewhere", at: summitDay) == nil)
            #expect(try await store.credentials(id: account.id)?.passwordHash == "$2b$04$new")
        }
    }
}
