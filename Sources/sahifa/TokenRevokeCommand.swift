import ArgumentParser
import SahifaStore

/// `sahifa token revoke ID`: the token stops working at once, on every instance.
struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "revoke", abstract: "Revoke an API token by the id `sahifa token list` shows.")

    @Argument(help: ArgumentHelp("The token's id.", valueName: "id"))
    var id: Int64

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let database = try await store.openMigrated()
        for account in try await database.accounts() where try await database.revokeAPIToken(id, of: account.id) {
            print("Revoked token \(id) of \(account.email).")
            return
        }
        throw CommandFailure("there is no token \(id); `sahifa token list` shows the ids")
    }
}
