import ArgumentParser

/// The command line: with no subcommand, opens the terminal UI; subcommands serve the office's
/// scripts and checking the program against real cases.
struct QAward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qaward",
        abstract: "盐城市市长质量奖评审管理 / Yancheng Mayor's Quality Award administration",
        discussion: """
        Global options, before or after the command:
          --data DIR          the data directory (default ~/.local/share/qaward)
          --cycle YEAR        the cycle to work on (default: the newest)
          --lang zh|en        the language (default zh, or en from LANG)
          --operator NAME     the name the audit journal records (default $USER)
          --today DATE        count deadlines as of DATE (YYYY-MM-DD)
        Options of the UI (qaward with no command):
          --demo              a fresh copy of the sample cycle, removed on exit
          --reviewer ID       open as this expert (own panels only, 第二十条)
          --theme NAME        default, light, high-contrast or monochrome

        Starting out:
          qaward --data DIR init --year 2026      make an empty data directory
          qaward --data DIR import orgs FILE      bring in organizations
          qaward --data DIR                       open the UI
          qaward --demo                           try it on the sample cycle
        qaward help COMMAND describes each command.
        """,
        version: QAward.version,
        subcommands: [
            UICommand.self, InitCommand.self, CycleCommands.self, SettingsCommands.self,
            ImportCommand.self, ExportCommand.self, EligibilityCommand.self, HistoryCommand.self,
            CalendarCommand.self, DeadlinesCommand.self,
            DrawCommands.self, ExpertCommands.self, PackageCommands.self, ReviewerCommands.self,
            ScoresCommand.self, RankCommand.self, ShortlistCommand.self,
            RecommendCommand.self, PlacesCommand.self, DecideCommand.self, PublicizeCommand.self, ApproveCommand.self,
            PublishAwardCommand.self, RevokeCommand.self, PublishCommand.self, DemoScoresCommand.self,
            GenerateCommand.self,
            ApplicationCommands.self, SheetCommands.self, PublicityCommands.self, ObjectionCommands.self, ProcedureCommands.self,
            FindingsCommand.self, ConsensusCommand.self, ReportCommand.self,
            AuditCommandGroup.self, RubricCommand.self, StressCommand.self, StressWriterCommand.self,
        ],
        defaultSubcommand: UICommand.self
    )

    /// Every failure reads `qaward: <message>` (ArgumentParser's default is `Error: `): the
    /// message is already in the user's language.
    static var _errorPrefix: String { "qaward: " }

    /// Printed by `qaward --version`.
    static let version = "qaward 1.0.0"
}
