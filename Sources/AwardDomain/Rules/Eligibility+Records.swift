/// E6 第十条（六）: no disqualifying adverse record in the 3 years before the deadline.
extension Eligibility {
    /// The 3-year window of 第十条（六） ("近3年"), read as the 3 years ending on the deadline:
    /// deadline − 3 years < date ≤ deadline. A record dated exactly deadline − 3 years is outside
    /// (on the deadline day the 3 years since it are complete), the day after it is inside.
    static func inRecordWindow(_ date: Day, deadline: Day) -> Bool {
        guard let from = deadline.adding(years: -3) else { return false }
        return from < date && date <= deadline
    }

    /// Whether a record of this kind and severity is one 第十条（六） names. "较大及以上" = larger or
    /// worse; "重大" = major or worse; the others name no severity, so any such record counts.
    static func isDisqualifying(_ r: ComplianceRecord) -> Bool {
        switch r.kind {
        case .qualityAccident, .safetyAccident, .environmentalAccident, .publicHealthAccident, .foodSafetyAccident:
            r.severity >= .larger                   // 无较大及以上……事故
        case .qualityComplaint: r.severity >= .major // 无重大质量投诉
        case .selfCausedDispute: true              // 无属于组织自身责任而引起的质量异议、索赔和退货
        case .failedSpotCheck: true                // 无国家或省质量监督抽查不合格记录
        case .labourDishonesty: r.severity >= .major // 无重大劳动保障失信记录
        case .otherViolation: r.severity >= .larger  // 无其他较大及以上违法违规不良记录
        case .exportIncident: true                 // 出口企业未发生……退运、销毁或官方通报
        }
    }

    /// "至申报截止日期前已完成信用修复的除外": a record repaired on or before the deadline does not
    /// count; repaired after the deadline it still does. Applied to every kind of record, as
    /// RULES.md §2 states it.
    static func isRepaired(_ r: ComplianceRecord, deadline: Day) -> Bool {
        guard let repaired = r.creditRepaired else { return false }
        return repaired <= deadline
    }

    /// E6 第十条（六）: within the window, none of the named accidents, complaints, disputes, failed spot
    /// checks, labour-security dishonesty or other violations, and for an exporter no export
    /// incident. A non-exporter with an export incident evidently exports, so the incident counts
    /// too and the reason says so.
    static func e6Records(_ x: Input) -> CheckResult {
        let deadline = x.deadline
        let org = x.organization
        let fails = org.records.contains { isDisqualifying($0) && inRecordWindow($0.date, deadline: deadline) && !isRepaired($0, deadline: deadline) }
        return CheckResult(code: "E6", citation: .art10_6, outcome: fails ? .fail : .pass) {
            let from = deadline.adding(years: -3)
            let windowText = from.map { "\($0)（不含）至 \(deadline)" } ?? "—"
            let windowTextEn = from.map { "after \($0) up to \(deadline)" } ?? "—"
            var facts = [deadlineFact(deadline), CheckFact(zh: "近3年", en: "3-year window", from.map { "\($0) < d ≤ \(deadline)" } ?? "—")]
            var counted: [Phrase] = []
            var setAside: [Phrase] = []

            for r in org.records.sorted(by: { $0.date < $1.date }) where isDisqualifying(r) {
                let what = Phrase(zh: "\(r.date) \(r.severity.name.zh)\(r.kind.name.zh)", en: "\(r.date) \(r.kind.name.en) (\(r.severity.name.en))")
                guard inRecordWindow(r.date, deadline: deadline) else {
                    if r.date <= deadline {
                        setAside.append(Phrase(zh: "\(what.zh) 在近3年之外", en: "\(what.en) is outside the 3 years"))
                    }
                    continue
                }
                if isRepaired(r, deadline: deadline), let day = r.creditRepaired {
                    setAside.append(Phrase(zh: "\(what.zh) 已于 \(day) 完成信用修复，不计", en: "\(what.en) was credit-repaired on \(day) and does not count"))
                    continue
                }
                var line = what
                if let day = r.creditRepaired {
                    line = Phrase(zh: "\(what.zh)（信用修复于 \(day) 完成，晚于申报截止日，仍计）",
                                  en: "\(what.en) (credit repair completed \(day), after the deadline: still counts)")
                }
                if r.kind == .exportIncident && !org.isExporter {
                    line = Phrase(zh: "\(line.zh)（名录未标为出口企业，但有出口事件即属出口企业，请更正名录）",
                                  en: "\(line.en) (not marked as an exporter, but an export incident shows it exports: correct the registry)")
                }
                if !r.note.isEmpty { line = Phrase(zh: "\(line.zh)：\(r.note)", en: "\(line.en): \(r.note)") }
                counted.append(line)
            }

            for p in setAside { facts.append(CheckFact(zh: "不计", en: "set aside", p.zh)) }
            if fails {
                return (Phrase(zh: "近3年（\(windowText)）有不良记录：" + counted.map(\.zh).joined(separator: "；"),
                               en: "Adverse record in the 3 years (\(windowTextEn)): " + counted.map(\.en).joined(separator: "; ")), facts)
            }
            var reason = Phrase(zh: "近3年（\(windowText)）无第十条（六）所列不良记录",
                                en: "No record of the kinds Art. 10(6) names in the 3 years (\(windowTextEn))")
            if !setAside.isEmpty {
                reason = Phrase(zh: reason.zh + "；" + setAside.map(\.zh).joined(separator: "；"),
                                en: reason.en + "; " + setAside.map(\.en).joined(separator: "; "))
            }
            return (reason, facts)
        }
    }
}
