import AwardDomain
import AwardStore
import Foundation
import TerminalUI

extension AwardsScreen {
    mutating func handleText(_ key: Key, model: AppModel) -> [Effect]? {
        if exportChoice != nil { return exportChoice?.handleText(key) == true ? [] : nil }
        guard var f = form, f.modal.handleText(key) else { return nil }
        f.check(model)
        form = f
        return []
    }

    /// The store's answer to the form's change: saved closes it; a refusal stays in it.
    mutating func receive(_ msg: Msg, model: AppModel) -> [Effect] {
        if form?.modal.receive(msg) == true { form = nil }
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
            form = AwardsForm(kind: .places, model: model)
        case .decide:
            guard let p = selectedCandidate() else { return noSelection(model) }
            form = AwardsForm(kind: .decide(applicationID: p.applicationID, tier: p.tier), model: model)
        case .publicize:
            // The candidates the committee approved and that wait for their public publicity.
            let ids = progress.filter { $0.step == .awaitingPublicity }.map(\.applicationID)
            guard !ids.isEmpty else {
                return [.error(t(.awardsNothingToPublicize))]
            }
            form = AwardsForm(kind: .publicize(applicationIDs: ids), model: model)
        case .approve:
            form = AwardsForm(kind: .approve, model: model)
        case .publish:
            form = AwardsForm(kind: .publish, model: model)
        case .revoke:
            // The award revoked is the one selected in the history: the question names it.
            guard let (org, award) = selectedAward(model) else { return [.error(t(.noAwardSelected))] }
            form = AwardsForm(kind: .revoke(orgID: org.id, orgName: org.name, year: award.year, tier: award.tier), model: model)
        case .form(let command):
            guard var f = form else { return [] }
            let event = f.modal.perform(command)
            form = f
            switch event {
            case .handled: return []
            case .invalid: return [.formHasErrors(model.t)]
            case .cancelled: form = nil; return []
            case .submitted:
                f.check(model)
                guard !f.modal.refuse(f.lastErrors), let action = f.action() else { form = f; return [.formHasErrors(model.t)] }
                if let question = f.confirmation {
                    // A revocation cannot be taken back: ask first; Esc goes back to the form.
                    // A step the procedure refuses is not asked about: why shows in the form.
                    if let refused = model.procedureRefusal(action) {
                        f.modal.refusal = refused.phrase
                        form = f
                        return [.error(model.t(refused))]
                    }
                    f.modal.ask(question)
                    form = f
                    return []
                }
                form?.modal.sent()
                return [f.modal.commit(action)]
            case .confirmed:
                guard let action = f.action() else { return [] }
                form?.modal.sent()
                return [f.modal.commit(action)]
            }
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
            case .invalid: return [.formHasErrors(model.t)]
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

    /// An empty list has no row to select: its keys say why it is empty instead.
    private func noSelection(_ model: AppModel) -> [Effect] {
        [.error(model.t(rowCount(section, model) == 0 ? Self.emptyText(section) : .awardsNoSelection))]
    }

    /// The notice of the latest public publicity period (第十一条（七）).
    private func exportNotice(_ model: AppModel, format: ExportFormat) -> [Effect] {
        guard let p = model.data.cycle.publicity.filter({ $0.kind == .public }).max(by: { $0.start < $1.start }) else {
            return [.error(model.t(.awardsNoPublicPeriod))]
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
            return [.error(model.t(error))]
        }
    }
}
