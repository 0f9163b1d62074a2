import AwardDomain
import Foundation

/// The fictional 2026 cycle of `sample-data/`: which files, in which order, and the office's
/// review that follows the import. The program's `--demo` and `init --sample` and the tests all
/// load it the same way, through the office's own import path.
public enum SampleCycle {
    public static let year = 2026

    /// Import order: organizations before what refers to them.
    public static let files: [(CSVKind, String)] = [
        (.orgs, "orgs.csv"), (.records, "records.csv"), (.awards, "awards.csv"),
        (.experts, "experts.csv"), (.applications, "applications.csv"),
    ]

    /// The office's review so far: judgements on E3/E5 (第十条（三）（五）) — one of them failed, so
    /// every check has a sample applicant that fails it — and the resulting eligibility decisions.
    public static let reviewActions: [Action] = {
        var actions: [Action] = []
        for id in ["A2026-001", "A2026-002", "A2026-003", "A2026-014", "A2026-019", "A2026-020"] {
            actions.append(.intake(.recordJudgement(applicationID: id, code: "E5", passed: true, note: "主要经济、技术指标位于同行业前列（经资料审核）")))
        }
        for id in ["A2026-001", "A2026-002", "A2026-003", "A2026-014", "A2026-019"] {
            actions.append(.intake(.recordJudgement(applicationID: id, code: "E3", passed: true, note: "资质证照齐全，符合产业和环保政策")))
            actions.append(.intake(.setStatus(applicationID: id, status: .eligible, note: "资格审查通过")))
        }
        actions.append(.intake(.recordJudgement(applicationID: "A2026-020", code: "E3", passed: false,
                                                note: "扩建项目环评批复未办结，不符合环保政策要求")))
        return actions
    }()

    /// The sample as data, without a data directory (for tests and benchmarks); nil if a file
    /// is missing or does not import.
    public static func data(from folder: URL, context: ActionContext) -> AwardData? {
        var data = AwardData(registry: Registry(), cycle: Cycle(year: year))
        for (kind, file) in files {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent(file).path),
                  case .success(let batch) = CSVImport.parse(kind: kind, data: bytes, registry: data.registry, cycle: data.cycle)
            else { return nil }
            for a in batch.actions() {
                guard let next = try? data.applying(a, context: context) else { return nil }
                data = next
            }
        }
        for a in reviewActions {
            guard let next = try? data.applying(a, context: context) else { return nil }
            data = next
        }
        return data
    }
}
