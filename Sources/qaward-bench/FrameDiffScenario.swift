import AwardApp
import AwardDomain
import TerminalUI

extension Scenarios {
    /// The frame diff the terminal backend runs before writing (`diff(from:to:)`), at 200×60:
    /// after a score-grid keystroke (a few cells change) and after switching screens (most do).
    mutating func frameDiff(_ data: AwardData) {
        let (w, h) = (200, 60)
        func frame(_ m: AppModel) -> Buffer {
            var buf = Buffer(width: w, height: h)
            _ = m.render(into: &buf)
            return buf
        }
        if var m = GridKeys.openGrid(data, width: w, height: h) {
            let before = frame(m)
            _ = m.update(.char("5"))
            let after = frame(m)
            add("frame diff \(w)×\(h): score grid digit", measure(repetitions: repetitions, inner: 50) { _ = diff(from: before, to: after) },
                target: nil, note: "runs of changed cells")
        }
        var m = Scenarios.model(data, width: w, height: h)
        m.screen = .intake
        let intake = frame(m)
        m.screen = .scoring
        let scoring = frame(m)
        add("frame diff \(w)×\(h): intake → scoring", measure(repetitions: repetitions, inner: 50) { _ = diff(from: intake, to: scoring) },
            target: nil, note: "runs of changed cells")
    }
}
