import ArgumentParser
import AwardDomain
import AwardStore
import AwardSynth
import Foundation

/// `qaward generate --out DIR`: a synthetic data directory for benchmarks and load tests
/// (defaults: the province scale of docs/benchmarks.md). Fictional organizations and experts only.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a synthetic data directory (fictional data) for benchmarks.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Organizations in the registry.")
    var orgs = SynthParameters.province.organizations
    @Option(name: .long, help: "Experts in the pool.")
    var experts = SynthParameters.province.experts
    @Option(name: .long, help: "Award cycles, the last being the open one.")
    var cycles = SynthParameters.province.cycles
    @Option(name: .long, help: "Applicants in each cycle.")
    var applicantsPerCycle = SynthParameters.province.applicantsPerCycle
    @Option(name: .long, help: "Seed: the same options and seed always give the same data.")
    var seed: UInt64 = SynthParameters.province.seed
    @Option(name: .long, help: "The open cycle's year.")
    var year = SynthParameters.province.currentYear
    @Option(name: .long, help: "The new data directory (must not exist or be empty).")
    var out: String

    func run() throws {
        let lang = global.language
        let p = SynthParameters(organizations: orgs, experts: experts, cycles: cycles, applicantsPerCycle: applicantsPerCycle,
                                seed: seed, currentYear: year)
        if let problem = p.problem { throw ValidationError(problem) }
        let url = URL(fileURLWithPath: out)
        do { try Synth.write(p, to: url, actor: global.operatorName) } catch { throw CommandFailure(error.text(lang)) }
        print(Phrase.syntheticGenerated(directory: url.path, key: p.key).text(lang))
    }
}
