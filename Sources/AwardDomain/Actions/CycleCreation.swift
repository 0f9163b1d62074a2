/// Making the next award year (第三条: "每年评审一次").
extension AwardData {
    /// The new cycle replaces the open one, which must be earlier (the store opens the newest
    /// first and refuses a year that already has a file); a cycle of the same year is made again
    /// only while it holds nothing, as when the journal redoes its creation on an empty cycle.
    mutating func createCycle(year: Int, settings: CycleSettings) throws(DomainError) {
        guard Day.validYears.contains(year) else {
            throw DomainError(zh: "年度 \(year) 无效", en: "\(year) is not a valid cycle year", citation: .art3)
        }
        guard year > cycle.year || (year == cycle.year && cycle == Cycle(year: year, settings: cycle.settings)) else {
            throw DomainError(zh: "\(year) 年度不在已有的 \(cycle.year) 年度之后：新的年度只能接在最新年度之后",
                              en: "\(year) does not follow the existing \(cycle.year) cycle: a new cycle can only follow the newest", citation: .art3)
        }
        var next = Cycle(year: year)
        next.settings = settings
        try CycleSettings.check(settings, year: year)
        cycle = next
        registry.settings.currentCycle = year
    }
}

extension Cycle {
    /// An empty cycle of `year` with the given settings.
    public init(year: Int, settings: CycleSettings) {
        self.init(year: year)
        self.settings = settings
    }
}

extension CycleSettings {
    /// The settings a new cycle starts with: the office's quotas and scoring policy of the cycle
    /// it follows, with the deadlines on the same days of the new year. The places the shortlist
    /// was sized for belong to that year's decision and are not carried.
    public static func carried(from previous: CycleSettings, to year: Int) -> CycleSettings {
        var s = CycleSettings(year: year)
        let shift = year - previous.applicationDeadline.year
        if let d = previous.applicationDeadline.adding(years: shift), d.year == year { s.applicationDeadline = d }
        if let d = previous.reviewDeadline.adding(years: shift), d >= s.applicationDeadline { s.reviewDeadline = d }
        s.awardQuota = previous.awardQuota
        s.nominationQuota = previous.nominationQuota
        s.scoring = previous.scoring
        s.scoring.shortlistPlaces = nil
        return s
    }

    /// 第三条: deadlines within the cycle's year, review after applications, at most 5 a tier.
    public static func check(_ s: CycleSettings, year: Int) throws(DomainError) {
        guard s.applicationDeadline.year == year else {
            throw DomainError(zh: "申报截止日应在 \(year) 年内", en: "The application deadline must fall in \(year)", citation: .art3)
        }
        guard s.reviewDeadline >= s.applicationDeadline else {
            throw DomainError(zh: "评审完成日 \(s.reviewDeadline) 不能早于申报截止日 \(s.applicationDeadline)",
                              en: "The review deadline \(s.reviewDeadline) cannot be before the application deadline \(s.applicationDeadline)", citation: .art3)
        }
        guard (0...5).contains(s.awardQuota), (0...5).contains(s.nominationQuota) else {
            throw DomainError(zh: "每个奖项每年评定数量不超过5个", en: "At most 5 of each tier per year", citation: .art3)
        }
    }
}
