import ArgumentParser

/// `sahifa token`: API tokens from the command line, for deploy scripts and agencies' feeds.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token",
        abstract: "Make, list and revoke API tokens.",
        subcommands: [TokenAddCommand.self, TokenListCommand.self, TokenRevokeCommand.self]
    )
}
