import AwardDomain
import Foundation

/// The review half of the sample 2026 cycle, so the score and ranking screens have something to
/// show in `--demo`: two panels for the applicants the office found eligible, each drawn
/// with a FIXED seed (sample data only: a real draw takes its seed from the system's secure
/// source, 第十一条（三）), and the document-review sheets of `sample-data/scores.csv`.
public enum SampleReview {
    /// The demo seeds, documented in docs/scoring.md: bytes 0x01…0x20 and 0x21…0x40.
    public static let seeds: [DrawSeed] = [
        DrawSeed(bytes: (1...32).map { UInt8($0) })!,
        DrawSeed(bytes: (33...64).map { UInt8($0) })!,
    ]

    /// Named so that nobody mistakes the sample draw for a supervised one.
    public static let supervisor = "样例数据·固定种子 / sample data, fixed seed"

    /// Applications the office decided eligible (第十一条（二）), by id.
    public static func reviewedApplications(_ data: AwardData) -> [String] {
        data.cycle.applications.filter { $0.status == .eligible }.map(\.id).sorted()
    }

    /// Places the demo's shortlist is sized for: with five applicants, 2 places → 1:1.5 invites 3,
    /// so the cut line (and the tie the sample scores put at it) shows (第十一条（三）).
    public static let shortlistPlaces = 2

    /// The shortlist size, then two panels (first and second half of the reviewed applications),
    /// each committed and revealed with its fixed seed.
    public static func panelActions(_ data: AwardData) -> [Action] {
        let apps = reviewedApplications(data)
        guard apps.count >= 2 else { return [] }
        let half = (apps.count + 1) / 2
        let groups = [Array(apps.prefix(half)), Array(apps.dropFirst(half))]
        let dates = [DayRange(from: Day("2026-04-20")!, to: Day("2026-04-22")!),
                     DayRange(from: Day("2026-04-23")!, to: Day("2026-04-24")!)]
        var settings = data.cycle.settings
        settings.scoring.shortlistPlaces = shortlistPlaces
        var actions: [Action] = [.intake(.updateCycleSettings(settings))]
        for (i, group) in groups.enumerated() {
            let n = i + 1
            let panelID = "P\(data.cycle.year)-0\(n)"
            let drawID = "D\(data.cycle.year)-0\(n)-1"
            actions.append(.draw(.createPanel(Panel(id: panelID, name: "资料评审第\(n)组", applicationIDs: group, dates: dates[i]))))
            actions.append(.draw(.commit(drawID: drawID, panelID: panelID, supervisor: supervisor, commitment: seeds[i].commitment)))
            actions.append(.draw(.reveal(drawID: drawID, seed: seeds[i].hex)))
        }
        return actions
    }

    /// Submits every imported document-review sheet that has all its items; incomplete sheets stay
    /// drafts, as an expert half-way through would leave them.
    public static func submitActions(_ data: AwardData) -> [Action] {
        guard let rubric = data.rubrics[.document] else { return [] }
        return data.cycle.sheets
            .filter { $0.stage == .document && $0.status == .draft && $0.missingItems(rubric: rubric).isEmpty }
            .map { .scoring(.submit(sheetID: $0.id)) }
    }

    /// The panel's deliberation on the first applicant whose sheets are all in (A2026-001): each
    /// item agreed at the members' median, recorded by the office for the leader (第十一条（三）), so
    /// the document-review report and the feedback report have an agreed score to show.
    public static func consensusActions(_ data: AwardData) -> [Action] {
        for panel in data.cycle.panels {
            for app in panel.applicationIDs {
                guard let d = try? Deliberation.compute(data, panelID: panel.id, stage: .document, applicationID: app), d.isReady else { continue }
                return d.items.compactMap { item in
                    let values = item.members.compactMap(\.percent).sorted()
                    guard !values.isEmpty else { return nil }
                    return .review(.agree(panelID: panel.id, stage: .document, applicationID: app, itemID: item.item.id,
                                          percent: values[values.count / 2], reason: ""))
                }
            }
        }
        return []
    }

    /// The sample cycle with its review, as data (tests): `SampleCycle.data` plus the panels, the
    /// sheets of `scores.csv` in `folder`, the submits and the deliberation; nil if anything is refused.
    public static func data(from folder: URL, context: ActionContext) -> AwardData? {
        guard var data = SampleCycle.data(from: folder, context: context) else { return nil }
        func apply(_ actions: [Action]) -> Bool {
            for a in actions {
                guard let next = try? data.applying(a, context: context) else { return false }
                data = next
            }
            return true
        }
        guard apply(panelActions(data)),
              let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent("scores.csv").path),
              case .success(let batch) = CSVImport.parse(kind: .scores, data: bytes, registry: data.registry, cycle: data.cycle),
              apply(batch.actions()), apply(submitActions(data)), apply(consensusActions(data)) else { return nil }
        return data
    }
}
