import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward sheets list [--panel P] [--stage D|Q|S] [--application A] [--format table|json]`: every
/// score sheet, live or set aside, with the draw it was made under and whether it counts; a sheet
/// of a voided draw or of a replaced member says why not (第十一条（三）). What the office shows the
/// discipline-inspection group.
struct SheetList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List score sheets, those set aside too, with their draw and whether they count.")
    @OptionGroup var global: GlobalOptions
    @Option(help: "Only this panel's sheets.") var panel: String?
    @Option(help: "Only this stage: D, Q or S.") var stage: Stage?
    @Option(help: "Only this application's sheets.") var application: String?
    @Option(help: "table or json.") var format: OutputFormat = .table

    struct Row: Encodable {
        var id: String
        var panel: String
        var draw: String?
        var expert: String
        var status: String
        var counts: Bool
        var why: String?
        var setAsideAt: String?
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        if let panel, store.data.cycle.panel(panel) == nil {
            throw CommandFailure(Phrase(zh: "评审组 \(panel) 不存在", en: "Panel \(panel) does not exist").text(lang))
        }
        let roster = SheetRoster.rows(store.data, stage: stage, panelID: panel, applicationID: application)
        let rows = roster.map {
            Row(id: $0.sheet.id, panel: $0.sheet.panelID, draw: $0.drawID, expert: $0.sheet.expertID, status: $0.sheet.status.rawValue,
                counts: $0.counts, why: $0.why?.text(lang), setAsideAt: $0.setAsideAt?.description)
        }
        switch format {
        case .json: try printJSON(rows)
        case .table:
            let head = Phrase(zh: "评分表\t评审组\t抽取\t状态\t是否计分", en: "sheet\tpanel\tdraw\tstatus\tcounts")
            print(head.text(lang))
            for (r, line) in zip(rows, roster) {
                let counts = r.counts ? Phrase(zh: "计分", en: "counted").text(lang)
                    : Phrase(zh: "不计分：", en: "not counted: ").text(lang) + (r.why ?? "")
                print("\(r.id)\t\(r.panel)\t\(r.draw ?? "—")\t\(line.sheet.status.name.text(lang))\t\(counts)")
            }
        }
    }
}
