import ArgumentParser

/// The office writes `qaward --data DIR import orgs FILE`: options that every command takes may
/// stand before the command's name. ArgumentParser reads a subcommand's options after its name,
/// so those leading options are moved behind it before parsing.
@main
enum Main {
    static func main() {
        QAward.main(reorder(Array(CommandLine.arguments.dropFirst())))
    }

    /// Options of `GlobalOptions` that take a value.
    static let globalOptions: Set<String> = ["--data", "--lang", "--operator", "--today"]

    static func reorder(_ args: [String]) -> [String] {
        let names = Set(QAward.configuration.subcommands.map { $0._commandName })
        var leading: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if names.contains(a) {
                return [a] + leading + Array(args[(i + 1)...])
            }
            if globalOptions.contains(a), i + 1 < args.count {
                leading += [a, args[i + 1]]
                i += 2
            } else if globalOptions.contains(where: { a.hasPrefix($0 + "=") }) {
                leading.append(a)
                i += 1
            } else {
                return args // something else first: the default command (the UI) reads it all
            }
        }
        return args
    }
}
