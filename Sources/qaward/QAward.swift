import ArgumentParser

/// The command line: with no subcommand, opens the terminal UI; subcommands serve the office's
/// scripts and checking the program against real cases.
struct QAward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qaward",
        abstract: "盐城市市长质量奖评审管理 / Yancheng Mayor's Quality Award administration",
        subcommands: [
            UICommand.self, InitCommand.self,
            ImportCommand.self, ExportCommand.self, EligibilityCommand.self, HistoryCommand.self,
            CalendarCommand.self, DeadlinesCommand.self,
            DrawCommands.self, ExpertCommands.self, PackageCommands.self, ReviewerCommands.self,
            ScoresCommand.self, RankCommand.self, ShortlistCommand.self,
            RecommendCommand.self, PlacesCommand.self, DecideCommand.self, PublicizeCommand.self, ApproveCommand.self,
            PublishAwardCommand.self, RevokeCommand.self, PublishCommand.self, DemoScoresCommand.self,
            GenerateCommand.self,
            FindingsCommand.self, ConsensusCommand.self, ReportCommand.self,
            AuditCommandGroup.self, RubricCommand.self, StressCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )

    /// Every failure reads `qaward: <message>` (ArgumentParser's default is `Error: `): the
    /// message is already in the user's language.
    static var _errorPrefix: String { "qaward: " }
}
