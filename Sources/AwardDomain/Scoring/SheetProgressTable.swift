/// The office's sheet-progress matrix as a table (第十一条（三）至（五）): per panel and applicant,
/// how many of the panel's current members have submitted their sheet for the stage, then each
/// member's sheet state. Members of a voided draw do not count.
public enum SheetProgressTable {
    public static func make(_ data: AwardData, stage: Stage, _ lang: Language) -> OfficeTable {
        let status = Dictionary(data.cycle.sheets.filter { $0.stage == stage }.map { ($0.id, $0.status) }, uniquingKeysWith: { a, _ in a })
        var rows: [[String]] = []
        var widest = 0
        for p in data.cycle.panels {
            let experts = p.drawID.flatMap(data.cycle.drawRecord).flatMap { $0.isVoided ? nil : $0.currentMembers } ?? []
            widest = max(widest, experts.count)
            for app in p.applicationIDs {
                let org = data.cycle.application(app).flatMap { data.registry.organization($0.orgID) }?.name ?? ""
                let marks = experts.map { e -> String in
                    let s = status[ScoreSheet.makeID(stage: stage, applicationID: app, expertID: e)]
                    let name = data.registry.expert(e)?.name ?? ""
                    return "\(e) \(name)：" + (s?.name.text(lang) ?? Phrase(zh: "未开始", en: "not started").text(lang))
                }
                let submitted = experts.filter { status[ScoreSheet.makeID(stage: stage, applicationID: app, expertID: $0)] == .submitted }.count
                rows.append([p.id, p.name, app, org, stage.name.text(lang), "\(submitted)", "\(experts.count)"] + marks)
            }
        }
        let headers = [
            Phrase(zh: "评审组", en: "Panel"),
            Phrase(zh: "组名", en: "Name"),
            Phrase.columnApplication,
            Phrase.columnOrganization,
            Phrase(zh: "阶段", en: "Stage"),
            Phrase(zh: "已提交", en: "Submitted"),
            Phrase(zh: "应提交", en: "Expected"),
        ].text(lang)
            + (0..<widest).map { Phrase(zh: "专家\($0 + 1)", en: "Expert \($0 + 1)").text(lang) }
        return OfficeTable(headers: headers, rows: rows.map { $0 + Array(repeating: "", count: headers.count - $0.count) },
                           kinds: [.code, .text, .code, .text, .text, .number, .number] + Array(repeating: .text, count: widest))
    }
}
