import ArgumentParser

/// The command line: with no subcommand, opens the terminal UI; subcommands serve the office's
/// scripts and checking the program against real cases.
@main
struct QAward: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qaward",
        abstract: "盐城市市长质量奖评审管理 / Yancheng Mayor's Quality Award administration",
        subcommands: [UICommand.self, InitCommand.self, AuditCommandGroup.self, StressCommand.self],
        defaultSubcommand: UICommand.self
    )

    static func main() {
        main(ArgumentOrder.globalOptionsAfterSubcommand(Array(CommandLine.arguments.dropFirst()), root: QAward.self))
    }
}
