import ArgumentParser

/// `sahifa user`: newsroom accounts from the command line.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage newsroom accounts.",
        subcommands: [UserAddCommand.self, UserPasswordCommand.self]
    )
}
