import ArgumentParser
import Foundation
import SahifaCore
import SahifaStore
import SahifaWeb

/// `sahifa token add EMAIL --scopes read,write [--expires DAYS]`: prints a new token once.
struct TokenAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Make an API token for an account and print it, once.",
        discussion: """
            The token is printed on standard output and nowhere else; Sahifa keeps only its SHA-256. \
            What it may do is the smaller of its scopes and its account's role.
            """
    )

    @Argument(help: ArgumentHelp("The e-mail of the account the token speaks for.", valueName: "email"))
    var email: String

    @Option(help: ArgumentHelp("Comma-separated: read, write, publish.", valueName: "list"))
    var scopes: String

    @Option(
        help: ArgumentHelp(
            "Days until the token stops working (1 to 3650); without it, until revoked.", valueName: "days"))
    var expires: Int?

    @Option(
        help: ArgumentHelp(
            "What the token is for, as the newsroom lists it (default: command line).", valueName: "name"))
    var name: String = "command line"

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let named = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let unknown = named.filter { TokenScope(rawValue: $0) == nil }
        guard unknown.isEmpty else {
            throw CommandFailure("unknown scope \(unknown.joined(separator: ", ")); use read, write or publish")
        }
        let new = NewAPIToken(
            name: name, scopes: Set(named.compactMap(TokenScope.init(rawValue:))), expiresInDays: expires)
        if let problem = new.problems().first {
            switch problem {
            case .nameMissingOrLong: throw CommandFailure("--name must be 1 to \(NewAPIToken.nameLimit) characters")
            case .noScope: throw CommandFailure("--scopes needs at least one of read, write, publish")
            case .daysOutOfRange: throw CommandFailure("--expires must be between 1 and 3650 days")
            }
        }
        let database = try await store.openMigrated()
        guard let credentials = try await database.credentials(email: email) else {
            throw CommandFailure("there is no account with the e-mail \(email)")
        }
        let (secret, token) = try await APITokenIssuer.issue(
            new, for: credentials.account.id, store: database, at: Date())
        print(secret)
        let until = token.expiresAt.map { "until " + ISO8601DateFormatter().string(from: $0) } ?? "until revoked"
        FileHandle.standardError.write(
            Data(
                "Made token \(token.id) for \(credentials.account.email), \(named.joined(separator: ",")), \(until).\n"
                    .utf8))
    }
}
