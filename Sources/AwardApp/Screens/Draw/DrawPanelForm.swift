import AwardDomain
import TerminalUI

/// The form that creates a review panel. Each field is checked as it changes; nothing is saved
/// while any field is invalid. A size below 3 is refused with 第十一条（三）'s own message.
struct PanelForm: Sendable, Equatable {
    enum Field: Int, CaseIterable { case name, applications, dates, size, alternates }

    var form: FormState
    var panelID: String

    init(t: Strings, panelID: String) {
        self.panelID = panelID
        let values: [Field: String] = [.size: "5", .alternates: "2"]
        form = FormState(fields: Field.allCases.map { f in
            var field = FormField(label: t("panel.\(f)"), text: values[f] ?? "", width: f == .size || f == .alternates ? 6 : 26)
            field.hint = t("panel.hint.\(f)")
            return field
        })
    }

    func text(_ f: Field) -> String { form.fields[f.rawValue].state.text.trimmingCharacters(in: .whitespaces) }

    /// Re-checks every field and sets its inline message; returns the panel when all pass.
    mutating func validate(t: Strings, cycle: Cycle) -> Panel? {
        var errors: [Field: String] = [:]
        if text(.name).isEmpty { errors[.name] = t("form.err.required") }
        let ids = PanelForm.splitList(text(.applications))
        if ids.isEmpty { errors[.applications] = t("form.err.required") }
        for id in ids where errors[.applications] == nil {
            guard let a = cycle.application(id) else { errors[.applications] = t("panel.err.noApplication", id); continue }
            if a.status == .withdrawn || a.status == .ineligible {
                errors[.applications] = t("panel.err.notReviewed", id, t(a.status.name))
            }
        }
        let dates = PanelForm.parseRange(text(.dates))
        if dates == nil { errors[.dates] = t("panel.err.dates") }
        let size = Int(text(.size))
        if let s = size {
            // The article first: a narrow form may cut the end of the line.
            if let e = DrawChecks.panelSize(s) { errors[.size] = t("panel.err.size", t(e.citation ?? .art11_3), s) }
        } else {
            errors[.size] = t("panel.err.number")
        }
        let alternates = Int(text(.alternates))
        if alternates.map({ $0 < 0 }) ?? true { errors[.alternates] = t("panel.err.number") }
        for f in Field.allCases { form.fields[f.rawValue].error = errors[f] }
        guard errors.isEmpty, let d = dates, let s = size, let k = alternates else { return nil }
        return Panel(id: panelID, name: text(.name), applicationIDs: ids, dates: d, size: s, alternates: k)
    }

    /// "A1, A2，A3" → ["A1", "A2", "A3"]: commas of either width, semicolons or spaces between.
    static func splitList(_ s: String) -> [String] {
        s.split(whereSeparator: { ",，;；、 ".contains($0) }).map(String.init)
    }

    /// "2026-05-10~2026-05-12" (also with "～" or " 至 "); one day alone is a one-day range.
    static func parseRange(_ s: String) -> DayRange? {
        let parts = s.replacingOccurrences(of: "～", with: "~").replacingOccurrences(of: "至", with: "~")
            .split(separator: "~").map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), let from = Day(parts[0]), let to = Day(parts[parts.count - 1]), from <= to else { return nil }
        return DayRange(from: from, to: to)
    }
}

extension FormState {
    /// A one-field form, e.g. the supervisor's name or a reason.
    static func single(label: String, hint: String) -> FormState {
        FormState(fields: [FormField(label: label, text: "", hint: hint, width: 36)])
    }

    var firstText: String { fields.first?.state.text.trimmingCharacters(in: .whitespaces) ?? "" }
}
