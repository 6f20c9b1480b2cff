import ArgumentParser

/// `sahifa import`: bring articles in from elsewhere.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import articles published elsewhere.",
        subcommands: [ImportJSONLinesCommand.self, ImportWordPressCommand.self, ImportSahifaCommand.self]
    )
}
