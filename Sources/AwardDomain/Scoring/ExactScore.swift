/// A score kept exactly, in hundredths of a point, as a reduced fraction: sheet totals are whole
/// hundredths (points × percent), and a mean of them is a fraction, so nothing is lost to
/// floating point before the one rounding at the end.
public struct ExactScore: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    public init(hundredths: Int) { numerator = hundredths; denominator = 1 }

    public init(_ n: Int, over d: Int) {
        precondition(d != 0)
        let g = ExactScore.gcd(abs(n), abs(d))
        let s = d < 0 ? -1 : 1
        numerator = s * n / max(g, 1)
        denominator = s * d / max(g, 1)
    }

    /// Rounded half-up to a whole hundredth of a point (two decimals): 1/2 hundredth goes up.
    public var hundredths: Int { ExactScore.floorDiv(2 * numerator + denominator, 2 * denominator) }

    /// Points with two decimals, e.g. "770.00".
    public var description: String { ExactScore.format(hundredths: hundredths) }

    public static func format(hundredths h: Int) -> String {
        let sign = h < 0 ? "-" : ""
        let a = abs(h)
        let cents = a % 100
        return "\(sign)\(a / 100).\(cents < 10 ? "0" : "")\(cents)"
    }

    public static func + (a: ExactScore, b: ExactScore) -> ExactScore {
        ExactScore(a.numerator * b.denominator + b.numerator * a.denominator, over: a.denominator * b.denominator)
    }
    public static func - (a: ExactScore, b: ExactScore) -> ExactScore {
        ExactScore(a.numerator * b.denominator - b.numerator * a.denominator, over: a.denominator * b.denominator)
    }
    public static func * (a: ExactScore, k: Int) -> ExactScore { ExactScore(a.numerator * k, over: a.denominator) }
    public static func / (a: ExactScore, k: Int) -> ExactScore { ExactScore(a.numerator, over: a.denominator * k) }
    public static func < (a: ExactScore, b: ExactScore) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    public var magnitude: ExactScore { ExactScore(abs(numerator), over: denominator) }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
    static func floorDiv(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
