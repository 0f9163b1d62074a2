import AwardDomain
import TerminalUI

/// The forms of the awards screen. Each field is checked as it changes and shows its message in
/// place; the action is built only when every field is valid. What the rules decide (order of
/// the steps, quotas, dates after publicity) stays with the domain, whose refusal names the article.
struct AwardsForm: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case places
        case decide(applicationID: String, tier: PrizeTier)
        case publicize(applicationIDs: [String])
        case approve
        case publish
        case revoke
    }

    var kind: Kind
    var form: FormState
    var touched: Set<Int> = []
    var triedToSave = false

    init(kind: Kind, t: Strings, model: AppModel, award: (Organization, AwardRecord)? = nil) {
        self.kind = kind
        let today = model.env.today.description
        let s = model.data.cycle.settings
        let policy = model.data.cycle.recommendationPolicy
        func field(_ key: String, _ text: String, hint: String? = nil, width: Int? = nil) -> FormField {
            FormField(label: t("awards.form.\(key)"), text: text, hint: hint, width: width)
        }
        switch kind {
        case .places:
            form = FormState(fields: [
                field("awardPlaces", "\(policy.places(.award, settings: s))", hint: t("awards.form.hint.places", s.awardQuota)),
                field("nominationPlaces", "\(policy.places(.nomination, settings: s))", hint: t("awards.form.hint.places", s.nominationQuota)),
                field("placesNote", policy.note, hint: t("awards.form.hint.placesNote"), width: 36),
            ])
        case .decide:
            form = FormState(fields: [
                field("approved", t("form.yes"), hint: t("awards.form.hint.yesNo")),
                field("meeting", today, hint: "YYYY-MM-DD"),
                field("note", "", width: 36),
            ])
        case .publicize:
            let id = AppModel.nextID(prefix: "GS\(model.data.cycle.year)-", existing: model.data.cycle.publicity.map(\.id), digits: 2)
            form = FormState(fields: [field("periodID", id), field("start", today)])
        case .approve:
            form = FormState(fields: [field("document", "", hint: t("awards.form.hint.document")), field("date", today, hint: "YYYY-MM-DD")])
        case .publish:
            form = FormState(fields: [field("date", today, hint: "YYYY-MM-DD")])
        case .revoke:
            form = FormState(fields: [
                field("org", award?.0.id ?? ""),
                field("year", award.map { "\($0.1.year)" } ?? ""),
                field("tier", award?.1.tier.rawValue ?? AwardTier.mayor.rawValue, hint: t("awards.form.hint.tier")),
                field("date", today, hint: "YYYY-MM-DD"),
                field("reason", "fraud", hint: t("awards.form.hint.reason")),
                field("approvalDocument", "", hint: t("awards.form.hint.document")),
            ])
        }
        if case .publicize = kind { updateEndHint(t: t, calendar: model.data.calendar) }
    }

    var titleKey: String {
        switch kind {
        case .places: "awards.form.title.places"
        case .decide: "awards.form.title.decide"
        case .publicize: "awards.form.title.publicize"
        case .approve: "awards.form.title.approve"
        case .publish: "awards.form.title.publish"
        case .revoke: "awards.form.title.revoke"
        }
    }

    func text(_ i: Int) -> String { form.fields[i].state.text.trimmingCharacters(in: .whitespaces) }

    /// The public period's last day as the user types the start (7 days counting the start, 第十一条（七）).
    mutating func updateEndHint(t: Strings, calendar: WorkdayCalendar) {
        guard case .publicize = kind else { return }
        if let start = Day(text(1)), let end = try? PublicityKind.public.end(from: start, calendar: calendar) {
            form.fields[1].hint = t("awards.form.hint.end", end.description)
        } else {
            form.fields[1].hint = "YYYY-MM-DD"
        }
    }

    /// Checks every field, sets the messages, and returns the action when all are valid.
    mutating func validate(t: Strings, model: AppModel) -> Action? {
        var errors: [Int: String] = [:]
        func day(_ i: Int) -> Day? {
            let d = Day(text(i))
            if d == nil { errors[i] = t("form.err.date") }
            return d
        }
        func required(_ i: Int) -> String {
            if text(i).isEmpty { errors[i] = t("form.err.required") }
            return text(i)
        }
        var action: Action?
        switch kind {
        case .places:
            let s = model.data.cycle.settings
            func places(_ i: Int, quota: Int) -> Int? {
                guard let n = Int(text(i)), (0...quota).contains(n) else {
                    errors[i] = t("awards.form.err.places", quota)
                    return nil
                }
                return n
            }
            let a = places(0, quota: s.awardQuota), n = places(1, quota: s.nominationQuota)
            if let a, let n, (a < s.awardQuota || n < s.nominationQuota), text(2).isEmpty {
                errors[2] = t("awards.form.err.placesNote")
            }
            if let a, let n { action = .award(.setPlaces(award: a, nomination: n, note: text(2))) }
        case .decide(let id, let tier):
            let approved = yesNo(text(0), t: t)
            if approved == nil { errors[0] = t("form.err.yesNo") }
            let meeting = day(1)
            if let approved, let meeting {
                action = .award(.decide(applicationID: id, tier: tier, approved: approved, meeting: meeting, note: text(2)))
            }
        case .publicize(let ids):
            let id = required(0)
            if let start = day(1) { action = .publicity(.start(id: id, kind: .public, applicationIDs: ids, start: start)) }
        case .approve:
            let number = required(0)
            if let date = day(1) { action = .award(.approve(documentNumber: number, date: date)) }
        case .publish:
            if let date = day(0) { action = .award(.publish(date: date)) }
        case .revoke:
            let org = required(0)
            if !org.isEmpty, model.data.registry.organization(org) == nil { errors[0] = t("form.err.parent", org) }
            let year = Int(text(1))
            if year == nil { errors[1] = t("awards.form.err.year") }
            let tier = Self.tier(text(2))
            if tier == nil { errors[2] = t("awards.form.hint.tier") }
            let date = day(3)
            let reason = Self.reason(text(4))
            if reason == nil { errors[4] = t("awards.form.hint.reason") }
            let document = required(5)
            if let year, let tier, let date, let reason {
                action = .award(.revoke(orgID: org, year: year, tier: tier, date: date, reason: reason, approvalDocument: document))
            }
        }
        for i in form.fields.indices {
            form.fields[i].error = (triedToSave || touched.contains(i)) ? errors[i] : nil
        }
        return errors.isEmpty ? action : nil
    }

    func yesNo(_ s: String, t: Strings) -> Bool? {
        switch s.lowercased() {
        case t("form.yes").lowercased(), "y", "yes", "是", "1": true
        case t("form.no").lowercased(), "n", "no", "否", "0": false
        default: nil
        }
    }

    /// mayor / mayorNomination, as on the command line; award / nomination and the Chinese names too.
    /// Any other tier of the registry passes through, for the domain to say who revokes it.
    static func tier(_ s: String) -> AwardTier? {
        if let t = AwardTier(rawValue: s) { return t }
        return switch s.lowercased() {
        case "mayor", "award", "1", "市长质量奖", "盐城市市长质量奖": .mayor
        case "mayornomination", "nomination", "2", "提名奖", "盐城市市长质量奖提名奖": .mayorNomination
        default: nil
        }
    }

    /// fraud (第十四条) or majorAccident (第十五条); 1 / 2 and the Chinese words too.
    static func reason(_ s: String) -> RevocationReason? {
        switch s.lowercased() {
        case "fraud", "1", "弄虚作假": .fraud
        case "majoraccident", "accident", "2", "事故", "重大事故": .majorAccident
        default: nil
        }
    }
}
