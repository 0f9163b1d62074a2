/// The draw's rules as answers rather than refusals, for forms and commands that check before
/// they send anything (第十一条（三）). The reducer applies the same rules when the action comes.
public enum DrawChecks {
    /// 第十一条（三）: a panel has at least 3 experts; nil when `size` is allowed.
    public static func panelSize(_ size: Int) -> DomainError? {
        do { try DrawRules.checkPanelSize(size) } catch { return error }
        return nil
    }

    /// 第十一条（三）: the eligible pool must hold the members and the alternates. The message gives
    /// the eligible count and how many were excluded for conflict and for unavailability.
    public static func pool(_ e: PoolEligibility, size: Int, alternates: Int) -> DomainError? {
        do { try DrawRules.checkPoolSufficient(e, size: size, alternates: alternates) } catch { return error }
        return nil
    }

    /// The id of a panel's next draw: panel "P2026-01" gives "D2026-01-1", then "-2" after a void.
    public static func nextDrawID(panelID: String, in cycle: Cycle) -> String {
        let stem = panelID.hasPrefix("P") ? "D" + panelID.dropFirst() : "D-" + panelID
        var n = cycle.draws.filter { $0.panelID == panelID }.count + 1
        while cycle.drawRecord("\(stem)-\(n)") != nil { n += 1 }
        return "\(stem)-\(n)"
    }
}

extension Cycle {
    /// Every draw of a panel, oldest first (voided ones included: their records stay).
    public func draws(ofPanel panelID: String) -> [DrawRecord] { draws.filter { $0.panelID == panelID } }

    /// The panel's draw that is neither voided nor superseded: in force, or committed and
    /// awaiting its reveal.
    public func pendingOrLiveDraw(ofPanel panelID: String) -> DrawRecord? { liveDraw(ofPanel: panelID) }
}
