import AwardDomain

extension ImportBuilder {
    /// Score rows, one per rubric item, grouped into one sheet per expert, application and stage
    /// (第十一条（三）至（五）). A stored draft sheet is updated item by item; a submitted sheet is
    /// refused until it is reopened, so a submitted score never changes silently.
    mutating func sheets(_ readers: [RowReader]) -> [ScoreSheet] {
        var sheets: [String: ScoreSheet] = [:]
        var order: [String] = []
        var seenItems: [String: Int] = [:]
        for var r in readers {
            let panelID = r.value("panel_id", as: String.self)
            let appID = r.value("application_id", as: String.self)
            let expertID = r.value("expert_id", as: String.self)
            let stage = r.value("stage", as: Stage.self)
            let itemID = r.value("item_id", as: String.self)
            let scored = r.has("percent"), commented = r.has("comment")
            let percent = scored ? r.value("percent", as: Int.self) : nil
            let comment = commented ? r.text("comment") : ""
            let findings = readFindings(&r, stage: stage)
            let panel = panelID.flatMap { p in cycle.panels.first { $0.id == p } }
            if let panelID, panel == nil {
                r.fail("panel_id", zh: "评审组 \(panelID) 不在本年度中", en: "Panel \(panelID) is not in this cycle")
            }
            if let appID, cycle.application(appID) == nil {
                r.fail("application_id", zh: "申报 \(appID) 不在本年度中", en: "Application \(appID) is not in this cycle")
            } else if let appID, let panel, !panel.applicationIDs.contains(appID) {
                // 第二十条: a panel scores only its own applicants.
                r.fail("application_id", zh: "申报 \(appID) 不由评审组 \(panel.id) 评审（第二十条）", en: "Application \(appID) is not reviewed by panel \(panel.id) (Art. 20)")
            }
            if let expertID, registry.expert(expertID) == nil {
                r.fail("expert_id", zh: "专家 \(expertID) 不在专家库中", en: "Expert \(expertID) is not in the expert pool")
            }
            if let stage, let itemID, let rubric = rubrics[stage], !rubric.items.contains(where: { $0.id == itemID }) {
                r.fail("item_id", zh: "条目 \(itemID) 不在“\(stage.name.zh)”的评分细则中；可填：\(rubric.items.map(\.id).joined(separator: "、"))",
                       en: "Item \(itemID) is not in the \(stage.name.en) rubric; use one of: \(rubric.items.map(\.id).joined(separator: ", "))")
            }
            if let stage, let appID, let expertID,
               let stored = cycle.sheets.first(where: { $0.id == ScoreSheet.makeID(stage: stage, applicationID: appID, expertID: expertID) }),
               stored.status == .submitted {
                r.fail("expert_id", zh: "该专家对 \(appID) 的\(stage.name.zh)评分表已提交，不能用导入覆盖；如需修改请先退回",
                       en: "This expert's \(stage.name.en) sheet for \(appID) is submitted and cannot be overwritten by an import: reopen it first")
            }
            collect(r)
            guard r.problems.isEmpty, let panelID, let appID, let expertID, let stage, let itemID else { continue }
            let sheetID = ScoreSheet.makeID(stage: stage, applicationID: appID, expertID: expertID)
            if let earlier = seenItems["\(sheetID)|\(itemID)"] {
                problems.append(problem(r, "item_id", zh: "与第\(earlier)行是同一专家同一申报同一阶段的同一条目", en: "Same expert, application, stage and item as row \(earlier)"))
                continue
            }
            seenItems["\(sheetID)|\(itemID)"] = r.number
            var sheet = sheets[sheetID]
                ?? cycle.sheets.first { $0.id == sheetID }
                ?? ScoreSheet(panelID: panelID, applicationID: appID, expertID: expertID, stage: stage, rubricID: rubrics[stage]?.id ?? "")
            if sheet.panelID != panelID {
                problems.append(problem(r, "panel_id", zh: "同一评分表的评审组应为 \(sheet.panelID)", en: "This sheet belongs to panel \(sheet.panelID)"))
                continue
            }
            if scored { sheet.percents[itemID] = percent }
            if commented { sheet.comments[itemID] = comment.isEmpty ? nil : comment }
            if let findings {
                let merged = findings.merged(into: sheet.findings[itemID] ?? [], stage: stage)
                sheet.findings[itemID] = merged.isEmpty ? nil : merged
            }
            if sheets[sheetID] == nil { order.append(sheetID) }
            sheets[sheetID] = sheet
        }
        return order.compactMap { sheets[$0] }
    }
}

/// The findings columns of one row; a column the file lacks keeps what is stored.
struct FindingCells {
    var strengths: [String]?
    var improvements: [String]?
    var confirmed: [String]?
    var notConfirmed: [String]?

    /// The item's findings with the file's columns replacing what they cover. On an on-site sheet
    /// the strengths and improvements are the visit's new findings; carried ones take their kind
    /// from the document-review panel when the import is applied (FindingRules).
    func merged(into stored: [Finding], stage: Stage) -> [Finding] {
        let own: FindingCheck? = stage == .onsite ? .new : nil
        func keep(_ f: Finding) -> Bool {
            switch (f.check, f.kind) {
            case (.confirmed?, _): confirmed == nil
            case (.notConfirmed?, _): notConfirmed == nil
            case (_, .strength): strengths == nil
            case (_, .improvement): improvements == nil
            }
        }
        var out = stored.filter(keep)
        out += (strengths ?? []).map { Finding(kind: .strength, text: $0, check: own) }
        out += (improvements ?? []).map { Finding(kind: .improvement, text: $0, check: own) }
        out += (confirmed ?? []).map { Finding(kind: .strength, text: $0, check: .confirmed) }
        out += (notConfirmed ?? []).map { Finding(kind: .strength, text: $0, check: .notConfirmed) }
        return out
    }
}

extension ImportBuilder {
    func readFindings(_ r: inout RowReader, stage: Stage?) -> FindingCells? {
        guard ["strengths", "improvements", "confirmed", "not_confirmed"].contains(where: r.has) else { return nil }
        func read(_ key: String) -> [String]? { r.has(key) ? (r.value(key, as: [String].self) ?? []) : nil }
        let cells = FindingCells(strengths: read("strengths"), improvements: read("improvements"),
                                 confirmed: read("confirmed"), notConfirmed: read("not_confirmed"))
        if let stage, stage != .onsite, !(cells.confirmed ?? []).isEmpty || !(cells.notConfirmed ?? []).isEmpty {
            r.fail(!(cells.confirmed ?? []).isEmpty ? "confirmed" : "not_confirmed",
                   zh: "只有现场评审表核实资料评审意见（第十一条（五））", en: "Only on-site sheets confirm document-review findings (Art. 11(5))")
        }
        return cells
    }
}
