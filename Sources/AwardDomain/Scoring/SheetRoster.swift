/// Every score sheet of the cycle, live or set aside, with the draw it was made under and whether
/// it counts, and why not (第十一条（三）): what the office shows the discipline-inspection group.
public enum SheetRoster {
    public struct Row: Hashable, Sendable {
        public var sheet: ScoreSheet
        /// The draw the sheet was made under (a live sheet: its panel's draw in force).
        public var drawID: String?
        public var counts: Bool
        /// Why it does not count; nil when it does.
        public var why: Phrase?
        /// When it was set aside, for a sheet no longer live.
        public var setAsideAt: Timestamp?
    }

    /// Live sheets first, in the cycle's order, then those set aside, oldest first; filtered by
    /// stage, panel and applicant when given.
    public static func rows(_ data: AwardData, stage: Stage? = nil, panelID: String? = nil, applicationID: String? = nil) -> [Row] {
        func wanted(_ s: ScoreSheet) -> Bool {
            (stage.map { s.stage == $0 } ?? true) && (panelID.map { s.panelID == $0 } ?? true)
                && (applicationID.map { s.applicationID == $0 } ?? true)
        }
        let cycle = data.cycle
        let counted = StageSheets(cycle)
        var out: [Row] = []
        for s in cycle.sheets where wanted(s) {
            let counts = counted.sheets(applicationID: s.applicationID, stage: s.stage).contains { $0.id == s.id }
            out.append(Row(sheet: s, drawID: cycle.panel(s.panelID)?.drawID, counts: counts,
                           why: counts ? nil : Phrase(zh: "不是现任组员或评审组没有有效抽取", en: "not a current member of a standing draw")))
        }
        for a in cycle.setAsideSheets where wanted(a.sheet) {
            out.append(Row(sheet: a.sheet, drawID: a.drawID, counts: false, why: a.reason.phrase(drawID: a.drawID), setAsideAt: a.at))
        }
        return out
    }
}
