import AwardDomain

/// The review beside the scores (第十一条（三）至（五）): findings on every sheet and each panel's
/// agreed scores, so every report can be made on a generated data set. Drawn from its own
/// generator, so the scores of a seed stay what they were before findings existed.
enum ReviewSynth {
    /// Statements per category kind; experts of one panel pick from the same few, so the panel's
    /// merged findings show the same statement from several members.
    static let strengths: [String: [String]] = [
        "process": ["方法系统并在各部门展开", "建立了定期评审和改进机制", "与战略目标协调一致", "有创新做法并在行业内推广"],
        "result": ["关键指标三年持续向好", "主要指标优于行业平均水平", "对比数据充分，处于领先"],
    ]
    static let improvements: [String: [String]] = [
        "process": ["方法的展开尚不充分", "缺少对方法有效性的评价", "学习和改进的证据不足", "与其他过程的整合不够"],
        "result": ["趋势数据不足三年", "缺少与标杆的对比", "部分关键指标未测量"],
    ]

    /// Adds to each of the applicant's sheets at `stage` one or two findings on a few items: a
    /// strength where the expert scored 70 % or more, an improvement opportunity below. On an on-site
    /// sheet the document-review findings are confirmed (four times in five) or not, and a visit
    /// finds one new statement.
    static func findings(_ cycle: inout Cycle, applicationID: String, stage: Stage, rubric: Rubric, documentRubric: Rubric,
                         rng: inout SeededGenerator) {
        let carried = stage == .onsite
            ? PanelFindings.merge(cycle.sheets.filter { $0.applicationID == applicationID && $0.stage == .document }, rubric: documentRubric)
            : []
        for i in cycle.sheets.indices where cycle.sheets[i].applicationID == applicationID && cycle.sheets[i].stage == stage {
            var sheet = cycle.sheets[i]
            let own: FindingCheck? = stage == .onsite ? .new : nil
            for category in rubric.categories {
                for item in category.items where rng.chance(0.25) {
                    let p = sheet.percents[item.id] ?? 0
                    let bank = (p >= 70 ? strengths : improvements)[category.kind] ?? strengths["process"]!
                    let f = Finding(kind: p >= 70 ? .strength : .improvement, text: rng.pick(bank), check: own)
                    if !(sheet.findings[item.id] ?? []).contains(where: { $0.text == f.text }) { sheet.findings[item.id, default: []].append(f) }
                }
            }
            for c in carried where rubric.items.contains(where: { $0.id == c.itemID }) {
                let check: FindingCheck = rng.chance(0.8) ? .confirmed : .notConfirmed
                let f = Finding(kind: c.kind, text: c.text, check: check)
                if !(sheet.findings[c.itemID] ?? []).contains(where: { $0.text == f.text && $0.kind == f.kind }) {
                    sheet.findings[c.itemID, default: []].append(f)
                }
            }
            cycle.sheets[i] = sheet
        }
    }

    /// The panel's deliberation on each applicant: every item agreed at the members' median,
    /// recorded by the leader the day after the last sheet came in.
    static func agree(_ cycle: inout Cycle, applications ids: [String], stage: Stage, rubric: Rubric) {
        for id in ids {
            let sheets = cycle.sheets.filter { $0.applicationID == id && $0.stage == stage && $0.status == .submitted }
            guard let panelID = sheets.first?.panelID, let panel = cycle.panel(panelID),
                  let leader = panel.drawID.flatMap(cycle.drawRecord)?.leaderID,
                  let last = sheets.compactMap({ $0.history.last?.at }).max() else { continue }
            let at = CycleSynth.time(last.day.adding(days: 1) ?? last.day, hour: 10)
            var record = ConsensusRecord(panelID: panelID, applicationID: id, stage: stage)
            for item in rubric.items {
                let values = sheets.compactMap { $0.percents[item.id] }.sorted()
                guard !values.isEmpty else { continue }
                record.items[item.id] = AgreedItem(percent: values[values.count / 2], reason: "", by: leader, leaderID: leader, at: at)
            }
            cycle.consensus.append(record)
        }
    }
}
