import AwardDomain
import TerminalUI

extension AppModel {
    /// The smallest terminal the layout is made for.
    public static let minimumSize = (width: 80, height: 24)

    /// Draws the whole screen into `buf`; returns where the cursor belongs, if anywhere.
    public func render(into buf: inout Buffer) -> (x: Int, y: Int)? {
        let full = Rect(x: 0, y: 0, width: buf.width, height: buf.height)
        buf.fill(full, style: theme[.normal])
        guard buf.width >= AppModel.minimumSize.width, buf.height >= AppModel.minimumSize.height else {
            let msg = t(.terminalTooSmall(minWidth: AppModel.minimumSize.width, minHeight: AppModel.minimumSize.height, width: buf.width, height: buf.height))
            buf.put(truncate(msg, toWidth: buf.width), x: 0, y: buf.height / 2, style: theme[.warning])
            return nil
        }
        renderTitle(into: &buf, width: buf.width)
        renderTabs(into: &buf, width: buf.width)
        let body = Rect(x: 0, y: 2, width: buf.width, height: buf.height - AppModel.chromeRows)
        let cursor = renderScreen(into: &buf, area: body)
        renderStatus(into: &buf, y: buf.height - 2, width: buf.width)
        let map = keyMap()
        renderHelpBar(map, into: &buf, area: Rect(x: 0, y: buf.height - 1, width: buf.width, height: 1), theme: theme)
        if let d = detailShown {
            renderDetail(d, into: &buf, area: full)
            return nil
        }
        if helpVisible {
            renderHelpOverlay(map, title: t(.helpTitle(screen: title(of: screen))), into: &buf, area: full, theme: theme,
                              offset: detailScroll, scrollHint: { t(.scrollHint($0, $1, $2)) })
            return nil
        }
        return cursor
    }

    private func renderTitle(into buf: inout Buffer, width: Int) {
        let row = Rect(x: 0, y: 0, width: width, height: 1)
        buf.fill(row, style: theme[.title])
        var left = t(.appTitle) + " · " + t(.cycleYear(year: data.cycle.year))
        if let r = env.reviewerID { left += " · " + t(.reviewerMode(expert: r)) }
        let right = env.operatorName + "  " + env.today.description
        renderStatusLine(left: left, right: right, into: &buf, area: row, theme: theme, role: .title)
    }

    /// The tab row: " 1 工作台 " per screen, or the compact "1工作台" when the full row does not fit
    /// (80 columns), so every screen's key stays visible.
    private func renderTabs(into buf: inout Buffer, width: Int) {
        let types = screens.registry.types
        let numbers = types.indices.map { ScreenRegistry.number(ofTab: $0) ?? "F\($0 + 1)" }
        let full = zip(types, numbers).map { " \($1) \(t($0.title)) " }
        var labels = full.reduce(0) { $0 + displayWidth($1) } <= width
            ? full : zip(types, numbers).map { "\($1)\(t($0.title)) " }
        let widths = labels.map(displayWidth)
        if widths.reduce(0, +) > width {
            // Still too wide (English at 80 columns): the longest tabs give up columns first,
            // down to the widest share that fits, their titles cut with "…"; the others stay
            // whole, and every number stays visible.
            var cap = widths.max() ?? 2
            while cap > 2 && widths.reduce(0, { $0 + min($1, cap) }) > width { cap -= 1 }
            labels = labels.map { displayWidth($0) <= cap ? $0 : padded(truncate($0.trimmingCharacters(in: .whitespaces), toWidth: cap - 1), toWidth: cap) }
        }
        var x = 0
        for (type, label) in zip(types, labels) {
            let w = displayWidth(label)
            guard x + w <= width else { break }
            let role: StyleRole = type.id == screen ? .selected : (isReviewer && !type.reviewerAllowed ? .dim : .header)
            buf.put(label, x: x, y: 1, style: theme[role])
            x += w
        }
        if x < width { buf.fill(Rect(x: x, y: 1, width: width - x, height: 1), style: theme[.header]) }
    }

    /// The most rows a long message takes at the foot of the screen.
    static let statusRows = 4

    private func renderStatus(into buf: inout Buffer, y: Int, width: Int) {
        let area = Rect(x: 0, y: y, width: width, height: 1)
        let right = t(.statusSaved) + "  " + env.dataDirectory
        if let s = status {
            let role: StyleRole = s.kind == .error ? .statusError : .status
            guard displayWidth(s.text) + 1 + displayWidth(right) > width else {
                renderStatusLine(left: s.text, right: right, into: &buf, area: area, theme: theme, role: role)
                return
            }
            // A message is read whole, also while a form has the keys (where `v` types a letter):
            // it takes the row from the directory and, longer than the row, wraps upward over the
            // screen's last rows until the next key. Past `statusRows` it ends in "…"; the detail
            // view (`v`) shows it whole.
            var lines = wrap(s.text, width: width - 1)
            if lines.count > AppModel.statusRows {
                lines = Array(lines.prefix(AppModel.statusRows))
                lines[lines.count - 1] = truncate(lines[lines.count - 1] + "…", toWidth: width - 1)
            }
            for (i, line) in lines.enumerated() {
                let row = Rect(x: 0, y: y - lines.count + 1 + i, width: width, height: 1)
                buf.fill(row, style: theme[role])
                buf.put(line, x: 0, y: row.y, maxWidth: width - 1, style: theme[role])
            }
        } else {
            renderStatusLine(left: t(.statusReady), right: right, into: &buf, area: area, theme: theme)
        }
    }
}
