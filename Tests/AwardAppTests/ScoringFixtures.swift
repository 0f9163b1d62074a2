import AwardDomain
import AwardStore
import Foundation
import TerminalUI
@testable import AwardApp

/// The sample cycle with its review, built as `init --sample` builds it (SampleReview): two
/// panels drawn with the fixed demo seeds, the D sheets of sample-data/scores.csv, complete ones
/// submitted.
///
/// What the sample holds (sample-data/scores.csv; totals in points):
///   P2026-01 (E002 E011 E023 E036 E033): A2026-001 820 835 655 815 830 → mean 791.00, E023 an
///   outlier (median 820, 165 > 150 away); A2026-002 610 625 615 _ 630 with E036 a draft of 15
///   items → 620.00; A2026-003 640 655 650 655 and E033 not started → 650.00.
///   P2026-02 (E036 E014 E002 E034 E021): A2026-014 785 790 775 780 770 → 780.00; A2026-019
///   645 650 655 650 with E021 a draft of 20 items → 650.00.
///   2 places → 1:1.5 invites 3; A2026-003 and A2026-019 tie at the cut on 650.00.
enum ScoringFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func data() -> AwardData {
        let context = ActionContext(actor: "test", at: Timestamp(millis: 1_774_830_000_000))
        guard let data = SampleReview.data(from: root.appendingPathComponent("sample-data"), context: context) else {
            preconditionFailure("the sample review does not load")
        }
        return data
    }

    /// The harness on the sample review, at 2026-04-21 (document review under way).
    static func harness(lang: Language = .zh, reviewer: String? = nil, width: Int = 100, height: Int = 30) -> AppHarness {
        AppHarness(lang: lang, data: data(), today: Day("2026-04-21")!, reviewer: reviewer, width: width, height: height)
    }
}

extension AppHarness {
    /// Opens the scoring screen and the chooser's sheet of `expert` for `application`.
    mutating func openSheet(_ application: String, _ expert: String) {
        send(.function(4))
        let slots = model.scoring.slots
        guard let i = slots.firstIndex(where: { $0.applicationID == application && $0.expertID == expert }) else {
            preconditionFailure("no sheet slot \(application)/\(expert)")
        }
        send(.home)
        send(Array(repeating: Key.down, count: i))
        send(.enter)
    }

    /// Types a percentage and commits it with Enter.
    mutating func enter(_ percent: String) {
        type(percent)
        send(.enter)
    }

    func sheet(_ id: String) -> ScoreSheet? { model.data.cycle.sheets.first { $0.id == id } }
}
