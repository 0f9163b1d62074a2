import AwardDomain
import AwardStore
import Foundation
import TerminalUI

extension AwardsScreen {
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if exportChoice != nil { return exportChoice?.handleText(key) == true ? [] : nil }
        guard var f = form, f.form.handle(key) else { return nil }
        f.touched.insert(f.form.focus)
        f.updateEndHint(t: model.t, calendar: model.data.calendar)
        _ = f.validate(t: model.t, model: model)
        form = f
        return []
    }

    mutating func perform(_ c: AwardsCommand, key: Key, model: AppModel) -> [Effect] {
        let t = model.t
        switch c {
        case .move:
            var state = table(section)
            _ = state.handle(key, rowCount: rowCount(section, model), pageSize: model.pageSize)
            tables[section] = state
        case .nextSection:
            section = Section(rawValue: (section.rawValue + 1) % Section.allCases.count)!
        case .previousSection:
            section = Section(rawValue: (section.rawValue + Section.allCases.count - 1) % Section.allCases.count)!
        case .places:
            form = AwardsForm(kind: .places, t: t, model: model)
        case .decide:
            guard let p = selectedCandidate() else { return noSelection(model) }
            form = AwardsForm(kind: .decide(applicationID: p.applicationID, tier: p.tier), t: t, model: model)
        case .publicize:
            // The candidates the committee approved and that wait for their public publicity.
            let ids = progress.filter { $0.step == .awaitingPublicity }.map(\.applicationID)
            guard !ids.isEmpty else {
                return [.error(t("awards.nothingToPublicize"))]
            }
            form = AwardsForm(kind: .publicize(applicationIDs: ids), t: t, model: model)
        case .approve:
            form = AwardsForm(kind: .approve, t: t, model: model)
        case .publish:
            form = AwardsForm(kind: .publish, t: t, model: model)
        case .revoke:
            form = AwardsForm(kind: .revoke, t: t, model: model, award: selectedAward(model))
        case .nextField:
            _ = form?.form.handle(.tab)
        case .previousField:
            _ = form?.form.handle(.backTab)
        case .cancel:
            form = nil
        case .saveForm:
            guard var f = form else { return [] }
            f.triedToSave = true
            guard let action = f.validate(t: t, model: model) else {
                form = f
                return [.error(t("form.fixErrors"))]
            }
            form = nil
            return [.commit(action)]
        case .exportNotice, .exportResults, .exportPayments, .exportScoreReport:
            // Ask the format first; nothing is written until it is chosen.
            let what: Phrase
            switch c {
            case .exportNotice: what = Phrase(zh: "获奖候选名单公示", en: "publicity notice")
            case .exportResults: what = Phrase(zh: "获奖名单公布通知", en: "results announcement")
            case .exportPayments: what = Phrase(zh: "奖金发放名单", en: "payment list")
            default: what = Phrase(zh: "评审得分报告", en: "score report")
            }
            pendingExport = c
            exportChoice = .exportFormat(what, formats: c == .exportPayments ? [.text, .docx, .xlsx] : [.text, .docx])
        case .exportFormat(let command):
            guard var m = exportChoice, let pending = pendingExport else { return [] }
            let event = m.perform(command)
            exportChoice = m
            switch event {
            case .handled: return []
            case .cancelled:
                exportChoice = nil; pendingExport = nil
                return []
            case .submitted, .confirmed:
                exportChoice = nil; pendingExport = nil
                return export(pending, format: m.exportFormat, model: model)
            }
        }
        return []
    }

    /// The chosen export in the chosen format, or the domain's refusal in the status line.
    private func export(_ c: AwardsCommand, format: ExportFormat, model: AppModel) -> [Effect] {
        let data = model.data, lang = model.env.lang
        switch c {
        case .exportNotice:
            return exportNotice(model, format: format)
        case .exportResults:
            return export(model, base: "results-\(data.cycle.year)", format: format) { () throws(DomainError) in
                try ResultsAnnouncement.make(data, lang)
            }
        case .exportPayments:
            let doc = PaymentListDocument.make(data, lang, date: model.env.today)
            let base = "payments-\(data.cycle.year)"
            // Text goes with its CSV, as the office has always had it.
            let csv: [Effect] = format == .text ? [.export(fileName: base + ".csv", contents: CSVExport.table(doc.tables.first ?? OfficeTable(headers: [], rows: [])))] : []
            return csv + doc.exportEffects(base: base, format: format, author: data.registry.settings.officeName, lang: model.env.lang)
        case .exportScoreReport:
            guard let r = selectedRow() else { return noSelection(model) }
            let base = String(ScoreReport.fileName(applicationID: r.applicationID).dropLast(4))
            return export(model, base: base, format: format) { () throws(DomainError) in
                try ScoreReport.make(data, applicationID: r.applicationID, lang)
            }
        default:
            return []
        }
    }

    private func noSelection(_ model: AppModel) -> [Effect] {
        [.error(model.t("awards.noSelection"))]
    }

    /// The notice of the latest public publicity period (第十一条（七）).
    private func exportNotice(_ model: AppModel, format: ExportFormat) -> [Effect] {
        guard let p = model.data.cycle.publicity.filter({ $0.kind == .public }).max(by: { $0.start < $1.start }) else {
            return [.error(model.t("awards.noPublicPeriod"))]
        }
        let data = model.data, lang = model.env.lang
        return export(model, base: "publicity-notice-\(p.id)", format: format) { () throws(DomainError) in
            try PublicityNotice.make(data, periodID: p.id, lang)
        }
    }

    /// A document in the user's language and the chosen format, or the domain's refusal in the status line.
    private func export(_ model: AppModel, base: String, format: ExportFormat, _ make: () throws(DomainError) -> OfficeDocument) -> [Effect] {
        do throws(DomainError) {
            return try make().exportEffects(base: base, format: format, author: model.data.registry.settings.officeName, lang: model.env.lang)
        } catch {
            return [.error(error.text(model.env.lang))]
        }
    }
}
