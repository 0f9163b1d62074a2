import AwardDomain
import Foundation

extension Store {
    /// Loads the sample cycle in `folder` into this new data directory, each row and each step
    /// one journaled change through the office's own import path: the CSV files, the office's
    /// review, the panels drawn with the demo seeds, the D sheets of `scores.csv` (with findings), their
    /// submissions and one panel's deliberation. `init --sample`, `--demo` and the benchmark all load it so. Returns the file
    /// that does not import and why; nil when everything went in.
    public func loadSample(from folder: URL) throws -> (file: String, errors: ImportErrors)? {
        func importFile(_ kind: CSVKind, _ file: String) throws -> (file: String, errors: ImportErrors)? {
            let bytes = try Data(contentsOf: folder.appendingPathComponent(file))
            switch CSVImport.parse(kind: kind, data: bytes, registry: data.registry, cycle: data.cycle) {
            case .failure(let errors): return (file, errors)
            case .success(let batch):
                for action in batch.actions() { try commit(action) }
                return nil
            }
        }
        for (kind, file) in SampleCycle.files {
            if let problem = try importFile(kind, file) { return problem }
        }
        for action in SampleCycle.reviewActions { try commit(action) }
        for action in SampleReview.panelActions(data) { try commit(action) }
        if let problem = try importFile(.scores, "scores.csv") { return problem }
        for action in SampleReview.submitActions(data) { try commit(action) }
        for action in SampleReview.consensusActions(data) { try commit(action) }
        return nil
    }
}
