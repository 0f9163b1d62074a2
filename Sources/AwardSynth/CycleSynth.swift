import AwardDomain

/// One award year as it would stand after the office ran it: applications decided, panels drawn
/// and revealed, every sheet of every stage submitted with its findings, every panel's agreed
/// scores, and (for past years) the committee's
/// decisions, whose awards go into the registry's history for the years after.
enum CycleSynth {
    static let office = "secretariat"
    static let supervisor = "市纪委监委派驻纪检监察组"
    static let panelSize = 5
    static let alternates = 2
    static let applicantsPerPanel = 10

    static func make(year: Int, decided: Bool, registry: inout Registry, p: SynthParameters, rng: inout SeededGenerator) -> Cycle {
        var cycle = Cycle(year: year)
        cycle.applications = applications(year: year, registry: registry, count: p.applicantsPerCycle, rng: &rng)
        cycle.milestones = [
            Milestone(id: "M\(year)-1", kind: .announcement, date: Day(year: year, month: 1, day: 5)!, done: true),
            Milestone(id: "M\(year)-2", kind: .applicationDeadline, date: cycle.settings.applicationDeadline, done: true),
            Milestone(id: "M\(year)-3", kind: .reviewDeadline, date: cycle.settings.reviewDeadline, done: decided),
        ]
        drawPanels(&cycle, registry: registry, rng: &rng)
        let rubrics = AwardData(registry: Registry(), cycle: Cycle(year: year)).rubrics
        let eligible = cycle.applications.filter { $0.status == .eligible }.map(\.id)
        score(&cycle, applications: eligible, stage: .document, rubric: rubrics[.document]!, rng: &rng)
        var review = SeededGenerator(seed: p.seed &+ UInt64(year))
        for id in eligible {
            ReviewSynth.findings(&cycle, applicationID: id, stage: .document, rubric: rubrics[.document]!, documentRubric: rubrics[.document]!, rng: &review)
        }
        ReviewSynth.agree(&cycle, applications: eligible, stage: .document, rubric: rubrics[.document]!)

        var data = AwardData(registry: registry, cycle: cycle)
        var shortlist = Shortlist.compute(data)
        if !shortlist.tieAtCut.isEmpty {
            // The office settles a tie at the cut by inviting the first of the tied by id.
            let open = shortlist.invitedCount - shortlist.shortlisted.count
            let tied = shortlist.tieAtCut.sorted()
            cycle.shortlistDecision = ShortlistDecision(tied: tied, include: Array(tied.prefix(max(0, open))), by: office,
                                                        at: time(Day(year: year, month: 5, day: 8)!, hour: 10), note: "按编号顺序邀请（合成数据）")
            data.cycle = cycle
            shortlist = Shortlist.compute(data)
        }
        score(&cycle, applications: shortlist.shortlisted, stage: .qa, rubric: rubrics[.qa]!, rng: &rng)
        score(&cycle, applications: shortlist.shortlisted, stage: .onsite, rubric: rubrics[.onsite]!, rng: &rng)
        for stage in [Stage.qa, .onsite] {
            for id in shortlist.shortlisted {
                ReviewSynth.findings(&cycle, applicationID: id, stage: stage, rubric: rubrics[stage]!, documentRubric: rubrics[.document]!, rng: &review)
            }
            ReviewSynth.agree(&cycle, applications: shortlist.shortlisted, stage: stage, rubric: rubrics[stage]!)
        }
        guard decided else { return cycle }

        data.cycle = cycle
        let ranked = Ranking.compute(data).filter { $0.composite != nil }
        let meeting = Day(year: year, month: 8, day: 15)!
        let awarded = Day(year: year, month: 9, day: 28)!
        for (i, r) in ranked.prefix(cycle.settings.awardQuota + cycle.settings.nominationQuota).enumerated() {
            let tier: PrizeTier = i < cycle.settings.awardQuota ? .award : .nomination
            cycle.decisions.append(CommitteeDecision(applicationID: r.applicationID, tier: tier, approved: true, meeting: meeting))
            guard let orgID = cycle.application(r.applicationID)?.orgID,
                  let o = registry.organizations.firstIndex(where: { $0.id == orgID }) else { continue }
            registry.organizations[o].awards.append(AwardRecord(year: year, tier: tier.awardTier, awarded: awarded))
        }
        return cycle
    }

