import AwardDomain
import AwardStore
import Foundation

/// Synthetic data at any scale, for benchmarks and load tests: built in memory from a seeded
/// generator and written through `Store.initialize`, so the directory opens, replays nothing and
/// passes `audit verify` like one the office made.
public enum Synth {
    /// The registry (with the award history the past cycles produced) and every cycle, oldest first.
    public static func build(_ p: SynthParameters) -> (registry: Registry, cycles: [Cycle]) {
        var rng = SeededGenerator(seed: p.seed)
        let orgs = RegistrySynth.organizations(p, rng: &rng)
        var registry = Registry(organizations: orgs, experts: RegistrySynth.experts(p, organizations: orgs, rng: &rng),
                                settings: OfficeSettings(contactLine: "0515-88888888（合成数据）", currentCycle: p.currentYear))
        var cycles: [Cycle] = []
        for year in p.years {
            cycles.append(CycleSynth.make(year: year, decided: year != p.currentYear, registry: &registry, p: p, rng: &rng))
        }
        return (registry, cycles)
    }

    /// Makes `directory` (new or empty) a data directory holding the generated data.
    public static func write(_ p: SynthParameters, to directory: URL, actor: String = "qaward-generate") throws(StoreError) {
        let (registry, cycles) = build(p)
        let current = cycles.last!
        // A fixed clock: the same parameters give the same bytes, journal included.
        let at = CycleSynth.time(Day(year: p.currentYear, month: 6, day: 1)!, hour: 9).date
        try Store.initialize(directory: directory, year: current.year, registry: registry, cycle: current,
                             otherCycles: Array(cycles.dropLast()), actor: actor, now: { at })
    }
}
