/// How big a synthetic data set is and which seed makes it. The same parameters always give the
/// same data, byte for byte.
public struct SynthParameters: Hashable, Sendable {
    public var organizations: Int
    public var experts: Int
    public var cycles: Int
    public var applicantsPerCycle: Int
    public var seed: UInt64
    /// The open (latest) cycle; earlier cycles count back from it.
    public var currentYear: Int

    public init(organizations: Int, experts: Int, cycles: Int, applicantsPerCycle: Int, seed: UInt64, currentYear: Int = 2026) {
        self.organizations = organizations; self.experts = experts; self.cycles = cycles
        self.applicantsPerCycle = applicantsPerCycle; self.seed = seed; self.currentYear = currentYear
    }

    /// A whole province's worth of history: 5,000 organizations, 1,000 experts, 20 cycles of 300.
    public static let province = SynthParameters(organizations: 5_000, experts: 1_000, cycles: 20, applicantsPerCycle: 300, seed: 1)

    /// The years generated, oldest first.
    public var years: [Int] { Array((currentYear - max(1, cycles) + 1)...currentYear) }

    /// A name that differs whenever the data would, for caching a generated directory.
    public var key: String {
        "o\(organizations)-e\(experts)-c\(cycles)-a\(applicantsPerCycle)-s\(seed)-y\(currentYear)-v\(SynthParameters.version)"
    }

    /// Bumped when the generator changes what it makes.
    public static let version = 2

    /// What the parameters cannot make: each cycle needs organizations from distinct groups, and
    /// each panel needs its members and alternates after conflicts.
    public var problem: String? {
        if organizations < 1 || experts < 1 || cycles < 1 || applicantsPerCycle < 1 { return "every count must be at least 1" }
        if applicantsPerCycle * 2 > organizations { return "organizations must be at least twice the applicants per cycle" }
        if experts < 12 { return "at least 12 experts are needed to draw panels of 5 with 2 alternates" }
        return nil
    }
}
