import ArgumentParser
import Foundation
import SahifaStore

/// `sahifa token list [EMAIL]`: every token, or one account's, without their secrets.
struct TokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List API tokens (never their secrets): id, account, name, scopes, dates.")

    @Argument(help: ArgumentHelp("Only this account's tokens.", valueName: "email"))
    var email: String?

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.openMigrated()
        var accounts = try await database.accounts()
        if let email {
            accounts = accounts.filter { $0.email.lowercased() == email.lowercased() }
            if accounts.isEmpty { throw CommandFailure("there is no account with the e-mail \(email)") }
        }
        let dates = ISO8601DateFormatter()
        print(["id", "account", "name", "scopes", "created", "last used", "expires"].joined(separator: "\t"))
        for account in accounts {
            for token in try await database.apiTokens(of: account.id) {
                print(
                    [
                        String(token.id), account.email, token.name,
                        token.scopes.map(\.rawValue).sorted().joined(separator: ","),
                        dates.string(from: token.createdAt),
                        token.lastUsedAt.map(dates.string(from:)) ?? "-",
                        token.expiresAt.map(dates.string(from:)) ?? "-",
                    ].joined(separator: "\t"))
            }
        }
    }
}
