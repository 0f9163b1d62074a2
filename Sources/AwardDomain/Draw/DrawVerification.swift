/// The result of replaying a stored draw record.
public struct DrawVerification: Hashable, Sendable {
    public var matches: Bool
    public var details: Phrase
}

extension DrawAlgorithm {
    /// Recomputes, from the record alone, the commitment (from the revealed seed), the pool
    /// digest (from the stored pool) and the order; says what differs, if anything.
    public static func verify(record: DrawRecord) -> DrawVerification {
        var problems: [Phrase] = []
        let digest = poolDigest(record.pool)
        if digest != record.poolDigest {
            problems.append(Phrase(zh: "专家库摘要不符：记录 \(record.poolDigest)，重算 \(digest)",
                                   en: "pool digest differs: recorded \(record.poolDigest), recomputed \(digest)"))
        }
        guard let hex = record.seed else {
            problems.append(Phrase(zh: "尚未公开随机种子，无法复核抽取顺序", en: "the seed has not been revealed, so the order cannot be checked"))
            return DrawVerification(matches: false, details: join(problems))
        }
        guard let seed = DrawSeed(hex: hex) else {
            problems.append(Phrase(zh: "记录中的随机种子不是64位十六进制数", en: "the recorded seed is not 64 hexadecimal digits"))
            return DrawVerification(matches: false, details: join(problems))
        }
        if seed.commitment != record.commitment.lowercased() {
            problems.append(Phrase(zh: "随机种子与承诺值不符：承诺 \(record.commitment)，种子的 SHA-256 为 \(seed.commitment)",
                                   en: "the seed does not match the commitment: committed \(record.commitment), SHA-256 of the seed \(seed.commitment)"))
        }
        let expected = order(pool: record.pool, seed: seed, count: record.size + record.alternateCount)
        if expected != record.order {
            problems.append(Phrase(zh: "抽取顺序不符：记录 \(record.order.joined(separator: ","))，重算 \(expected.joined(separator: ","))",
                                   en: "the order differs: recorded \(record.order.joined(separator: ",")), recomputed \(expected.joined(separator: ","))"))
        }
        if problems.isEmpty {
            return DrawVerification(matches: true, details: Phrase(
                zh: "复核一致：承诺值、专家库摘要与抽取顺序均与记录相符",
                en: "Verified: the commitment, the pool digest and the order all match the record"))
        }
        return DrawVerification(matches: false, details: join(problems))
    }

    private static func join(_ ps: [Phrase]) -> Phrase {
        Phrase(zh: ps.map(\.zh).joined(separator: "；"), en: ps.map(\.en).joined(separator: "; "))
    }
}
