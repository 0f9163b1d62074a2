/// What the review reports share: who the applicant is, the panel as drawn, the item-by-item score
/// table, findings by category and the panel's signature lines. Everything is read from the data.
struct ReviewReportParts {
    let data: AwardData
    let lang: Language


    func application(_ id: String) throws(DomainError) -> (Application, Organization) {
        guard let app = data.cycle.application(id), let org = data.registry.organization(app.orgID) else {
            throw DomainError(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
        }
        return (app, org)
    }

    /// "名称（编号）" / "name (id)".
    func named(_ name: String, _ id: String) -> String { Phrase.nameAndID(name: name, id: id).text(lang) }

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
            Phrase(zh: "评审组：", en: "Panel: ").text(lang) + named(panel?.name ?? d.panelID, d.panelID),
            Phrase(zh: "组长：", en: "Leader: ").text(lang) + (d.leaderID.map(expertName) ?? Phrase(zh: "未指定", en: "not designated").text(lang)),
            Phrase(zh: "组员：", en: "Members: ").text(lang) + d.members.map(expertName).joined(separator: Phrase.enumerationComma.text(lang)),
        ]
        if let draw {
            lines.append(Phrase(zh: "专家抽取：", en: "Draw: ").text(lang) + draw.id + Phrase(zh: "，监督人 ", en: ", supervised by ").text(lang) + draw.supervisor
                         + (draw.revealedAt.map { Phrase(zh: "，抽取于 ", en: ", drawn ").text(lang) + $0.day.written(lang) } ?? ""))
        }
        if let p = panel { lines.append(Phrase(zh: "评审日期：", en: "Review dates: ").text(lang) + "\(p.dates.from.written(lang))—\(p.dates.to.written(lang))") }
        if let at = d.lastAgreedAt {
            lines.append(Phrase(zh: "合议：", en: "Deliberation: ").text(lang) + Phrase(zh: "由 ", en: "recorded by ").text(lang) + d.agreedBy.map(expertName).joined(separator: Phrase.enumerationComma.text(lang))
                         + Phrase(zh: " 记录，", en: ", ").text(lang) + "\(d.agreedCount)/\(d.items.count)" + Phrase(zh: " 个条目已合议，最近一次于 ", en: " items agreed, last on ").text(lang) + at.day.written(lang))
        } else {
            lines.append(Phrase(zh: "合议：尚未记录合议得分", en: "Deliberation: no agreed score recorded yet").text(lang))
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
            rows.append([c.id, Phrase(zh: "小计：", en: "Subtotal: ").text(lang) + c.title(lang), "\(c.points)", "", allAgreed ? ExactScore.format(hundredths: agreedSum) : "—", "", ""])
        }
        return OfficeTable(headers: [
            Phrase(zh: "条目", en: "Item"),
            Phrase(zh: "名称", en: "Name"),
            Phrase(zh: "分值", en: "Points"),
            Phrase(zh: "合议得分率", en: "Agreed %"),
            Phrase(zh: "合议得分", en: "Agreed score"),
            Phrase(zh: "组员平均得分率", en: "Members' mean %"),
            Phrase(zh: "组员评分范围", en: "Members' range"),
        ].text(lang),
                             rows: rows)
    }

    /// The stage's totals under both rules, and which one the cycle uses (RULES.md §4).
    func totalsParagraph(_ d: Deliberation) -> String {
        let r = d.result
        let mean = r.mean.map { "\($0)" } ?? "—"
        let agreed = r.agreed.map { "\($0)" } ?? Phrase(zh: "尚未全部合议", en: "not yet agreed on every item").text(lang)
        let rule = data.cycle.settings.scoring.stageScore
        let meanName = r.trimmed ? Phrase(zh: "去掉最高最低后的评分表均值", en: "trimmed mean of the sheets").text(lang) : Phrase(zh: "评分表均值", en: "mean of the sheets").text(lang)
        return Phrase.reviewTotals(agreed: agreed, meanName: meanName, mean: mean, sheets: r.submitted.count, maximumPoints: r.maximumPoints, rule: rule.name, stage: d.stage.name, score: r.score.map { "\($0)" } ?? "—").text(lang)
    }

    /// Agreed scores outside the members' range, with the reasons given.
    func departures(_ d: Deliberation) -> [String] {
        d.items.compactMap { i in
            guard let a = i.agreed, !a.reason.isEmpty else { return nil }
            let low = i.low.map(String.init) ?? "—", high = i.high.map(String.init) ?? "—"
            return Phrase(zh: "\(i.item.id) \(i.item.title(.zh))：\(a.percent)%（组员 \(low)–\(high)%），理由：\(a.reason)",
                          en: "\(i.item.id) \(i.item.title(.en)): \(a.percent)% (members \(low)–\(high)%), reason: \(a.reason)").text(lang)
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
                return "\(f.itemID) \(name)" + Phrase.labelSeparator.text(lang) + f.text
            }))
        }
        if blocks.isEmpty { blocks.append(.paragraph(Phrase(zh: "（无）", en: "(none)").text(lang))) }
        return blocks
    }

    /// Short statements, one per line.
    func bullets(_ items: [String]) -> OfficeDocument.Block { .lines(items.map { "· " + $0 }) }

    /// A row for every member to sign, the leader first (组长负责制).
    func signatureTable(_ d: Deliberation) -> OfficeTable {
        let blank = "__________"
        var rows: [[String]] = []
        if let leader = d.leaderID { rows.append([Phrase(zh: "组长", en: "Leader").text(lang), expertName(leader), blank, blank]) }
        for m in d.members where m != d.leaderID { rows.append([Phrase(zh: "组员", en: "Member").text(lang), expertName(m), blank, blank]) }
        return OfficeTable(headers: [
            Phrase(zh: "职责", en: "Role"),
            Phrase(zh: "姓名", en: "Name"),
            Phrase(zh: "签字", en: "Signature"),
            Phrase(zh: "日期", en: "Date"),
        ].text(lang), rows: rows)
    }
}
