import AwardDomain
import TerminalUI

/// The list views of the screens whose full workflows live in their own files.
extension AppModel {
    /// 专家抽取: the cycle's panels and the state of their draws.
    func renderPanels(into buf: inout Buffer, area: Rect) {
        let cols = [
            TableColumn(title: t("col.panel"), width: 10, alignment: .left),
            TableColumn(title: t("col.name"), width: 0, alignment: .left),
            TableColumn(title: t("col.applicants"), width: 8, alignment: .right),
            TableColumn(title: t("col.size"), width: 6, alignment: .right),
            TableColumn(title: t("col.drawState"), width: 16, alignment: .left),
        ]
        let panels = data.cycle.panels
        var state = self.panels
        renderTable(columns: cols, rowCount: panels.count, row: { i in
            let p = panels[i]
            let drawState: String
            if let id = p.drawID, let d = data.cycle.draws.first(where: { $0.id == id }) {
                drawState = d.seed == nil ? t("draw.committed") : t("draw.revealed", d.id)
            } else {
                drawState = t("draw.none")
            }
            return [p.id, p.name, "\(p.applicationIDs.count)", "\(p.size)+\(p.alternates)", drawState]
        }, state: &state, into: &buf, area: area, theme: theme, empty: t("list.empty"))
    }

    /// Sheets the viewer may see: in reviewer mode only the reviewer's own (第二十条).
    var visibleSheets: [ScoreSheet] {
        guard let r = env.reviewerID else { return data.cycle.sheets }
        return data.cycle.sheets.filter { $0.expertID == r }
    }

    /// 评分录入: score sheets with their state and total.
    func renderSheets(into buf: inout Buffer, area: Rect) {
        let cols = [
            TableColumn(title: t("col.stage"), width: 10, alignment: .left),
            TableColumn(title: t("col.application"), width: 0, alignment: .left),
            TableColumn(title: t("col.expert"), width: 12, alignment: .left),
            TableColumn(title: t("col.entered"), width: 8, alignment: .right),
            TableColumn(title: t("col.state"), width: 10, alignment: .left),
        ]
        let sheets = visibleSheets
        var state = self.sheets
        renderTable(columns: cols, rowCount: sheets.count, row: { i in
            let s = sheets[i]
            let org = derived.orgOfApplication[s.applicationID]?.name ?? s.applicationID
            let expert = data.registry.expert(s.expertID)?.name ?? s.expertID
            let items = data.rubrics[s.stage]?.items.count ?? 0
            return [t.text(s.stage.name), org, expert, "\(s.percents.count)/\(items)", t.text(s.status.name)]
        }, state: &state, into: &buf, area: area, theme: theme, empty: t("list.empty"))
    }

    /// 排名: applications in the cycle (the ranking itself comes with the scoring workflow).
    func renderRanking(into buf: inout Buffer, area: Rect) {
        let cols = [
            TableColumn(title: t("col.application"), width: 10, alignment: .left),
            TableColumn(title: t("col.org"), width: 0, alignment: .left),
            TableColumn(title: t("col.county"), width: 18, alignment: .left),
            TableColumn(title: t("col.state"), width: 12, alignment: .left),
        ]
        let apps = data.cycle.applications
        var state = self.ranking
        renderTable(columns: cols, rowCount: apps.count, row: { i in
            let a = apps[i]
            let org = derived.orgOfApplication[a.id]
            return [a.id, org?.name ?? a.orgID, org.map { t.text($0.county.name) } ?? "", t.text(a.status.name)]
        }, state: &state, into: &buf, area: area, theme: theme, empty: t("list.empty"))
    }

    /// 奖励: past winners and revocations from the registry's award history.
    func renderAwards(into buf: inout Buffer, area: Rect) {
        let cols = [
            TableColumn(title: t("col.year"), width: 6, alignment: .left),
            TableColumn(title: t("col.org"), width: 0, alignment: .left),
            TableColumn(title: t("col.tier"), width: 26, alignment: .left),
            TableColumn(title: t("col.revoked"), width: 12, alignment: .left),
        ]
        let rows = derived.pastAwards
        var state = self.awards
        renderTable(columns: cols, rowCount: rows.count, row: { i in
            let (org, a) = rows[i]
            return ["\(a.year)", org.name, t.text(a.tier.name), a.revoked?.description ?? ""]
        }, state: &state, into: &buf, area: area, theme: theme, empty: t("list.empty"))
    }

    /// 公示计时: every running and upcoming period and milestone, most urgent first.
    func renderTimers(into buf: inout Buffer, area: Rect) {
        buf.put(t("timers.asOf", env.today.description), x: area.x + 1, y: area.y, style: theme[.dim])
        let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        let items = derived.deadlines
        let first = timers.offset
        buf.put(t("timers.header"), x: list.x + 1, y: list.y, style: theme[.header])
        for (row, i) in (first..<items.count).prefix(list.height - 1).enumerated() {
            let y = list.y + 1 + row
            if i == timers.selected { buf.fill(Rect(x: list.x, y: y, width: list.width, height: 1), style: theme[.selected]) }
            renderDeadlineLine(items[i], into: &buf, x: list.x + 1, y: y, width: list.width - 2)
        }
        if items.isEmpty { buf.put(t("list.empty"), x: list.x + 1, y: list.y + 1, style: theme[.dim]) }
    }

    /// 设置: where the data lives and the cycle's settings.
    func renderSettings(into buf: inout Buffer, area: Rect) {
        let s = data.cycle.settings
        let lines: [(String, String)] = [
            (t("settings.dataDir"), env.dataDirectory),
            (t("settings.office"), data.registry.settings.officeName),
            (t("settings.contact"), data.registry.settings.contactLine),
            (t("settings.deadline"), s.applicationDeadline.description),
            (t("settings.reviewDeadline"), s.reviewDeadline.description),
            (t("settings.quotas"), t("settings.quotaValue", s.awardQuota, s.nominationQuota)),
            (t("settings.calendar"), data.calendar.years.sorted().map(String.init).joined(separator: ", ")),
            (t("settings.rubric"), data.rubrics[.document]?.standard ?? ""),
            (t("settings.theme"), theme.name),
            (t("settings.language"), env.lang == .zh ? "中文" : "English"),
        ]
        let labelWidth = lines.map { displayWidth($0.0) }.max() ?? 0
        for (i, (k, v)) in lines.enumerated() where i + 1 < area.height {
            buf.put(padded(k, toWidth: labelWidth, align: .right), x: area.x + 2, y: area.y + 1 + i, style: theme[.header])
            buf.put(v, x: area.x + 4 + labelWidth, y: area.y + 1 + i, maxWidth: area.width - labelWidth - 6, style: theme[.normal])
        }
    }
}
