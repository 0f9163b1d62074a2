import AwardDomain
import TerminalUI

/// Where the cycle stands (第三条: application in Q1, review in Q2, then decision and publicity).
enum CyclePhase: String {
    case application, review, decision

    static func of(_ cycle: Cycle, today: Day) -> CyclePhase {
        if today <= cycle.settings.applicationDeadline { return .application }
        if today <= cycle.settings.reviewDeadline { return .review }
        return .decision
    }
}

/// 工作台: no keys of its own; what it shows is all in `Derived`.
struct DashboardScreen: Screen {
    static let id = ScreenID.dashboard
    static let reviewerAllowed = true

    func bindings(_ model: AppModel) -> [KeyBinding<NoCommand>] { [] }
    mutating func perform(_ command: NoCommand, key: Key, model: AppModel) -> [Effect] {}

    func render(model: AppModel, into buf: inout Buffer, area: Rect) -> (x: Int, y: Int)? {
        model.renderDashboard(into: &buf, area: area)
        return nil
    }
}

extension ScreenID {
    public static let dashboard = ScreenID("dashboard")
}

extension AppModel {
    /// 工作台: the cycle and its phase, applications by status, the three most urgent deadlines.
    func renderDashboard(into buf: inout Buffer, area: Rect) {
        if let reviewer = env.reviewerID {
            renderReviewerDashboard(reviewer, into: &buf, area: area)
            return
        }
        var y = area.y + 1
        let x = area.x + 2
        let phase = CyclePhase.of(data.cycle, today: env.today)
        let w = buf.put(t(.dashboardCycle(year: data.cycle.year)), x: x, y: y, style: theme[.header])
        buf.put(t(.dashboardPhase) + t(.phase(phase)), x: x + w + 4, y: y, style: theme[.accent])
        y += 2
        buf.put(t(.dashboardDeadline(application: data.cycle.settings.applicationDeadline.description, review: data.cycle.settings.reviewDeadline.description)), x: x, y: y, style: theme[.normal])
        y += 2
        buf.put(t(.dashboardApplications(applications: data.cycle.applications.count)), x: x, y: y, style: theme[.header])
        y += 1
        var cx = x
        for s in ApplicationStatus.allCases {
            let label = "\(t(s.name)) \(derived.countsByStatus[s, default: 0])"
            buf.put(label, x: cx, y: y, style: theme[.normal])
            cx += displayWidth(label) + 4
        }
        y += 1
        buf.put(t(.dashboardRegistry(organizations: data.registry.organizations.count, experts: data.registry.experts.count, panels: data.cycle.panels.count)),
                x: x, y: y, style: theme[.dim])
        y += 2
        buf.put(t(.dashboardUrgent), x: x, y: y, style: theme[.header])
        y += 1
        let urgent = derived.deadlines.prefix(3)
        if urgent.isEmpty {
            buf.put(t(.dashboardNoDeadlines), x: x, y: y, style: theme[.dim])
        } else {
            renderDeadlineHeader(into: &buf, x: x, y: y, width: area.width - 4)
            y += 1
        }
        for item in urgent where y < area.y + area.height {
            renderDeadlineLine(item, into: &buf, x: x, y: y, width: area.width - 4)
            y += 1
        }
    }
}
