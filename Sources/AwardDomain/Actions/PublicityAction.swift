import Foundation

/// Publicity periods, objections and milestones (第十一条（一）（七）, 第三条).
public enum PublicityAction: Hashable, Codable, Sendable {
    case start(id: String, kind: PublicityKind, applicationIDs: [String], start: Day)
    case recordObjection(periodID: String, objection: Objection)
    case resolveObjection(periodID: String, objectionID: String, outcome: ObjectionOutcome, handling: String)
    case close(periodID: String)
    case setMilestone(Milestone)

    var touches: Touches { .cycle }
}

extension PublicityKind {
    /// The article that sets the period's length.
    public var citation: Citation { self == .internal ? .art11_1 : .art11_7 }

    /// The last day of a period starting on `start`: internal, the 5th working day counting the
    /// start when it is a working day ("不少于5个工作日", 第十一条（一）); public, 7 calendar days
    /// counting the start ("公示时间7天", 第十一条（七）, RULES.md §8), so start + 6.
    public func end(from start: Day, calendar: WorkdayCalendar) throws(DomainError) -> Day {
        switch self {
        case .internal:
            do throws(DomainError) { return try calendar.endOfWorkdays(from: start, count: 5) } catch {
                throw DomainError(error.message, citation: .art11_1)
            }
        case .public:
            guard let end = start.adding(days: 6) else {
                throw DomainError(zh: "公示开始日期 \(start) 超出可用范围", en: "Publicity start \(start) is out of range", citation: .art11_7)
            }
            return end
        }
    }
}

