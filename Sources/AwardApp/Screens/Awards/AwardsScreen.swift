import AwardDomain
import TerminalUI

/// What the awards screen's keys ask for.
enum AwardsCommand: Sendable, Equatable {
    case move
    case nextSection, previousSection
    case places, decide, publicize, approve, publish, revoke
    case exportNotice, exportResults, exportPayments, exportScoreReport
    case exportFormat(Modal<ExportField>.Command)
    case form(Modal<AwardsForm.Field>.Command)
}

/// 奖励: the office's proposed list (第十一条（六）), each candidate's way through the committee,
/// publicity, approval and publication (（七）（八）), the prize money against the budget
/// (第十二条、第十三条), and past winners with revocation (第十四条、第十五条).
struct AwardsScreen: Screen {
    static let id = ScreenID.awards
    enum Section: Int, CaseIterable {
        case recommendation, decisions, budget, history
        var title: Phrase { .awardsSection(self) }
    }

    var section = Section.recommendation
    /// One selection per section, so switching back finds the row where it was.
    var tables: [Section: TableState] = [:]
    var form: AwardsForm?
    /// The format question of an export key, and which export asked it.
    var exportChoice: Modal<ExportField>?
    var pendingExport: AwardsCommand?
    /// Computed when the data (or the board date) changes while the screen is up, or when it is
    /// shown after such a change; never per key or frame.
    var rows: [AwardsRow] = []
    var progress: [CandidateProgress] = []
    var payments: PaymentList?
    var stale = true

    var capturesText: Bool { form != nil || exportChoice != nil }

    init() {}

    mutating func dataDidChange(model: AppModel) {
        if model.screen == .awards { rebuild(model) } else { stale = true }
    }

    mutating func willShow(model: AppModel) -> [Effect] {
        if stale { rebuild(model) }
        return []
    }

    mutating func rebuild(_ model: AppModel) {
        rows = AwardsRow.compute(model.data)
        progress = DecisionFlow.progress(model.data, today: model.env.today)
        payments = PaymentList.compute(model.data)
        stale = false
        for s in Section.allCases { tables[s, default: TableState()].clamp(rowCount: rowCount(s, model), pageSize: model.pageSize) }
    }

    func rowCount(_ s: Section, _ model: AppModel) -> Int {
        switch s {
        case .recommendation: rows.count
        case .decisions: progress.count
        case .budget: payments?.payments.count ?? 0
        case .history: model.derived.pastAwards.count
        }
    }

    func table(_ s: Section) -> TableState { tables[s] ?? TableState() }

    /// What an empty section's table says, and what its keys say then: why it is empty.
    static func emptyText(_ s: Section) -> Phrase {
        switch s {
        case .recommendation: .awardsRecEmpty
        case .decisions: .awardsDecEmpty
        case .budget: .awardsBudgetEmpty
        case .history: .listEmpty
        }
    }

    func selectedRow() -> AwardsRow? {
        let i = table(.recommendation).selected
        return rows.indices.contains(i) ? rows[i] : nil
    }

    func selectedCandidate() -> CandidateProgress? {
        let i = table(.decisions).selected
        return progress.indices.contains(i) ? progress[i] : nil
    }

    func selectedAward(_ model: AppModel) -> (Organization, AwardRecord)? {
        let i = table(.history).selected
        let all = model.derived.pastAwards
        return all.indices.contains(i) ? all[i] : nil
    }

    func bindings(_ model: AppModel) -> [KeyBinding<AwardsCommand>] {
        let t = model.t
        if let m = exportChoice { return m.bindings(t).map { $0.map(AwardsCommand.exportFormat) } }
        if let f = form { return f.modal.bindings(t).map { $0.map(AwardsCommand.form) } }
        var list: [KeyBinding<AwardsCommand>] = [
            KeyBinding(keys: listMoveKeys, help: t(.keyMove), action: .move, showInBar: false),
            KeyBinding(keys: [.tab], help: t(.awardsKeyNextSection), action: .nextSection),
            KeyBinding(keys: [.backTab], help: t(.awardsKeyPreviousSection), action: .previousSection, showInBar: false),
        ]
        switch section {
        case .recommendation:
            list += [
                KeyBinding(keys: [.char("p")], help: t(.awardsKeyPlaces), action: .places),
                KeyBinding(keys: [.char("s")], help: t(.awardsKeyScoreReport), action: .exportScoreReport),
            ]
        case .decisions:
            list += [
                KeyBinding(keys: [.char("p")], help: t(.awardsKeyPlaces), action: .places, showInBar: false),
                KeyBinding(keys: [.char("d")], help: t(.awardsKeyDecide), action: .decide),
                KeyBinding(keys: [.char("g")], help: t(.awardsKeyPublicize), action: .publicize),
                KeyBinding(keys: [.char("a")], help: t(.awardsKeyApprove), action: .approve),
                KeyBinding(keys: [.char("u")], help: t(.awardsKeyPublish), action: .publish),
                KeyBinding(keys: [.char("n")], help: t(.awardsKeyNotice), action: .exportNotice),
                KeyBinding(keys: [.char("o")], help: t(.awardsKeyResults), action: .exportResults),
            ]
        case .budget:
            list += [KeyBinding(keys: [.char("m")], help: t(.awardsKeyPayments), action: .exportPayments)]
        case .history:
            list += [
                KeyBinding(keys: [.char("r")], help: t(.awardsKeyRevoke), action: .revoke),
                KeyBinding(keys: [.char("o")], help: t(.awardsKeyResults), action: .exportResults),
            ]
        }
        return list
    }
}

/// One line of the recommendation section: every ranked applicant, with the office's proposal
/// where the walk over the ranking reached it (第十一条（六）).
struct AwardsRow: Sendable, Equatable {
    enum Outcome: Sendable, Equatable {
        case recommended(PrizeTier)
        case skipped(reason: Phrase, citation: Citation)
        /// Ranked below the last place the walk considered: the places are taken (第三条).
        case notReached
        /// No composite yet: scoring is not complete (第十一条（六）).
        case unscored
    }

    var applicationID: String
    var name: String
    var rank: Int?
    var composite: ExactScore?
    var outcome: Outcome
    var countsAgainstQuota: Bool
    var prize: Int

    static func compute(_ data: AwardData) -> [AwardsRow] {
        let ranking = Ranking.compute(data)
        let entries = Dictionary(AwardRecommendation.compute(ranking: ranking, data: data).map { ($0.applicationID, $0) },
                                 uniquingKeysWith: { a, _ in a })
        return ranking.map { r in
            let name = data.cycle.application(r.applicationID).flatMap { data.registry.organization($0.orgID) }?.name ?? r.applicationID
            guard let e = entries[r.applicationID] else {
                return AwardsRow(applicationID: r.applicationID, name: name, rank: r.rank, composite: r.composite,
                                 outcome: r.composite == nil ? .unscored : .notReached, countsAgainstQuota: false, prize: 0)
            }
            let outcome: Outcome
            switch e.outcome {
            case .recommended(let t): outcome = .recommended(t)
            case .skipped(let reason, let c): outcome = .skipped(reason: reason, citation: c)
            }
            return AwardsRow(applicationID: e.applicationID, name: e.name, rank: e.rank, composite: e.composite, outcome: outcome,
                             countsAgainstQuota: e.countsAgainstQuota, prize: e.prize)
        }
    }
}

extension ScreenID {
    public static let awards = ScreenID("awards")
}

extension AppModel {
    var awards: AwardsScreen {
        get { screens[AwardsScreen.self] }
        set { screens[AwardsScreen.self] = newValue }
    }
}
