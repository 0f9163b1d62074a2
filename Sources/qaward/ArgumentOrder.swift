import ArgumentParser

/// `qaward --data DIR init --sample`: with a default subcommand, ArgumentParser reads options
/// before a subcommand's name as the default (ui) command's, and then refuses the subcommand's
/// own options. The global options (GlobalOptions) are accepted by every command, so when they
/// come first they are moved after the subcommand path, where every parser looks for them.
enum ArgumentOrder {
    static let globalOptions: Set<String> = ["--data", "--lang", "--operator", "--today"]

    static func globalOptionsAfterSubcommand(_ args: [String], root: any ParsableCommand.Type) -> [String] {
        var leading: [String] = []
        var i = 0
        while i < args.count {
            let name = String(args[i].split(separator: "=", maxSplits: 1).first ?? "")
            guard globalOptions.contains(name) else { break }
            leading.append(args[i])
            if !args[i].contains("="), i + 1 < args.count { leading.append(args[i + 1]); i += 1 }
            i += 1
        }
        guard !leading.isEmpty else { return args }
        // Walk the subcommand path (e.g. `audit verify`) that follows the leading options.
        var path: [String] = []
        var command = root
        while i < args.count, let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == args[i] }) {
            path.append(args[i])
            command = sub
            i += 1
        }
        guard !path.isEmpty else { return args }
        return path + leading + args[i...]
    }
}