extension AwardData {
    mutating func apply(_ action: PublicityAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .start(let id, let kind, let ids, let start):
            try startPublicity(id: id, kind: kind, applicationIDs: ids, start: start, today: context.clock)
        case .recordObjection(let periodID, let objection):
            try recordObjection(periodID: periodID, objection: objection)
        case .resolveObjection(let periodID, let objectionID, let outcome, let handling):
            try resolveObjection(periodID: periodID, objectionID: objectionID, outcome: outcome, handling: handling)
        case .close(let periodID):
            try closePublicity(periodID: periodID, today: context.clock)
        case .setMilestone(let m):
            if let a = m.applicationID, cycle.application(a) == nil {
                throw DomainError(zh: "申报 \(a) 不存在", en: "Application \(a) does not exist")
            }
            cycle.milestones.upsert(m)
        }
    }

    private mutating func startPublicity(id: String, kind: PublicityKind, applicationIDs ids: [String], start: Day, today: Day) throws(DomainError) {
        let c = kind.citation
        guard !id.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw DomainError(zh: "请填写公示编号", en: "Give the publicity period an id")
        }
        guard !cycle.publicity.contains(where: { $0.id == id }) else {
            throw DomainError(zh: "公示编号 \(id) 已存在", en: "Publicity period \(id) already exists")
        }
        guard !ids.isEmpty else {
            throw DomainError(zh: "请选择公示的申报组织", en: "Choose the applicants to publicise", citation: c)
        }
        guard Set(ids).count == ids.count else {
            throw DomainError(zh: "公示名单中有重复的申报", en: "An applicant is listed twice in the publicity", citation: c)
        }
        for a in ids {
            guard let app = cycle.application(a) else {
                throw DomainError(zh: "申报 \(a) 不存在，无法公示", en: "Application \(a) does not exist and cannot be publicised", citation: c)
            }
            guard app.status != .withdrawn else {
                throw DomainError(zh: "申报 \(a) 已撤回，无法公示", en: "Application \(a) was withdrawn and cannot be publicised", citation: c)
            }
        }
        switch kind {
        case .internal:
            // Each organization publicises its own application inside itself.
            guard ids.count == 1 else {
                throw DomainError(zh: "内部公示在申报组织内部进行，每次只能登记一个申报", en: "Internal publicity happens inside one applicant: record one application per period", citation: c)
            }
            if let open = cycle.publicity.first(where: { $0.kind == .internal && $0.stands && !$0.closed && $0.applicationIDs.contains(ids[0]) }) {
                throw DomainError(zh: "申报 \(ids[0]) 的内部公示 \(open.id)（\(open.start) 至 \(open.end)）尚未关闭，请先关闭",
                                  en: "Internal publicity \(open.id) of \(ids[0]) (\(open.start) to \(open.end)) is not closed yet: close it first", citation: c)
            }
        case .public:
            for a in ids {
                if let open = cycle.openPublicPeriods(of: a, today: today).first {
                    throw DomainError(zh: "申报 \(a) 已在社会公示 \(open.id)（\(open.start) 至 \(open.end)）中，不能同时再次公示",
                                      en: "Application \(a) is already in public publicity \(open.id) (\(open.start) to \(open.end)); it cannot be publicised twice at once", citation: c)
                }
            }
        }
        let end = try kind.end(from: start, calendar: calendar)
        cycle.publicity.append(PublicityPeriod(id: id, kind: kind, applicationIDs: ids, start: start, end: end))
        syncInternalPublicity(id)
    }

    private mutating func recordObjection(periodID: String, objection: Objection) throws(DomainError) {
        let i = try periodIndex(periodID)
        let p = cycle.publicity[i]
        guard !p.closed else {
            throw DomainError(zh: "公示 \(p.id) 已关闭，不能再登记异议", en: "Publicity \(p.id) is closed: no more objections can be recorded", citation: p.kind.citation)
        }
        guard p.applicationIDs.contains(objection.applicationID) else {
            throw DomainError(zh: "申报 \(objection.applicationID) 不在公示 \(p.id) 的名单中", en: "Application \(objection.applicationID) is not in publicity \(p.id)")
        }
        guard p.start <= objection.received && objection.received <= p.end else {
            throw DomainError(zh: "异议收到日期 \(objection.received) 不在公示期 \(p.start) 至 \(p.end) 内，不予登记",
                              en: "The objection was received on \(objection.received), outside the publicity period \(p.start) to \(p.end): it cannot be recorded",
                              citation: p.kind.citation)
        }
        guard !objection.id.trimmingCharacters(in: .whitespaces).isEmpty, !p.objections.contains(where: { $0.id == objection.id }) else {
            throw DomainError(zh: "异议编号“\(objection.id)”为空或已存在", en: "Objection id “\(objection.id)” is empty or already used")
        }
        guard !objection.content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(zh: "请填写异议内容", en: "Write down what the objection says")
        }
        var o = objection
        // Handling and outcome come only through resolveObjection, so every decision is recorded.
        o.outcome = .pending
        o.handling = ""
        cycle.publicity[i].objections.append(o)
        syncInternalPublicity(periodID)
    }

    private mutating func resolveObjection(periodID: String, objectionID: String, outcome: ObjectionOutcome, handling: String) throws(DomainError) {
        let i = try periodIndex(periodID)
        let p = cycle.publicity[i]
        guard let j = p.objections.firstIndex(where: { $0.id == objectionID }) else {
            throw DomainError(zh: "公示 \(periodID) 中没有异议 \(objectionID)", en: "Publicity \(periodID) has no objection \(objectionID)")
        }
        guard outcome != .pending else {
            throw DomainError(zh: "请选择异议成立或不成立", en: "Choose upheld or dismissed")
        }
        guard p.objections[j].outcome == .pending else {
            throw DomainError(zh: "异议 \(objectionID) 已处理（\(p.objections[j].outcome.name.zh)）", en: "Objection \(objectionID) is already resolved (\(p.objections[j].outcome.name.en))")
        }
        guard !handling.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw DomainError(zh: "请填写异议的核查和处理意见", en: "Write down how the objection was checked and handled")
        }
        cycle.publicity[i].objections[j].outcome = outcome
        cycle.publicity[i].objections[j].handling = handling
        syncInternalPublicity(periodID)
    }

    private mutating func closePublicity(periodID: String, today: Day) throws(DomainError) {
        let i = try periodIndex(periodID)
        let p = cycle.publicity[i]
        guard !p.closed else {
            throw DomainError(zh: "公示 \(p.id) 已关闭", en: "Publicity \(p.id) is already closed")
        }
        if let o = p.objections.first(where: { $0.outcome == .pending }) {
            throw DomainError(zh: "公示 \(p.id) 的异议 \(o.id)（\(o.received) 收到）尚未处理，处理后才能关闭",
                              en: "Objection \(o.id) to publicity \(p.id) (received \(o.received)) is still pending: resolve it before closing",
                              citation: p.kind.citation)
        }
        guard today > p.end else {
            throw DomainError(zh: "公示 \(p.id) 至 \(p.end) 结束（含当天），\(p.end.adding(days: 1).map(\.description) ?? "") 起方可关闭",
                              en: "Publicity \(p.id) runs through \(p.end): it can be closed from \(p.end.adding(days: 1).map(\.description) ?? "") on",
                              citation: p.kind.citation)
        }
        cycle.publicity[i].closed = true
        syncInternalPublicity(periodID)
    }

    private func periodIndex(_ id: String) throws(DomainError) -> Int {
        guard let i = cycle.publicity.firstIndex(where: { $0.id == id }) else {
            throw DomainError(zh: "公示 \(id) 不存在", en: "Publicity period \(id) does not exist")
        }
        return i
    }

    /// An internal period recorded here is the applicant's internal publicity that E8 checks.
    private mutating func syncInternalPublicity(_ periodID: String) {
        guard let p = cycle.publicity.first(where: { $0.id == periodID }), p.kind == .internal else { return }
        for a in p.applicationIDs {
            guard let k = cycle.applications.firstIndex(where: { $0.id == a }) else { continue }
            cycle.applications[k].internalPublicity = InternalPublicity(start: p.start, end: p.end, outcome: p.storedOutcome(of: a))
        }
    }
}
