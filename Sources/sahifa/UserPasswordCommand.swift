import ArgumentParser
import Foundation
import Logging
import SahifaCore
import SahifaStore
import SahifaWeb

/// `sahifa user password`: gives an account a new password, for example an account that a
/// WordPress import or a restore brought in without one, or an admin who forgot theirs.
struct UserPasswordCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "password",
        abstract: "Give a newsroom account a new password and sign it out everywhere.",
        discussion: """
            The password is asked for twice on a terminal, without showing it; otherwise the first \
            line of standard input is read (echo "$PASSWORD" | sahifa user password …).
            """
    )

    @Option(help: "The e-mail the member signs in with.")
    var email: String

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let password = try PasswordPrompt.read()
        if let problem = NewAccount.passwordProblem(password) {
            throw CommandFailure(PasswordPrompt.describe(problem))
        }
        let database: any NewsStore
        do {
            database = try await store.location().open(logger: Logger(label: "sahifa"))
            try await database.migrate()
            guard let credentials = try await database.credentials(email: email) else {
                throw CommandFailure("there is no account with the e-mail \(email)")
            }
            let hash = try await PasswordHasher(cost: NewsroomSettings().passwordCost).hash(password)
            try await database.setPassword(of: credentials.account.id, passwordHash: hash, keepingSession: nil)
            print("Set a new password for \(credentials.account.email) (\(credentials.account.name)).")
        } catch let error as StoreError {
            throw CommandFailure(StoreErrorText.describe(error))
        }
    }
}
