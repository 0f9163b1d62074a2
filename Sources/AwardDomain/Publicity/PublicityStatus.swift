/// Where a publicity period (or one applicant in it) stands on a given day (第十一条（一）（七）).
public enum PublicityStatus: String, Codable, Sendable, CaseIterable {
    case upcoming, running, endedNoObjection, objectionPending, objectionUpheld, objectionDismissed

    public var name: Phrase {
        switch self {
        case .upcoming: Phrase(zh: "未开始", en: "not started")
        case .running: Phrase(zh: "公示中", en: "running")
        case .endedNoObjection: Phrase(zh: "已结束，无异议", en: "ended, no objection")
        case .objectionPending: Phrase(zh: "异议待处理", en: "objection pending")
        case .objectionUpheld: Phrase(zh: "异议成立", en: "objection upheld")
        case .objectionDismissed: Phrase(zh: "异议不成立", en: "objection dismissed")
        }
    }

    /// The status from a set of objections: an objection waiting for handling comes first (the
    /// office must act), then an upheld one (final), then the dates, then a dismissed one.
    static func of(_ objections: [Objection], start: Day, end: Day, closed: Bool, today: Day) -> PublicityStatus {
        if objections.contains(where: { $0.outcome == .pending }) { return .objectionPending }
        if objections.contains(where: { $0.outcome == .upheld }) { return .objectionUpheld }
        if !closed {
            if today < start { return .upcoming }
            if today <= end { return .running }
        }
        if objections.contains(where: { $0.outcome == .dismissed }) { return .objectionDismissed }
        return .endedNoObjection
    }
}

extension PublicityPeriod {
    /// The period as a whole on `today`.
    public func status(today: Day) -> PublicityStatus {
        .of(objections, start: start, end: end, closed: closed, today: today)
    }

    /// One applicant of the period on `today`: only the objections against it count.
    public func status(of applicationID: String, today: Day) -> PublicityStatus {
        .of(objections.filter { $0.applicationID == applicationID }, start: start, end: end, closed: closed, today: today)
    }

    /// The outcome recorded on the application for an internal period: the same as the status,
    /// but without a clock — a period not closed is still running.
    func storedOutcome(of applicationID: String) -> PublicityOutcome {
        let mine = objections.filter { $0.applicationID == applicationID }
        if mine.contains(where: { $0.outcome == .pending }) { return .objectionPending }
        if mine.contains(where: { $0.outcome == .upheld }) { return .objectionUpheld }
        if !closed { return .running }
        if mine.contains(where: { $0.outcome == .dismissed }) { return .objectionDismissed }
        return .noObjection
    }
}

extension Cycle {
    /// The upheld objection in a public publicity period that disqualifies the candidate
    /// ("公示不通过的，取消获奖资格，不进行递补", 第十一条（七）), if any. Nobody moves up in its place.
    public func publicityDisqualification(of applicationID: String) -> Objection? {
        for p in publicity where p.kind == .public && p.stands {
            if let o = p.objections.first(where: { $0.applicationID == applicationID && $0.outcome == .upheld }) { return o }
        }
        return nil
    }

    /// True when an upheld objection in public publicity disqualifies the candidate (第十一条（七）).
    public func isDisqualified(_ applicationID: String) -> Bool {
        publicityDisqualification(of: applicationID) != nil
    }

    /// The public periods of an applicant that are still open on `today`: not closed, and not yet
    /// past their end or with an objection against it still pending.
    func openPublicPeriods(of applicationID: String, today: Day) -> [PublicityPeriod] {
        publicity.filter { p in
            p.kind == .public && p.stands && !p.closed && p.applicationIDs.contains(applicationID)
                && (today <= p.end || p.objections.contains { $0.applicationID == applicationID && $0.outcome == .pending })
        }
    }
}
