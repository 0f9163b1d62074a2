import Foundation

/// Panels and their draws (第十一条（三）).
public enum DrawAction: Hashable, Codable, Sendable {
    case createPanel(Panel)
    /// Records the commitment (SHA-256 of a seed the program holds back) before the draw.
    case commit(drawID: String, panelID: String, supervisor: String, commitment: String)
    /// Records that the commitment was published (printed, exported or shown) before the reveal.
    case publishCommitment(drawID: String)
    /// Reveals the seed; the reducer checks it against the commitment and draws.
    case reveal(drawID: String, seed: String)
    case void(drawID: String, reason: String)
    case designateLeader(drawID: String, expertID: String)
    case replaceDeclined(drawID: String, expertID: String, reason: String)
}

extension AwardData {
    /// The reducer never makes randomness: the app makes the seed (`DrawSeed.secure()`), sends its
    /// commitment, then reveals it.
    mutating func apply(_ action: DrawAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .createPanel(let panel): try createPanel(panel)
        case .commit(let drawID, let panelID, let supervisor, let commitment):
            try commitDraw(drawID: drawID, panelID: panelID, supervisor: supervisor, commitment: commitment, context: context)
        case .publishCommitment(let drawID): try publishCommitment(drawID: drawID, context: context)
        case .reveal(let drawID, let seed): try revealDraw(drawID: drawID, seedHex: seed, context: context)
        case .void(let drawID, let reason): try voidDraw(drawID: drawID, reason: reason, context: context)
        case .designateLeader(let drawID, let expertID):
            var d = try drawInForce(drawID)
            guard d.currentMembers.contains(expertID) else {
                throw DomainError(zh: "\(expertID) 不是该评审组的现任组员，组长须从组员中指定",
                                  en: "\(expertID) is not a current member of this panel; the leader must be one of its members", citation: .art11_3)
            }
            d.leaderID = expertID
            d.leaderDesignatedBy = context.actor
            store(d)
        case .replaceDeclined(let drawID, let expertID, let reason):
            var d = try drawInForce(drawID)
            guard d.currentMembers.contains(expertID) else {
                throw DomainError(zh: "\(expertID) 不是该评审组的现任组员", en: "\(expertID) is not a current member of this panel")
            }
            guard !reason.trimmed.isEmpty else {
                throw DomainError(zh: "请填写专家不能参加的原因", en: "Give the reason the expert declines")
            }
            guard let next = d.unusedAlternates.first else {
                throw DomainError(zh: "候补专家已用完：请作废本次抽取并重新抽取",
                                  en: "No alternate is left: void this draw and draw again", citation: .art11_3)
            }
            d.replacements.append(Replacement(declined: expertID, replacement: next, at: context.at, reason: reason))
            // The declined member's sheets stay on record, aside: they no longer count (第十一条（三）).
            cycle.putAside(sheetsWhere: { $0.panelID == d.panelID && $0.expertID == expertID }, consensusOfPanel: nil,
                           drawID: d.id, reason: .memberReplaced, at: context.at)
            // A leader who declines hands over to the first current member in draw order, as at the reveal.
            if d.leaderID == expertID {
                d.leaderID = d.currentMembers.first
                d.leaderDesignatedBy = nil
            }
            store(d)
        }
    }

    private mutating func createPanel(_ p: Panel) throws(DomainError) {
        guard !p.id.trimmed.isEmpty else { throw DomainError(zh: "请填写评审组编号", en: "Give the panel an id") }
        guard cycle.panel(p.id) == nil else {
            throw DomainError(zh: "评审组编号 \(p.id) 已存在", en: "Panel \(p.id) already exists")
        }
        guard !p.applicationIDs.isEmpty else {
            throw DomainError(zh: "评审组须至少负责一个申报", en: "A panel reviews at least one application")
        }
        for id in p.applicationIDs {
            guard let app = cycle.application(id) else {
                throw DomainError(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
            }
            guard app.status != .withdrawn, app.status != .ineligible else {
                throw DomainError(zh: "申报 \(id) 状态为“\(app.status.name.zh)”，不进入评审",
                                  en: "Application \(id) is \(app.status.name.en) and is not reviewed", citation: .art11_2)
            }
        }
        guard p.dates.from <= p.dates.to else {
            throw DomainError(zh: "评审日期的开始日晚于结束日", en: "The review dates start after they end")
        }
        try DrawRules.checkPanelSize(p.size)
        guard p.alternates >= 0 else {
            throw DomainError(zh: "候补人数不能为负数", en: "The number of alternates cannot be negative")
        }
        var panel = p
        panel.drawID = nil
        cycle.panels.append(panel)
    }

    private mutating func commitDraw(drawID: String, panelID: String, supervisor: String, commitment: String,
                                     context: ActionContext) throws(DomainError) {
        guard !drawID.trimmed.isEmpty, cycle.drawRecord(drawID) == nil else {
            throw DomainError(zh: "抽取编号 \(drawID) 为空或已存在", en: "Draw id \(drawID) is empty or already used")
        }
        guard let panel = cycle.panel(panelID) else {
            throw DomainError(zh: "评审组 \(panelID) 不存在", en: "Panel \(panelID) does not exist")
        }
        guard !supervisor.trimmed.isEmpty else {
            throw DomainError(zh: "请填写监督人（派驻纪检监察组）姓名", en: "Name the supervisor (from the discipline-inspection group)", citation: .art11_3)
        }
        let c = commitment.lowercased()
        guard c.utf8.count == 64, Hex.decode(c) != nil else {
            throw DomainError(zh: "承诺值须为64位十六进制数（随机种子的 SHA-256）", en: "The commitment must be 64 hexadecimal digits (the SHA-256 of the seed)")
        }
        // A pending commitment blocks too: otherwise one could commit twice and reveal the seed
        // whose draw one prefers.
        if let live = cycle.liveDraw(ofPanel: panelID) {
            throw DomainError(zh: "评审组 \(panelID) 已有有效抽取 \(live.id)；如需重抽，请先作废并说明理由",
                              en: "Panel \(panelID) already has draw \(live.id) in force; void it, with a reason, before drawing again", citation: .art11_3)
        }
        try DrawRules.checkPanelSize(panel.size)
        let eligibility = Conflicts.evaluate(panel: panel, applications: cycle.applications, registry: registry)
        try DrawRules.checkPoolSufficient(eligibility, size: panel.size, alternates: panel.alternates)

        for i in cycle.draws.indices where cycle.draws[i].panelID == panelID && cycle.draws[i].voided?.supersededBy == nil {
            cycle.draws[i].voided?.supersededBy = drawID
        }
        cycle.draws.append(DrawRecord(
            id: drawID, panelID: panelID, committedAt: context.at, supervisor: supervisor, operatorName: context.actor,
            size: panel.size, alternateCount: panel.alternates, pool: eligibility.pool,
            poolDigest: DrawAlgorithm.poolDigest(eligibility.pool), exclusions: eligibility.exclusions, commitment: c))
    }

    /// The first publication is the one that counts; publishing again (another copy of the
    /// notice) keeps it. Only a commitment still awaiting its reveal can be published.
    private mutating func publishCommitment(drawID: String, context: ActionContext) throws(DomainError) {
        guard var d = cycle.drawRecord(drawID) else {
            throw DomainError(zh: "抽取 \(drawID) 不存在", en: "Draw \(drawID) does not exist")
        }
        guard !d.isVoided else {
            throw DomainError(zh: "抽取 \(drawID) 已作废，其承诺值不再公布", en: "Draw \(drawID) was voided; its commitment is not published")
        }
        guard !d.isRevealed else {
            throw DomainError(zh: "抽取 \(drawID) 已于 \(d.revealedAt!.shortDescription) 公开种子，承诺值只能在揭示前公布",
                              en: "Draw \(drawID) was revealed at \(d.revealedAt!.shortDescription); a commitment is published before its reveal only",
                              citation: .art11_3)
        }
        if d.commitmentPublishedAt == nil { d.commitmentPublishedAt = context.at }
        store(d)
    }

    private mutating func revealDraw(drawID: String, seedHex: String, context: ActionContext) throws(DomainError) {
        guard var d = cycle.drawRecord(drawID) else {
            throw DomainError(zh: "抽取 \(drawID) 不存在", en: "Draw \(drawID) does not exist")
        }
        guard !d.isVoided else {
            throw DomainError(zh: "抽取 \(drawID) 已作废，不能公开种子", en: "Draw \(drawID) was voided and cannot be revealed")
        }
        guard !d.isRevealed else {
            throw DomainError(zh: "抽取 \(drawID) 已于 \(d.revealedAt!.shortDescription) 完成，不能再次公开",
                              en: "Draw \(drawID) was already revealed at \(d.revealedAt!.shortDescription)")
        }
        guard let seed = DrawSeed(hex: seedHex) else {
            throw DomainError(zh: "随机种子须为64位十六进制数", en: "The seed must be 64 hexadecimal digits")
        }
        guard seed.commitment == d.commitment else {
            throw DomainError(zh: "随机种子与抽取前记录的承诺值不符，抽取未进行；请使用承诺时生成的种子",
                              en: "The seed does not match the commitment recorded before the draw; nothing was drawn. Use the seed made at the commitment",
                              citation: .art11_3)
        }
        d.seed = seed.hex
        d.order = DrawAlgorithm.order(pool: d.pool, seed: seed, count: d.size + d.alternateCount)
        d.leaderID = d.order.first
        d.revealedAt = context.at
        store(d)
        if let i = cycle.panels.firstIndex(where: { $0.id == d.panelID }) { cycle.panels[i].drawID = d.id }
    }

    private mutating func voidDraw(drawID: String, reason: String, context: ActionContext) throws(DomainError) {
        guard var d = cycle.drawRecord(drawID) else {
            throw DomainError(zh: "抽取 \(drawID) 不存在", en: "Draw \(drawID) does not exist")
        }
        guard !d.isVoided else { throw DomainError(zh: "抽取 \(drawID) 已作废", en: "Draw \(drawID) is already voided") }
        guard !reason.trimmed.isEmpty else {
            throw DomainError(zh: "作废抽取须说明理由", en: "Give the reason for voiding the draw", citation: .art11_3)
        }
        d.voided = Voiding(at: context.at, by: context.actor, reason: reason, supersededBy: nil)
        store(d)
        // The panel's sheets and agreed scores were made under this draw: kept aside, never counted
        // again, so a member drawn again starts afresh (第十一条（三）).
        if d.isRevealed {
            cycle.putAside(sheetsWhere: { $0.panelID == d.panelID }, consensusOfPanel: d.panelID,
                           drawID: d.id, reason: .drawVoided, at: context.at)
        }
        if let i = cycle.panels.firstIndex(where: { $0.drawID == drawID }) { cycle.panels[i].drawID = nil }
    }

    /// A revealed draw that is not voided.
    private func drawInForce(_ id: String) throws(DomainError) -> DrawRecord {
        guard let d = cycle.drawRecord(id) else {
            throw DomainError(zh: "抽取 \(id) 不存在", en: "Draw \(id) does not exist")
        }
        guard !d.isVoided else { throw DomainError(zh: "抽取 \(id) 已作废", en: "Draw \(id) was voided") }
        guard d.isRevealed else {
            throw DomainError(zh: "抽取 \(id) 尚未公开种子，评审组尚未产生", en: "Draw \(id) has not been revealed; the panel is not drawn yet")
        }
        return d
    }

    private mutating func store(_ d: DrawRecord) {
        if let i = cycle.draws.firstIndex(where: { $0.id == d.id }) { cycle.draws[i] = d }
    }
}

fileprivate extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
