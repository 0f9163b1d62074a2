import AwardDomain

extension Cycle {
    /// Gives hand-placed sheets the panel they name and a revealed draw whose members are the
    /// sheets' experts, as a real draw would: only such sheets count (第十一条（三）).
    public mutating func seatPanels(at: Timestamp = Timestamp(iso: "2026-04-10T09:00:00.000+08:00")!) {
        for panelID in Set(sheets.map(\.panelID)).sorted() where panel(panelID) == nil {
            let mine = sheets.filter { $0.panelID == panelID }
            var apps: [String] = [], experts: [String] = []
            for s in mine {
                if !apps.contains(s.applicationID) { apps.append(s.applicationID) }
                if !experts.contains(s.expertID) { experts.append(s.expertID) }
            }
            let drawID = "D-\(panelID)"
            var d = DrawRecord(id: drawID, panelID: panelID, committedAt: at, supervisor: "纪检组", operatorName: "test",
                               size: experts.count, alternateCount: 0, pool: experts.sorted(), poolDigest: "", exclusions: [],
                               commitment: String(repeating: "0", count: 64))
            d.order = experts
            d.revealedAt = at
            draws.append(d)
            panels.append(Panel(id: panelID, name: panelID, applicationIDs: apps, dates: DayRange(from: at.day, to: at.day),
                                size: experts.count, alternates: 0, drawID: drawID))
        }
    }
}
