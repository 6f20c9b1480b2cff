import ArgumentParser

/// `sahifa`: run and look after a Sahifa news site.
@main
struct Sahifa: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sahifa",
        abstract: "Sahifa (صحيفة): an Arabic-first news publishing platform.",
        discussion: """
            Start a site with demo content:   sahifa serve --demo
            Start your own site:              sahifa serve --database news.sqlite
            Open the first newsroom account:  sahifa user add --email you@example.org --name "…" --role admin
            Options can also come from SAHIFA_* environment variables; see each command's --help.
            """,
        subcommands: [
            ServeCommand.self, MigrateCommand.self, MigrateDataCommand.self, DemoCommand.self, ImportCommand.self,
            ReindexCommand.self, UserCommand.self, ExportCommand.self, BackupCommand.self, RestoreCommand.self,
            TokenCommand.self, RenditionsCommand.self,
        ]
    )
}
