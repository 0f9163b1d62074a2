/// E8 第十一条（一）: the applicant's own internal publicity.
extension Eligibility {
    /// E8 第十一条（一）: "在本组织内部……进行公示不少于5个工作日。公示无异议后，方可申报".
    /// - At least 5 working days: the 5th working day counting the start (RULES.md §8) must be no
    ///   later than the recorded end, when an end is recorded.
    /// - Ended with no objection: outcome no objection, or an objection that was dismissed.
    /// - Before applying: the publicity's last day (recorded end, else the 5th working day) must be
    ///   before the day the application was submitted. Not submitted yet: it must have ended by the
    ///   deadline at the latest — the submission itself is checked again once it is recorded.
    /// A year the calendar does not cover makes this a judgement carrying the calendar's message,
    /// never a Monday–Friday guess.
    static func e8InternalPublicity(_ x: Input) -> CheckResult {
        let c = Citation.art11_1
        let deadline = x.deadline
        let calendar = x.calendar
        let submitted = x.application.submitted
        guard let p = x.application.internalPublicity else {
            return CheckResult(code: "E8", citation: c, outcome: .fail) {
                (Phrase(zh: "没有内部公示记录：申报前须在本组织内部公示不少于5个工作日且无异议，请录入公示起止日期和结果",
                        en: "No internal publicity on file: the applicant must publicise its application internally for at least 5 working days, without objection, before applying; record the dates and outcome"),
                 [deadlineFact(deadline)])
            }
        }
        let recorded: @Sendable () -> [CheckFact] = {
            var facts = [CheckFact(zh: "公示开始", en: "publicity start", p.start.description)]
            if let e = p.end { facts.append(CheckFact(zh: "公示结束", en: "publicity end", e.description)) }
            facts.append(CheckFact(zh: "公示结果", en: "outcome", p.outcome.name.zh))
            if let s = submitted { facts.append(CheckFact(zh: "申报日期", en: "submitted", s.description)) }
            facts.append(deadlineFact(deadline))
            return facts
        }

        let fifth: Day
        do throws(DomainError) { fifth = try calendar.endOfWorkdays(from: p.start, count: 5) } catch {
            return CheckResult(code: "E8", citation: c, outcome: .judgement) {
                (Phrase(zh: "无法计算自 \(p.start) 起的5个工作日：\(error.message.zh)",
                        en: "Cannot count 5 working days from \(p.start): \(error.message.en)"), recorded())
            }
        }

        let endedWell = p.outcome == .noObjection || p.outcome == .objectionDismissed
        let tooShort = p.end.map { $0 < fifth } ?? false
        let last = max(p.end ?? fifth, fifth)
        let tooLate = submitted.map { !(last < $0) } ?? (last > deadline)
        let met = endedWell && !tooShort && !tooLate
        return CheckResult(code: "E8", citation: c, outcome: met ? .pass : .fail) {
            var facts = recorded()
            facts.append(CheckFact(zh: "第5个工作日", en: "5th working day", fifth.description))

            var failures: [Phrase] = []
            switch p.outcome {
            case .noObjection, .objectionDismissed: break
            case .running:
                failures.append(Phrase(zh: "内部公示尚未结束（结果仍为“公示中”）", en: "the internal publicity has not ended (outcome still “running”)"))
            case .objectionPending:
                failures.append(Phrase(zh: "内部公示有异议尚未处理", en: "an objection to the internal publicity is still pending"))
            case .objectionUpheld:
                failures.append(Phrase(zh: "内部公示异议成立", en: "an objection to the internal publicity was upheld"))
            }

            if tooShort, let end = p.end {
                let n = (try? calendar.workdays(from: p.start, through: end)).map(String.init) ?? "?"
                failures.append(Phrase(zh: "内部公示 \(p.start) 至 \(end) 只有 \(n) 个工作日，不足5个工作日（应至少到 \(fifth)）",
                                       en: "internal publicity \(p.start) to \(end) lasted \(n) working days, fewer than 5 (it must run at least to \(fifth))"))
            }

            if tooLate, let submitted {
                failures.append(Phrase(zh: "内部公示至 \(last) 结束，而申报日期为 \(submitted)：须公示结束、无异议后方可申报",
                                       en: "the internal publicity ran to \(last) but the application was submitted on \(submitted): it may be submitted only after the publicity has ended without objection"))
            } else if tooLate {
                failures.append(Phrase(zh: "内部公示至 \(last) 才结束，晚于申报截止日 \(deadline)",
                                       en: "the internal publicity ends only on \(last), after the deadline \(deadline)"))
            }

            if met {
                let when = submitted.map { Phrase(zh: "，早于申报日期 \($0)", en: ", before the submission on \($0)") }
                    ?? Phrase(zh: "，不晚于申报截止日 \(deadline)", en: ", by the deadline \(deadline)")
                return (Phrase(zh: "内部公示自 \(p.start) 起，第5个工作日为 \(fifth)，至 \(last) 结束，\(p.outcome.name.zh)\(when.zh)",
                               en: "Internal publicity from \(p.start), 5th working day \(fifth), ended \(last) with \(p.outcome.name.en)\(when.en)"), facts)
            }
            return (.joined(failures), facts)
        }
    }
}
