/// What the review reports share: who the applicant is, the panel as drawn, the item-by-item score
/// table, findings by category and the panel's signature lines. Everything is read from the data.
struct ReviewReportParts {
    let data: AwardData
    let lang: Language
    var zh: Bool { lang == .zh }

    func l(_ zh: String, _ en: String) -> String { lang == .zh ? zh : en }

    func application(_ id: String) throws(DomainError) -> (Application, Organization) {
        guard let app = data.cycle.application(id), let org = data.registry.organization(app.orgID) else {
            throw DomainError(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
        }
        return (app, org)
    }

    /// "名称（编号）" / "name (id)".
    func named(_ name: String, _ id: String) -> String { lang == .zh ? "\(name)（\(id)）" : "\(name) (\(id))" }

    func expertName(_ id: String) -> String {
        data.registry.expert(id).map { named($0.name, id) } ?? id
    }

    /// The deliberation of the panel reviewing the applicant at the stage.
    func deliberation(_ applicationID: String, _ stage: Stage) throws(DomainError) -> Deliberation {
        guard let panelID = Deliberation.panelID(of: applicationID, in: data.cycle) else {
            throw DomainError(zh: "申报 \(applicationID) 没有已抽取专家的评审组", en: "Application \(applicationID) has no panel with drawn experts",
                              citation: .art11_3)
        }
        return try Deliberation.compute(data, panelID: panelID, stage: stage, applicationID: applicationID)
    }

    /// The panel as drawn: name, leader, members, the supervisor and time of the draw, the dates.
    func panelLines(_ d: Deliberation) -> [String] {
        let panel = data.cycle.panel(d.panelID)
        let draw = panel?.drawID.flatMap(data.cycle.drawRecord)
        var lines = [
            l("评审组：", "Panel: ") + named(panel?.name ?? d.panelID, d.panelID),
            l("组长：", "Leader: ") + (d.leaderID.map(expertName) ?? l("未指定", "not designated")),
            l("组员：", "Members: ") + d.members.map(expertName).joined(separator: l("、", ", ")),
        ]
        if let draw {
            lines.append(l("专家抽取：", "Draw: ") + draw.id + l("，监督人 ", ", supervised by ") + draw.supervisor
                         + (draw.revealedAt.map { l("，抽取于 ", ", drawn ") + $0.day.written(lang) } ?? ""))
        }
        if let p = panel { lines.append(l("评审日期：", "Review dates: ") + "\(p.dates.from.written(lang))—\(p.dates.to.written(lang))") }
        if let at = d.lastAgreedAt {
            lines.append(l("合议：", "Deliberation: ") + l("由 ", "recorded by ") + d.agreedBy.map(expertName).joined(separator: l("、", ", "))
                         + l(" 记录，", ", ") + "\(d.agreedCount)/\(d.items.count)" + l(" 个条目已合议，最近一次于 ", " items agreed, last on ") + at.day.written(lang))
        } else {
            lines.append(l("合议：尚未记录合议得分", "Deliberation: no agreed score recorded yet"))
        }
        return lines
    }

    /// Item by item: points, agreed %, agreed score, members' mean %, members' range; then each
    /// category's subtotal.
    func scoreTable(_ d: Deliberation) -> OfficeTable {
        let byID = Dictionary(d.items.map { ($0.item.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        for c in d.rubric.categories {
            var agreedSum = 0, allAgreed = true
            for item in c.items {
                guard let i = byID[item.id] else { continue }
                let agreed = i.agreed.map { ExactScore.format(hundredths: item.points * $0.percent) }
                if let a = i.agreed { agreedSum += item.points * a.percent } else { allAgreed = false }
                rows.append([item.id, item.title(lang), "\(item.points)", i.agreed.map { "\($0.percent)%" } ?? "—", agreed ?? "—",
                             i.meanPercent.map { "\($0)%" } ?? "—",
                             i.low.flatMap { lo in i.high.map { hi in lo == hi ? "\(lo)%" : "\(lo)–\(hi)%" } } ?? "—"])
            }
            rows.append([c.id, l("小计：", "Subtotal: ") + c.title(lang), "\(c.points)", "", allAgreed ? ExactScore.format(hundredths: agreedSum) : "—", "", ""])
        }
        return OfficeTable(headers: zh ? ["条目", "名称", "分值", "合议得分率", "合议得分", "组员平均得分率", "组员评分范围"]
                                         : ["Item", "Name", "Points", "Agreed %", "Agreed score", "Members' mean %", "Members' range"],
                             rows: rows)
    }

    /// The stage's totals under both rules, and which one the cycle uses (RULES.md §4).
    func totalsParagraph(_ d: Deliberation) -> String {
        let r = d.result
        let mean = r.mean.map { "\($0)" } ?? "—"
        let agreed = r.agreed.map { "\($0)" } ?? l("尚未全部合议", "not yet agreed on every item")
        let rule = data.cycle.settings.scoring.stageScore
        let meanName = r.trimmed ? l("去掉最高最低后的评分表均值", "trimmed mean of the sheets") : l("评分表均值", "mean of the sheets")
        return l("合议得分：\(agreed)；\(meanName)：\(mean)（\(r.submitted.count) 张已提交评分表，满分 \(r.maximumPoints)）。本年度按“\(rule.name.zh)”计\(d.stage.name.zh)得分：\(r.score.map { "\($0)" } ?? "—")。",
                 "Agreed score: \(agreed); \(meanName): \(mean) (\(r.submitted.count) submitted sheets, out of \(r.maximumPoints)). This cycle counts the \(rule.name.en) as the \(d.stage.name.en) score: \(r.score.map { "\($0)" } ?? "—").")
    }

    /// Agreed scores outside the members' range, with the reasons given.
    func departures(_ d: Deliberation) -> [String] {
        d.items.compactMap { i in
            guard let a = i.agreed, !a.reason.isEmpty else { return nil }
            return "\(i.item.id) \(i.item.title(lang))：\(a.percent)%（" + l("组员 ", "members ")
                + "\(i.low.map(String.init) ?? "—")–\(i.high.map(String.init) ?? "—")%）" + l("，理由：", ", reason: ") + a.reason
        }
    }

    /// One kind of finding grouped by category: a subheading per category with any, then the
    /// statements as "item name: text". Authors are left out: the panel signs the report.
    func findingsByCategory(_ findings: [PanelFinding], kind: FindingKind, rubric: Rubric) -> [OfficeDocument.Block] {
        var blocks: [OfficeDocument.Block] = []
        for c in rubric.categories {
            let ids = Set(c.items.map(\.id))
            let items = findings.filter { $0.kind == kind && ids.contains($0.itemID) }
            guard !items.isEmpty else { continue }
            blocks.append(.subheading("\(c.id) \(c.title(lang))"))
            blocks.append(bullets(items.map { f in
                let name = c.items.first { $0.id == f.itemID }?.title(lang) ?? ""
                return "\(f.itemID) \(name)：\(f.text)"
            }))
        }
        if blocks.isEmpty { blocks.append(.paragraph(l("（无）", "(none)"))) }
        return blocks
    }

    /// Short statements, one per line.
    func bullets(_ items: [String]) -> OfficeDocument.Block { .lines(items.map { "· " + $0 }) }

    /// A row for every member to sign, the leader first (组长负责制).
    func signatureTable(_ d: Deliberation) -> OfficeTable {
        let blank = "__________"
        var rows: [[String]] = []
        if let leader = d.leaderID { rows.append([l("组长", "Leader"), expertName(leader), blank, blank]) }
        for m in d.members where m != d.leaderID { rows.append([l("组员", "Member"), expertName(m), blank, blank]) }
        return OfficeTable(headers: zh ? ["职责", "姓名", "签字", "日期"] : ["Role", "Name", "Signature", "Date"], rows: rows)
    }
}
