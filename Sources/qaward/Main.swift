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
    static let globalOptions: Set<String> = ["--data", "--lang", "--operator", "--today", "--file-mode", "--cycle"]

    static func reorder(_ args: [String]) -> [String] {
        var leading: [String] = []
        var i = 0
        while i < args.count {
            let a = args[i]
            if var command = QAward.configuration.subcommands.first(where: { $0._commandName == a }) {
                // Take the whole command path (`history repair`), then the moved options.
                var path = [a]
                var j = i + 1
                while j < args.count, let sub = command.configuration.subcommands.first(where: { $0._commandName == args[j] }) {
                    path.append(args[j])
                    command = sub
                    j += 1
                }
                return path + leading + Array(args[j...])
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
