/// What a deadline is about: a publicity period or a dated step of the cycle.
public enum DeadlineKind: Hashable, Codable, Sendable {
    case publicity(PublicityKind)
    case milestone(MilestoneKind)

    public var name: Phrase {
        switch self {
        case .publicity(let k): k.name
        case .milestone(let k): k.name
        }
    }
}

public enum DeadlineStatus: String, Codable, Sendable, CaseIterable {
    case upcoming, running, dueSoon, overdue, done

    public var name: Phrase {
        switch self {
        case .upcoming: Phrase(zh: "未到期", en: "upcoming")
        case .running: Phrase(zh: "进行中", en: "running")
        case .dueSoon: Phrase(zh: "即将到期", en: "due soon")
        case .overdue: Phrase(zh: "已逾期", en: "overdue")
        case .done: Phrase(zh: "已完成", en: "done")
        }
    }
}

/// One line of the deadline board.
public struct DeadlineItem: Hashable, Sendable, Identifiable {
    /// The period's or milestone's id; `cycle.applicationDeadline` / `cycle.reviewDeadline` for
    /// the deadlines taken from the cycle settings.
    public var id: String
    public var kind: DeadlineKind
    public var citation: Citation
    /// The applicants (organization names) concerned, or the cycle.
    public var subject: Phrase
    public var start: Day
    public var end: Day
    /// Calendar days from today to the end: 0 on the last day, negative when past it.
    public var calendarDaysLeft: Int
    /// Working days from today through the end, today included; negative (working days past the
    /// end) when overdue. Nil when the calendar lacks a year: `calendarProblem` then says which.
    public var workingDaysLeft: Int?
    public var calendarProblem: Phrase?
    public var status: DeadlineStatus
    /// Share of the time from start to end that has passed, 0…1 (1 when done).
    public var progress: Double
}

/// The deadline board: publicity periods and milestones of the cycle, most urgent first.
public enum Deadlines {
    /// "Due soon" when this many working days or fewer are left.
    public static let dueSoonWorkdays = 2

    public static func items(for data: AwardData, today: Day) -> [DeadlineItem] {
        let cycle = data.cycle
        let orgName = { (appID: String) -> String in
            guard let app = cycle.application(appID) else { return appID }
            return data.registry.organization(app.orgID)?.name ?? appID
        }
        let cycleSubject = Phrase(zh: "\(cycle.year)年度", en: "cycle \(cycle.year)")
        let yearStart = Day(year: cycle.year, month: 1, day: 1) ?? cycle.settings.applicationDeadline
        let announced = cycle.milestones.filter { $0.kind == .announcement }.map(\.date).min()
        var items: [DeadlineItem] = []

        for p in cycle.publicity {
            let names = p.applicationIDs.map(orgName)
            // A cancelled period stays on the board, marked, with its reason (第十一条（七）).
            let cancelled = p.cancelled.map { Phrase(zh: "（已撤销：\($0.reason)）", en: " (cancelled: \($0.reason))") } ?? Phrase.empty
            items.append(item(id: p.id, kind: .publicity(p.kind), citation: p.kind.citation,
                              subject: Phrase(zh: names.joined(separator: "、") + cancelled.zh, en: names.joined(separator: ", ") + cancelled.en),
                              start: p.start, end: p.end, isPeriod: true, done: p.closed || !p.stands, today: today, calendar: data.calendar))
        }

        for m in cycle.milestones {
            let subject = m.applicationID.map { n in Phrase(zh: orgName(n), en: orgName(n)) } ?? cycleSubject
            // A milestone is a day, not a period: its bar runs from the announcement (or 1 January).
            var start = m.kind != .announcement ? (announced ?? yearStart) : yearStart
            if start > m.date { start = m.date }
            items.append(item(id: m.id, kind: .milestone(m.kind), citation: .art3, subject: subject, start: start, end: m.date,
                              isPeriod: false, done: m.done, today: today, calendar: data.calendar))
        }

        // 第三条: the cycle's own deadlines, unless the office keeps them as milestones.
        let settingsDeadlines: [(String, MilestoneKind, Day)] = [
            ("cycle.applicationDeadline", .applicationDeadline, cycle.settings.applicationDeadline),
            ("cycle.reviewDeadline", .reviewDeadline, cycle.settings.reviewDeadline),
        ]
        for (id, kind, date) in settingsDeadlines where !cycle.milestones.contains(where: { $0.kind == kind }) {
            var start = announced ?? yearStart
            if start > date { start = date }
            // Nobody ticks these off: a date of the settings is done once it has passed.
            items.append(item(id: id, kind: .milestone(kind), citation: .art3, subject: cycleSubject, start: start, end: date,
                              isPeriod: false, done: today > date, today: today, calendar: data.calendar))
        }

        return items.sorted(by: moreUrgent)
    }

    static func item(id: String, kind: DeadlineKind, citation: Citation, subject: Phrase, start: Day, end: Day,
                     isPeriod: Bool, done: Bool, today: Day, calendar: WorkdayCalendar) -> DeadlineItem {
        let daysLeft = today.days(until: end)
        var workingLeft: Int?
        var problem: Phrase?
        do throws(DomainError) {
            if today <= end {
                workingLeft = try calendar.workdays(from: today, through: end)
            } else if let after = end.adding(days: 1) {
                workingLeft = -(try calendar.workdays(from: after, through: today))
            }
        } catch {
            problem = error.message
        }

        // Without the calendar, the calendar days left (today included) still bound the working days.
        let soon = workingLeft.map { $0 <= dueSoonWorkdays } ?? (daysLeft + 1 <= dueSoonWorkdays)
        let status: DeadlineStatus
        if done {
            status = .done
        } else if today > end {
            status = .overdue
        } else if isPeriod && today < start {
            status = .upcoming
        } else if soon {
            status = .dueSoon
        } else {
            status = isPeriod ? .running : .upcoming
        }

        let total = start.days(until: end)
        let progress: Double
        if done {
            progress = 1
        } else if total <= 0 {
            progress = today >= end ? 1 : 0
        } else {
            // A period's days are counted inclusively: on its first day one day of it has passed.
            let passed = isPeriod ? start.days(until: today) + 1 : start.days(until: today)
            let whole = isPeriod ? total + 1 : total
            progress = min(1, max(0, Double(passed) / Double(whole)))
        }
        return DeadlineItem(id: id, kind: kind, citation: citation, subject: subject, start: start, end: end,
                            calendarDaysLeft: daysLeft, workingDaysLeft: workingLeft, calendarProblem: problem,
                            status: status, progress: progress)
    }

    /// Overdue first (longest overdue first), then fewest working days left (unknown after known),
    /// then the earlier end; done items last.
    static func moreUrgent(_ a: DeadlineItem, _ b: DeadlineItem) -> Bool {
        func rank(_ i: DeadlineItem) -> Int {
            switch i.status {
            case .overdue: 0
            case .done: 3
            default: i.workingDaysLeft == nil ? 2 : 1
            }
        }
        let ra = rank(a), rb = rank(b)
        if ra != rb { return ra < rb }
        if ra == 1, let wa = a.workingDaysLeft, let wb = b.workingDaysLeft, wa != wb { return wa < wb }
        if a.end != b.end { return a.end < b.end }
        return a.id < b.id
    }
}