    /// Applicants from groups that have not applied this year and hold no award; one in twenty
    /// lacks its recommendation (第十一条（一）) and is found ineligible.
    static func applications(year: Int, registry: Registry, count: Int, rng: inout SeededGenerator) -> [Application] {
        func root(_ o: Organization) -> String { o.parentID ?? o.id }
        let awardedGroups = Set(registry.organizations.filter { !$0.awards.isEmpty }.map(root))
        var applied: Set<String> = []
        var chosen: [Organization] = []
        for o in registry.organizations.shuffled(using: &rng) where chosen.count < count {
            let r = root(o)
            guard !awardedGroups.contains(r), applied.insert(r).inserted else { continue }
            chosen.append(o)
        }
        chosen.sort { $0.id < $1.id }
        let publicity = InternalPublicity(start: Day(year: year, month: 1, day: 12)!, end: Day(year: year, month: 1, day: 23)!, outcome: .noObjection)
        return chosen.enumerated().map { i, o in
            let submitted = Day(year: year, month: 3, day: Int.random(in: 2...20, using: &rng))!
            let complete = !rng.chance(0.05)
            let decidedAt = time(Day(year: year, month: 4, day: 2)!, hour: 9)
            var a = Application(
                id: "A\(year)-" + RegistrySynth.pad(i + 1, 3), orgID: o.id, declarationSigned: true, internalPublicity: publicity,
                recommendation: complete ? Recommendation(kind: .countyMarketSupervision, department: "\(o.county.name.zh)市场监督管理局",
                                                          signed: Day(year: year, month: 3, day: 25)!) : nil,
                selfAssessment: true, submitted: submitted, status: complete ? .eligible : .ineligible,
                history: [StatusChange(from: nil, to: .submitted, by: office, at: time(submitted, hour: 10))])
            a.history.append(StatusChange(from: .submitted, to: a.status, by: office, at: decidedAt,
                                          note: complete ? "" : "缺少推荐意见（第十一条（一））"))
            for code in ["E3", "E5"] {
                a.judgements[code] = Judgement(passed: true, by: office, at: decidedAt, note: "")
            }
            return a
        }
    }

    /// Ten applicants a panel; each panel's draw committed, then revealed with a seed from the
    /// generator, exactly as `DrawAction.commit` and `.reveal` record it.
    static func drawPanels(_ cycle: inout Cycle, registry: Registry, rng: inout SeededGenerator) {
        let eligible = cycle.applications.filter { $0.status == .eligible }.map(\.id)
        let year = cycle.year
        for (k, start) in stride(from: 0, to: eligible.count, by: applicantsPerPanel).enumerated() {
            let from = Day(year: year, month: 4, day: 6 + k % 20)!
            var panel = Panel(id: "P\(year)-" + RegistrySynth.pad(k + 1, 2), name: "第\(k + 1)评审组",
                              applicationIDs: Array(eligible[start..<min(eligible.count, start + applicantsPerPanel)]),
                              dates: DayRange(from: from, to: from.adding(days: 1)!), size: panelSize, alternates: alternates)
            let pool = Conflicts.evaluate(panel: panel, applications: cycle.applications, registry: registry)
            let seed = DrawSeed.make(using: &rng)
            var d = DrawRecord(id: "D\(year)-\(k + 1)-1", panelID: panel.id, committedAt: time(Day(year: year, month: 4, day: 3)!, hour: 9),
                               supervisor: supervisor, operatorName: office, size: panelSize, alternateCount: alternates,
                               pool: pool.pool, poolDigest: DrawAlgorithm.poolDigest(pool.pool), exclusions: pool.exclusions,
                               commitment: seed.commitment)
            d.seed = seed.hex
            d.order = DrawAlgorithm.order(pool: d.pool, seed: seed, count: panelSize + alternates)
            d.leaderID = d.order.first
            d.revealedAt = time(Day(year: year, month: 4, day: 3)!, hour: 10)
            panel.drawID = d.id
            cycle.panels.append(panel)
            cycle.draws.append(d)
        }
    }

    /// A complete, submitted sheet from each current member of the applicant's panel: the
    /// applicant's level plus the expert's leaning plus noise, in 5 % steps.
    static func score(_ cycle: inout Cycle, applications ids: [String], stage: Stage, rubric: Rubric, rng: inout SeededGenerator) {
        let panelOf = Dictionary(cycle.panels.flatMap { p in p.applicationIDs.map { ($0, p) } }, uniquingKeysWith: { a, _ in a })
        let draws = Dictionary(cycle.draws.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = rubric.items
        let month = stage == .document ? 4 : 5
        for id in ids {
            guard let panel = panelOf[id], let d = panel.drawID.flatMap({ draws[$0] }) else { continue }
            let level = Int.random(in: 50...90, using: &rng)
            for expert in d.currentMembers {
                let leaning = Int.random(in: -5...5, using: &rng)
                var s = ScoreSheet(panelID: panel.id, applicationID: id, expertID: expert, stage: stage, rubricID: rubric.id)
                for item in items {
                    let raw = level + leaning + Int.random(in: -10...10, using: &rng)
                    s.percents[item.id] = min(100, max(0, (raw + 2) / 5 * 5))
                }
                let day = Day(year: cycle.year, month: month, day: Int.random(in: 10...25, using: &rng))!
                s.status = .submitted
                s.history = [SheetEvent(status: .draft, by: expert, at: time(day, hour: 9)),
                             SheetEvent(status: .submitted, by: expert, at: time(day, hour: 16))]
                cycle.sheets.append(s)
            }
        }
    }

    /// An instant on `day` at `hour` Asia/Shanghai (UTC+8).
    static func time(_ day: Day, hour: Int) -> Timestamp {
        Timestamp(millis: Int64(day.ordinal) * 86_400_000 + Int64(hour - 8) * 3_600_000)
    }
}
