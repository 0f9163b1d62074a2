import AwardDomain
import TerminalUI

extension AwardsScreen {
    /// Detail lines under the recommendation and decision tables (the selected row in full).
    static let detailRows = 3

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        let t = model.t
        renderSectionTabs(t: t, theme: model.theme, into: &buf, y: area.y, area: area)
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        switch section {
        case .recommendation: renderRecommendation(model: model, into: &buf, area: body)
        case .decisions: renderDecisions(model: model, into: &buf, area: body)
        case .budget: renderBudget(model: model, into: &buf, area: body)
        case .history: renderHistory(model: model, into: &buf, area: body)
        }
        if let m = exportChoice { return m.render(t, theme: model.theme, into: &buf, area: area) }
        return form?.modal.render(t, theme: model.theme, into: &buf, area: area)
    }

    private func renderSectionTabs(t: Strings, theme: Theme, into buf: inout Buffer, y: Int, area: Rect) {
        var x = area.x + 1
        for s in Section.allCases {
            let label = " \(t(s.title)) "
            x += buf.put(label, x: x, y: y, maxWidth: area.maxX - x, style: theme[s == section ? .selected : .dim]) + 1
        }
    }

    // MARK: (a) the office's proposed list, 第十一条（六）

    private func renderRecommendation(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme
        var y = area.y
        putWrapped(recSummary(model), role: .dim, y: &y, area: area, theme: theme, into: &buf)
        let (tableArea, detail) = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y).splitBottom(Self.detailRows)
        let cols = [
            TableColumn(title: t(.awardsColRank), width: 4, alignment: .right),
            TableColumn(title: t(.colApplication), width: 9, alignment: .left),
            TableColumn(title: t(.colOrg), width: 0, alignment: .left),
            TableColumn(title: t(.awardsColComposite), width: 9, alignment: .right),
            TableColumn(title: t(.awardsColOutcome), width: 24, alignment: .left),
            TableColumn(title: t(.awardsColQuota), width: 6, alignment: .center),
            TableColumn(title: t(.awardsColPrize), width: max(9, displayWidth(t(.awardsColPrize))), alignment: .right),
        ]
        var state = table(.recommendation)
        renderTable(columns: cols, rowCount: rows.count, row: { i in
            let r = rows[i]
            return [r.rank.map(String.init) ?? "—", r.applicationID, r.name, r.composite?.description ?? "—",
                    Self.outcomeText(r.outcome, t: t), r.countsAgainstQuota ? t(.yes) : t(.no), Prize.yuan(r.prize)]
        }, state: &state, into: &buf, area: tableArea, theme: theme, rowStyle: { i in
            if case .skipped = rows[i].outcome { return .warning }
            return rows[i].outcome == .notReached || rows[i].outcome == .unscored ? .dim : nil
        }, empty: t(Self.emptyText(.recommendation)))
        guard let r = selectedRow() else { return }
        renderDetail(Self.recDetail(r, t: t), role: r.outcome == .notReached ? .dim : .normal, theme: theme, into: &buf, area: detail)
    }

    /// The places line above the proposed list: places used, places to fill and the quotas.
    func recSummary(_ model: AppModel) -> String {
        let s = model.data.cycle.settings, policy = model.data.cycle.recommendationPolicy
        func used(_ tier: PrizeTier) -> Int { rows.filter { $0.outcome == .recommended(tier) && $0.countsAgainstQuota }.count }
        return model.t(.awardsRecSummary(awards: used(.award), awardPlaces: policy.places(.award, settings: s), awardQuota: s.awardQuota, nominations: used(.nomination), nominationPlaces: policy.places(.nomination, settings: s), nominationQuota: s.nominationQuota))
    }

    /// Why the selected applicant is or is not on the proposed list.
    static func recDetail(_ r: AwardsRow, t: Strings) -> String {
        switch r.outcome {
        case .recommended(let tier):
            t(.awardsRecDetailRecommended(name: r.name, tier: t(tier.name), prize: Prize.yuan(r.prize)))
                + (r.countsAgainstQuota ? "" : t(.awardsRecOutsideQuota))
        case .skipped(let reason, let c): t(.awardsRecDetailSkipped(name: r.name, reason: t(reason), citation: t(c)))
        case .notReached: t(.awardsRecDetailNotReached(name: r.name))
        case .unscored: t(.awardsRecDetailUnscored(name: r.name))
        }
    }

    /// Enter or `v` on the proposed list: the places line and the selected applicant in full
    /// (both are cut at 80 columns).
    func detail(_ model: AppModel) -> Detail? {
        guard section == .recommendation, form == nil, exportChoice == nil else { return nil }
        let t = model.t
        var lines = [recSummary(model)]
        if let r = selectedRow() {
            lines += ["\(r.applicationID)  \(r.name)  \(t(.awardsColComposite)) \(r.composite?.description ?? "—")  \(Self.outcomeText(r.outcome, t: t))",
                      Self.recDetail(r, t: t)]
        }
        return Detail(title: t(Section.recommendation.title), lines: lines)
    }

    static func outcomeText(_ o: AwardsRow.Outcome, t: Strings) -> String {
        switch o {
        case .recommended(let tier): t(.awardsTier(tier))
        case .skipped(_, let c): t(.awardsRecSkipped(reason: t(c)))
        case .notReached: t(.awardsRecNotReached)
        case .unscored: t(.awardsRecUnscored)
        }
    }

    // MARK: (b) committee, publicity, approval, publication, 第十一条（七）（八）

    private func renderDecisions(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme, cycle = model.data.cycle
        let approval = cycle.approval.map { t(.awardsDecApproved(document: $0.documentNumber, date: $0.date.description)) } ?? t(.awardsDecNotApproved)
        let published = cycle.publication.map { t(.awardsDecPublished(date: $0.date.description)) } ?? t(.awardsDecNotPublished)
        let decided = progress.filter { $0.decision != nil }.count
        var y = area.y
        putWrapped(t(.awardsDecSummary(decided: decided, total: progress.count, approval: approval, published: published)), role: .dim,
                   y: &y, area: area, theme: theme, into: &buf)
        let (tableArea, detail) = Rect(x: area.x, y: y, width: area.width, height: area.maxY - y).splitBottom(Self.detailRows)
        let cols = [
            TableColumn(title: t(.colApplication), width: 9, alignment: .left),
            TableColumn(title: t(.colOrg), width: 0, alignment: .left),
            TableColumn(title: t(.colTier), width: 10, alignment: .left),
            TableColumn(title: t(.awardsColStep), width: 0, alignment: .left),
            TableColumn(title: t(.awardsColMeeting), width: 10, alignment: .left),
            TableColumn(title: t(.awardsColPublicityEnd), width: 10, alignment: .left),
        ]
        var state = table(.decisions)
        renderTable(columns: cols, rowCount: progress.count, row: { i in
            let p = progress[i]
            let name = model.derived.orgOfApplication[p.applicationID]?.name ?? p.applicationID
            return [p.applicationID, name, t(.awardsTier(p.tier)), t(p.step.name),
                    p.decision?.meeting.description ?? "—", p.publicity?.end.description ?? "—"]
        }, state: &state, into: &buf, area: tableArea, theme: theme, rowStyle: { i in
            switch progress[i].step {
            case .disqualified, .notApproved: .error
            case .objectionPending: .warning
            case .published: .ok
            default: nil
            }
        }, empty: t(Self.emptyText(.decisions)))
        guard let p = selectedCandidate() else { return }
        let name = model.derived.orgOfApplication[p.applicationID]?.name ?? p.applicationID
        var text = t(.awardsDetail(name: name, step: t(p.step.name)))
        if let d = p.decision {
            text += t(.awardsDecDetailDecision(meeting: d.meeting.description, approved: d.approved ? t(Phrase.yes) : t(Phrase.no)))
            if !d.note.isEmpty { text += t(.awardsDecDetailNote(note: d.note)) }
        }
        if let per = p.publicity { text += t(.awardsDecDetailPublicity(id: per.id, start: per.start.description, end: per.end.description)) }
        if let o = p.upheldObjection { text += t(.awardsDecDetailObjection(id: o.id, content: o.content)) }
        renderDetail(text, role: .normal, theme: theme, into: &buf, area: detail)
    }

    // MARK: (c) prize money against the budget, 第十二条、第十三条

    private func renderBudget(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme, lang = model.env.lang
        guard let payments else { return }
        let check = payments.budget
        var y = area.y
        putWrapped(t(.awardsBudgetLine(year: payments.year, total: Prize.yuan(check.total), budget: Prize.yuan(check.budget))),
                   role: check.withinBudget ? .ok : .error, y: &y, area: area, theme: theme, into: &buf)
        if let w = check.warning {
            putWrapped(t(w) + t(.parenthetical(t(check.citation))), role: .error, y: &y, area: area, theme: theme, into: &buf)
        }
        if payments.provisional {
            putWrapped(t(.awardsBudgetProvisional), role: .warning, y: &y, area: area, theme: theme, into: &buf)
        }
        let cols = [
            TableColumn(title: t(.awardsColNo), width: 4, alignment: .right),
            TableColumn(title: t(.colOrg), width: 0, alignment: .left),
            TableColumn(title: t(.colTier), width: 30, alignment: .left),
            TableColumn(title: t(.awardsColPrize), width: max(9, displayWidth(t(.awardsColPrize))), alignment: .right),
            TableColumn(title: t(.awardsColNote), width: 0, alignment: .left),
        ]
        var state = table(.budget)
        let list = payments.payments
        renderTable(columns: cols, rowCount: list.count, row: { i in
            let p = list[i]
            return ["\(i + 1)", p.organization, AwardTitle.text(year: payments.year, tier: p.tier, lang), Prize.yuan(p.amount), p.note.text(lang)]
        }, state: &state, into: &buf, area: Rect(x: area.x, y: y + 1, width: area.width, height: area.maxY - y - 1),
           theme: theme, empty: t(Self.emptyText(.budget)))
    }

    // MARK: (d) past winners and revocations, 第十四条至第十八条

    private func renderHistory(model: AppModel, into buf: inout Buffer, area: Rect) {
        let t = model.t, theme = model.theme
        let (tableArea, detail) = area.splitBottom(Self.detailRows)
        let all = model.derived.pastAwards
        // The award as wide as its longest name, unless the winners' names would be cut for it:
        // then they share what the year, the date and the gaps leave (at least 24 for the award).
        let longestTier = AwardTier.allCases.map { displayWidth(t($0.name)) }.max() ?? 24
        let longestName = all.map { displayWidth($0.0.name) }.max() ?? 0
        let tierWidth = min(longestTier, max(24, area.width - 6 - 10 - 3 - longestName))
        let cols = [
            TableColumn(title: t(.colYear), width: 6, alignment: .left),
            TableColumn(title: t(.colOrg), width: 0, alignment: .left),
            TableColumn(title: t(.colTier), width: tierWidth, alignment: .left),
            TableColumn(title: t(.colRevoked), width: 10, alignment: .left),
        ]
        var state = table(.history)
        renderTable(columns: cols, rowCount: all.count, row: { i in
            let (org, a) = all[i]
            return ["\(a.year)", org.name, t(a.tier.name), a.revoked?.description ?? ""]
        }, state: &state, into: &buf, area: tableArea, theme: theme, rowStyle: { all[$0].1.revoked != nil ? .dim : nil },
           empty: t(Self.emptyText(.history)))
        guard let (org, a) = selectedAward(model) else { return }
        let text: String
        if let r = a.revocation {
            text = t(.awardsHistRevocation(name: org.name, date: r.date.description, reason: t(r.reason.name), citation: t(r.reason.citation), document: r.approvalDocument, reclaimed: r.reclaimPrize ? t(Phrase.awardsHistReclaimBoth) : t(Phrase.awardsHistReclaimPlaque)))
        } else if let d = a.revoked {
            text = t(.awardsHistRevokedShort(name: org.name, date: d.description, reason: a.revocationReason ?? ""))
        } else if a.tier == .mayor || a.tier == .mayorNomination {
            text = t(.awardsHistTitle(name: org.name, title: AwardTitle.text(year: a.year, tier: a.tier == .mayor ? .award : .nomination, model.env.lang)))
        } else {
            text = t(.awardsDetail(name: org.name, step: "\(a.year) \(t(a.tier.name))"))
        }
        renderDetail(text, role: a.revoked == nil ? .normal : .warning, theme: theme, into: &buf, area: detail)
    }

    /// A line above a section's table, wrapped whole (a summary's last words are its article);
    /// `y` moves past the rows it took.
    private func putWrapped(_ text: String, role: StyleRole, y: inout Int, area: Rect, theme: Theme, into buf: inout Buffer) {
        for line in wrap(text, width: max(1, area.width - 2)) where y < area.maxY {
            buf.put(line, x: area.x + 1, y: y, maxWidth: area.width - 2, style: theme[role])
            y += 1
        }
    }

    private func renderDetail(_ text: String, role: StyleRole, theme: Theme, into buf: inout Buffer, area: Rect) {
        for (i, line) in wrap(text, width: max(1, area.width - 2)).prefix(area.height).enumerated() {
            buf.put(line, x: area.x + 1, y: area.y + i, maxWidth: area.width - 2, style: theme[role])
        }
    }
}
