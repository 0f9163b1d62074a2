import AwardDomain
import AwardStore
import Foundation
import TerminalUI

extension AwardsScreen {
    mutating func handleText(_ key: Key, model: inout AppModel) -> [Effect]? {
        guard var f = form, f.form.handle(key) else { return nil }
        f.touched.insert(f.form.focus)
        f.updateEndHint(t: model.t, calendar: model.data.calendar)
        _ = f.validate(t: model.t, model: model)
        form = f
        return []
    }

    mutating func perform(_ c: AwardsCommand, key: Key, model: inout AppModel) -> [Effect] {
        let t = model.t
        let data = model.data, lang = model.env.lang
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
            guard let p = selectedCandidate() else { return noSelection(&model) }
            form = AwardsForm(kind: .decide(applicationID: p.applicationID, tier: p.tier), t: t, model: model)
        case .publicize:
            // The candidates the committee approved and that wait for their public publicity.
            let ids = progress.filter { $0.step == .awaitingPublicity }.map(\.applicationID)
            guard !ids.isEmpty else {
                model.status = StatusMessage(t("awards.nothingToPublicize"), kind: .error)
                return []
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
                model.status = StatusMessage(t("form.fixErrors"), kind: .error)
                return []
            }
            form = nil
            return [.commit(action)]
        case .exportNotice:
            return exportNotice(&model)
        case .exportResults:
            return export(&model, fileName: "results-\(data.cycle.year).txt") { () throws(DomainError) in
                try ResultsAnnouncement.make(data, lang)
            }
        case .exportPayments:
            let doc = PaymentListDocument.make(model.data, model.env.lang)
            let base = "payments-\(model.data.cycle.year)"
            return [.export(fileName: base + ".csv", contents: CSVExport.table(headers: doc.headers, rows: doc.rows)),
                    .export(fileName: base + ".txt", contents: Data(doc.plainText.utf8))]
        case .exportScoreReport:
            guard let r = selectedRow() else { return noSelection(&model) }
            return export(&model, fileName: ScoreReport.fileName(applicationID: r.applicationID)) { () throws(DomainError) in
                try ScoreReport.make(data, applicationID: r.applicationID, lang)
            }
        }
        return []
    }

    private func noSelection(_ model: inout AppModel) -> [Effect] {
        model.status = StatusMessage(model.t("awards.noSelection"), kind: .error)
        return []
    }

    /// The notice of the latest public publicity period (第十一条（七）).
    private func exportNotice(_ model: inout AppModel) -> [Effect] {
        guard let p = model.data.cycle.publicity.filter({ $0.kind == .public }).max(by: { $0.start < $1.start }) else {
            model.status = StatusMessage(model.t("awards.noPublicPeriod"), kind: .error)
            return []
        }
        let data = model.data, lang = model.env.lang
        return export(&model, fileName: "publicity-notice-\(p.id).txt") { () throws(DomainError) in
            try PublicityNotice.make(data, periodID: p.id, lang)
        }
    }

    /// A document as plain UTF-8 text in the user's language, or the domain's refusal in the status line.
    private func export(_ model: inout AppModel, fileName: String, _ make: () throws(DomainError) -> OfficeDocument) -> [Effect] {
        do throws(DomainError) {
            return [.export(fileName: fileName, contents: Data(try make().plainText.utf8))]
        } catch {
            model.status = StatusMessage(error.text(model.env.lang), kind: .error)
            return []
        }
    }
}
