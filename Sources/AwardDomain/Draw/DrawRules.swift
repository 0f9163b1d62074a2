/// The rules a draw obeys, each with its article (第十一条（三）).
public enum DrawRules {
    /// 第十一条（三）: 随机抽选不少于3名专家.
    static let minimumPanelSize = 3

    /// 第十一条（三）: a panel has at least 3 experts.
    static func checkPanelSize(_ size: Int) throws(DomainError) {
        guard size >= minimumPanelSize else {
            throw DomainError(zh: "评审组专家不少于3名（当前设为 \(size) 名），请把人数改为3名或以上",
                              en: "A review panel has at least 3 experts (set to \(size)); set the size to 3 or more",
                              citation: .art11_3)
        }
    }

    /// 第十一条（三）: the draw is made from the eligible pool; it must hold the members and the
    /// alternates, or the draw cannot be random over anyone.
    static func checkPoolSufficient(_ e: PoolEligibility, size: Int, alternates: Int) throws(DomainError) {
        let needed = size + alternates
        guard e.pool.count < needed else { return }
        throw DomainError(
            zh: "专家库共 \(e.total) 人，可抽取 \(e.pool.count) 人，需要 \(needed) 人（\(size) 名组员 + \(alternates) 名候补）；"
                + "排除 \(e.exclusions.count) 人：利益冲突 \(e.conflicted) 人，不可用 \(e.unavailable) 人。请补充专家、调整评审日期或减少候补人数",
            en: "The expert pool has \(e.total) experts, \(e.pool.count) can be drawn, \(needed) are needed (\(size) members + \(alternates) alternates); "
                + "\(e.exclusions.count) excluded: \(e.conflicted) for conflict of interest, \(e.unavailable) unavailable. Add experts, change the review dates or take fewer alternates",
            citation: .art11_3)
    }
}

extension DrawRules {
    /// 第十一条（三）, RULES.md §3 ("the random seed, committed to before the draw"): a seed
    /// committed in a step of its own is revealed only once its commitment was published, so
    /// that someone outside the office (the supervisor, with the notice stamped with the
    /// journal's head) held it before anyone could know the draw. The steps that reveal a
    /// separately committed draw (`draw reveal`, the draw screen) check this; `draw new`, which
    /// commits and reveals at once for scripts, does not, and its record says so
    /// (`publishedBeforeReveal` false). No waiting time is imposed: none would prove anyone
    /// looked; the record gives both times to the second.
    public static func checkRevealable(_ d: DrawRecord) throws(DomainError) {
        guard d.commitmentPublishedAt != nil || d.isRevealed || d.isVoided else {
            throw DomainError(Phrase(zh: "抽取 \(d.id) 的承诺值尚未公布，不能公开种子", en: "The commitment of draw \(d.id) has not been published, so its seed cannot be revealed"),
                              citation: .art11_3, refused: ActionKind.revealDraw.name,
                              instead: Phrase(zh: "先公布承诺值（qaward draw commit 打印或导出的承诺公告，交监督人签字），再公开种子",
                                              en: "Publish the commitment first (the notice qaward draw commit prints or exports, for the supervisor to sign), then reveal"))
        }
    }
}

extension DrawRecord {
    public var isRevealed: Bool { revealedAt != nil }

    /// Whether the commitment was published in a step before the seed was revealed; nil while
    /// the seed is not revealed.
    public var publishedBeforeReveal: Bool? {
        guard let revealed = revealedAt else { return nil }
        guard let published = commitmentPublishedAt else { return false }
        return published <= revealed
    }
    public var isVoided: Bool { voided != nil }

    /// The panel as it stands: the first `size` drawn, each decliner replaced in place by the
    /// alternate who took the seat.
    public var currentMembers: [String] {
        var members = Array(order.prefix(size))
        for r in replacements {
            if let i = members.firstIndex(of: r.declined) { members[i] = r.replacement }
        }
        return members
    }

    /// The alternates in draw order.
    public var alternates: [String] { Array(order.dropFirst(size)) }

    /// Alternates not yet called to replace anyone, in draw order.
    public var unusedAlternates: [String] {
        let used = Set(replacements.map(\.replacement))
        return alternates.filter { !used.contains($0) }
    }
}

extension Cycle {
    public func panel(_ id: String) -> Panel? { panels.first { $0.id == id } }
    public func drawRecord(_ id: String) -> DrawRecord? { draws.first { $0.id == id } }

    /// Members of a draw's panel after replacements.
    public func currentMembers(of record: DrawRecord) -> [String] { record.currentMembers }

    /// Panels whose draw in force has the expert as a current member.
    public func panelsServed(_ expertID: String) -> [Panel] {
        panels.filter { p in
            guard let d = p.drawID.flatMap(drawRecord), !d.isVoided else { return false }
            return d.currentMembers.contains(expertID)
        }
    }

    /// The draw of a panel that is neither voided nor superseded: revealed (in force) or
    /// committed and awaiting its reveal.
    func liveDraw(ofPanel panelID: String) -> DrawRecord? {
        draws.first { $0.panelID == panelID && !$0.isVoided }
    }
}
