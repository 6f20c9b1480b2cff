import ArgumentParser
import Foundation
import Logging
import SahifaCore
import SahifaStore
import SahifaWeb

/// `sahifa user add`: opens a newsroom account, for example the first admin of a new site.
struct UserAddCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Open a newsroom account.",
        discussion: """
            The password is asked for twice on a terminal, without showing it; otherwise the first \
            line of standard input is read (echo "$PASSWORD" | sahifa user add …). It is never \
            taken from a flag, where other users could see it in the process list.
            """
    )

    @Option(help: "The e-mail the member signs in with.")
    var email: String

    @Option(help: "The name shown in the newsroom.")
    var name: String

    @Option(help: ArgumentHelp("writer (كاتب), editor (محرر) or admin (مدير).", valueName: "role"))
    var role: RoleOption

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let password = try PasswordPrompt.read()
        let new = NewAccount(
            email: email.withoutControlCharacters, name: name.withoutControlCharacters, role: role.role,
            password: password)
        do {
            try new.validate()
        } catch {
            throw CommandFailure(error.problems.map(PasswordPrompt.describe).joined(separator: "; "))
        }
        let database: any NewsStore
        do {
            database = try await store.location().open(logger: Logger(label: "sahifa"))
            try await database.migrate()
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
        let hash = try await PasswordHasher(cost: NewsroomSettings().passwordCost).hash(password)
        do {
            guard
                let account = try await database.createAccount(new, passwordHash: hash, at: Date(), onlyIfFirst: false)
            else { throw CommandFailure("the account could not be opened") }
            print(
                "Opened the \(account.role.rawValue) account \(account.email) (\(account.name)); sign in at /newsroom/login."
            )
        } catch let error as InvalidAccount {
            throw CommandFailure(error.problems.map(PasswordPrompt.describe).joined(separator: "; "))
        }
    }
}
