import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward rubric install FILE [--stage D|Q|S]`: the one way to change a scoring rubric. The file
/// (the layout of gbt19580-items.json) is checked, journaled with its digest and kept in history,
/// so a rubric edited outside the program is refused at open (第六条: the rubric decides every score).
struct RubricCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rubric", abstract: "Install a scoring rubric (journaled).", subcommands: [Install.self])

    struct Install: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Install FILE as the rubric of every stage, or of one stage with --stage.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "A rubric in the layout of gbt19580-items.json.") var file: String
        @Option(help: "D, Q or S: only this stage (default: every stage).") var stage: String?

        func run() throws {
            let lang = global.language
            var name = "gbt19580-2012.json"
            if let stage {
                guard let s = Stage(rawValue: stage.uppercased()) else {
                    throw ValidationError(Phrase(zh: "--stage 应为 D、Q 或 S", en: "--stage is D, Q or S").text(lang))
                }
                name = "stage-\(s.rawValue).json"
            }
            let bytes = try global.readFile(file)
            let store = try global.openStore()
            defer { store.close() }
            do { try store.installRubric(bytes, as: name) } catch { throw CommandFailure(error.text(lang)) }
            print(Phrase.rubricInstalled(name: name).text(lang))
        }
    }
}
