import AwardDomain
import TerminalUI

extension AppModel {
    /// 工作台 in reviewer mode (第二十条 保守秘密): only the panels the expert currently sits on,
    /// with their applicants. No counts, deadlines or other panels: they would tell a reviewer
    /// who else applied.
    func renderReviewerDashboard(_ expertID: String, into buf: inout Buffer, area: Rect) {
        let x = area.x + 2
        var y = area.y + 1
        let width = area.width - 4
        let phase = CyclePhase.of(data.cycle, today: env.today)
        let w = buf.put(t(.dashboardCycle(year: data.cycle.year)), x: x, y: y, style: theme[.header])
        buf.put(t(.dashboardPhase) + t(.phase(phase)), x: x + w + 4, y: y, style: theme[.accent])
        y += 2
        buf.put(t(.dashboardReviewerTitle), x: x, y: y, maxWidth: width, style: theme[.header])
        y += 1
        let panels = data.cycle.panelsServed(expertID)
        if panels.isEmpty {
            buf.put(t(.dashboardReviewerNone), x: x, y: y, maxWidth: width, style: theme[.dim])
            return
        }
        for p in panels where y < area.maxY {
            var head = t(.dashboardReviewerPanel(id: p.id, name: p.name, from: p.dates.from.description, to: p.dates.to.description))
            if p.drawID.flatMap(data.cycle.drawRecord)?.leaderID == expertID { head += t(.dashboardReviewerLeader) }
            buf.put(head, x: x, y: y, maxWidth: width, style: theme[.accent])
            y += 1
            for id in p.applicationIDs where y < area.maxY {
                let org = derived.orgOfApplication[id]
                let line = "  \(id)  \(org?.name ?? "")  \(org.map { t($0.county.name) } ?? "")"
                buf.put(line, x: x, y: y, maxWidth: width, style: theme[.normal])
                y += 1
            }
            y += 1
        }
    }
}
