import AwardDomain
import Foundation

/// The ranking list's short marks (the whole line of a stage result is `StageResult.summary`).
enum AggregationText {
    /// Short marks for the ranking list; the full phrases appear in the detail.
    static func shortFlags(_ row: RankingBoard.Row, t: Strings) -> String {
        var out: [String] = []
        for f in row.flags {
            switch f {
            case .incompleteSheets(let s): out.append(t(.scoringFlagIncomplete(stage: s.rawValue)))
            case .outliers(let s): out.append(t(.scoringFlagOutlier(stage: s.rawValue)))
            case .tie: out.append(t(.scoringFlagTie))
            case .missingStage: break
            }
        }
        if row.tiedAtCut { out.append(t(.scoringFlagCutTie)) }
        return out.joined(separator: " ")
    }
}

/// A stage score as published: two decimals, or a dash without one.
func published(_ s: ExactScore?) -> String { s?.description ?? "—" }
