/// Reviewers on their own machines (第二十条 保守秘密): the keys, the review packages the office
/// issues, and the signed returns of score sheets. The signatures and the encryption are checked
/// before an action is made (module ReviewPackage); these reducers check what the procedure
/// demands of them: whose key is in force, which package is the latest, who sits on the panel.
public enum PackageAction: Hashable, Codable, Sendable {
    /// The office's own keys, made once, at `init` or the first package.
    case recordOfficeKey(PublicKeys)
    /// An expert's keys, read back over the phone; a replacement gives its reason, and the old
    /// key is refused from then on.
    case recordReviewerKey(expertID: String, keys: PublicKeys, reason: String)
    case issuePackage(PackageIssue)
    /// The sheets of a return whose signature was checked against `receipt.keyFingerprint`,
    /// applied as submitted by that expert.
    case acceptReturn(ReturnReceipt, sheets: [ScoreSheet])
    /// The reviewer's own store records each return it sealed, so the next is numbered after it.
    case recordReturnSealed(ReturnReceipt)
    /// The reviewer's own store, when a newer package's folder is made: the drafts of the older
    /// package's folder, each value through the rules of typed entry (`DraftCarry`).
    case carryDrafts(DraftCarry)

    var touches: Touches {
        switch self {
        case .recordOfficeKey, .recordReviewerKey: .registry
        case .issuePackage, .acceptReturn, .recordReturnSealed, .carryDrafts: .cycle
        }
    }
}

extension AwardData {
    mutating func apply(_ action: PackageAction, context: ActionContext) throws(DomainError) {
        switch action {
        case .recordOfficeKey(let keys):
            if let problem = keys.problem { throw DomainError(problem, citation: .art20) }
            if let current = registry.officeKey {
                throw DomainError(zh: "办公室密钥已登记（指纹 \(current.fingerprint)），不能另换",
                                  en: "The office key is already recorded (fingerprint \(current.fingerprint)) and cannot be replaced", citation: .art20)
            }
            registry.officeKey = keys
        case .recordReviewerKey(let expertID, let keys, let reason):
            try recordReviewerKey(expertID: expertID, keys: keys, reason: reason, context: context)
        case .issuePackage(let issue):
            try issuePackage(issue)
        case .acceptReturn(let receipt, let sheets):
            try acceptReturn(receipt, sheets: sheets, context: context)
        case .recordReturnSealed(let receipt):
            guard cycle.package(receipt.packageID) != nil else {
                throw DomainError(zh: "评审包 \(receipt.packageID) 不在本目录中", en: "Package \(receipt.packageID) is not in this directory")
            }
            let next = cycle.lastReturnSeq(packageID: receipt.packageID) + 1
            guard receipt.returnSeq == next else {
                throw DomainError(zh: "回传序号应为 \(next)", en: "The return's number should be \(next)")
            }
            cycle.packageReturns.append(receipt)
        case .carryDrafts(let carry):
            try carryDrafts(carry, context: context)
        }
    }

    private mutating func recordReviewerKey(expertID: String, keys: PublicKeys, reason: String, context: ActionContext) throws(DomainError) {
        guard registry.expert(expertID) != nil else {
            throw DomainError(zh: "专家库中没有编号为 \(expertID) 的专家", en: "No expert with id \(expertID) in the pool")
        }
        if let problem = keys.problem { throw DomainError(problem, citation: .art20) }
        if let used = registry.reviewerKey(fingerprint: keys.fingerprint) {
            throw used.replacedAt == nil && used.expertID == expertID
                ? DomainError(zh: "\(expertID) 的这把密钥已登记（指纹 \(keys.fingerprint)）", en: "This key of \(expertID) is already recorded (fingerprint \(keys.fingerprint))")
                : DomainError(zh: "指纹为 \(keys.fingerprint) 的密钥已为 \(used.expertID) 登记过，不能再用；请专家重新生成密钥",
                              en: "A key with fingerprint \(keys.fingerprint) was recorded for \(used.expertID) before and cannot be used again; ask the expert to make a new key",
                              citation: .art20)
        }
        let trimmed = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        if let i = registry.reviewerKeys.lastIndex(where: { $0.expertID == expertID && $0.replacedAt == nil }) {
            guard !trimmed.isEmpty else {
                throw DomainError(zh: "\(expertID) 已有密钥（指纹 \(registry.reviewerKeys[i].keys.fingerprint)）；更换密钥须说明理由（--reason），旧密钥签名的回传将不再接受",
                                  en: "\(expertID) already has a key (fingerprint \(registry.reviewerKeys[i].keys.fingerprint)); replacing it needs a reason (--reason), and returns signed with the old key will be refused",
                                  citation: .art20)
            }
            registry.reviewerKeys[i].replacedAt = context.at
            registry.reviewerKeys[i].replacementReason = trimmed
        }
        registry.reviewerKeys.append(ReviewerKey(expertID: expertID, keys: keys, recordedAt: context.at, recordedBy: context.actor))
    }

    private mutating func issuePackage(_ issue: PackageIssue) throws(DomainError) {
        guard registry.officeKey != nil else {
            throw DomainError(zh: "办公室密钥尚未登记", en: "The office key is not recorded yet", citation: .art20)
        }
        guard let panel = cycle.panel(issue.panelID) else {
            throw DomainError(zh: "评审组 \(issue.panelID) 不存在", en: "Panel \(issue.panelID) does not exist")
        }
        try checkStandingMember(issue.expertID, of: panel)
        guard rubrics[issue.stage] != nil else {
            throw DomainError(zh: "\(issue.stage.name.zh)没有评分细则", en: "There is no rubric for \(issue.stage.name.en)", citation: .art6)
        }
        guard let key = registry.currentKey(of: issue.expertID) else {
            throw DomainError(zh: "\(issue.expertID) 尚未登记密钥：请专家运行 qaward reviewer init，再由办公室运行 qaward experts key \(issue.expertID) --import 文件",
                              en: "\(issue.expertID) has no recorded key: the expert runs qaward reviewer init, then the office runs qaward experts key \(issue.expertID) --import FILE",
                              citation: .art20)
        }
        guard PublicKeys.sameFingerprint(key.keys.fingerprint, issue.recipientKey) else {
            throw DomainError(zh: "评审包须加密给 \(issue.expertID) 现用的密钥（指纹 \(key.keys.fingerprint)）",
                              en: "The package must be encrypted to \(issue.expertID)'s key in force (fingerprint \(key.keys.fingerprint))", citation: .art20)
        }
        let next = (cycle.latestPackage(expertID: issue.expertID, panelID: issue.panelID, stage: issue.stage)?.seq ?? 0) + 1
        guard issue.seq == next, issue.id == PackageIssue.makeID(panelID: issue.panelID, stage: issue.stage, expertID: issue.expertID, seq: next),
              cycle.package(issue.id) == nil else {
            throw DomainError(zh: "评审包序号应为 \(next)", en: "The package's number should be \(next)")
        }
        cycle.packages.append(issue)
    }

    private mutating func acceptReturn(_ r: ReturnReceipt, sheets: [ScoreSheet], context: ActionContext) throws(DomainError) {
        guard let issue = cycle.package(r.packageID), issue.expertID == r.expertID else {
            throw DomainError(zh: "没有发给 \(r.expertID) 的评审包 \(r.packageID)", en: "No package \(r.packageID) was issued to \(r.expertID)", citation: .art20)
        }
        if let latest = cycle.latestPackage(expertID: r.expertID, panelID: issue.panelID, stage: issue.stage), latest.seq != issue.seq {
            throw DomainError(zh: "回传来自旧的评审包 \(issue.id)，已由 \(latest.id) 取代，未导入；请专家用最新的评审包提交",
                              en: "The return comes from package \(issue.id), which \(latest.id) has replaced; nothing was imported. The expert submits from the latest package",
                              citation: .art20)
        }
        guard let key = registry.currentKey(of: r.expertID), PublicKeys.sameFingerprint(key.keys.fingerprint, r.keyFingerprint) else {
            throw DomainError(zh: "回传的签名密钥（指纹 \(r.keyFingerprint)）不是 \(r.expertID) 现用的密钥，未导入",
                              en: "The return is signed with a key (fingerprint \(r.keyFingerprint)) that is not \(r.expertID)'s key in force; nothing was imported",
                              citation: .art20)
        }
        guard let panel = cycle.panel(issue.panelID) else {
            throw DomainError(zh: "评审组 \(issue.panelID) 不存在", en: "Panel \(issue.panelID) does not exist")
        }
        try checkStandingMember(r.expertID, of: panel)
        // A package issued under a draw since voided carries that draw's sheets: they stay with it,
        // even when the expert is drawn again (第十一条（三）).
        if let d = panel.drawID.flatMap(cycle.drawRecord), let revealed = d.revealedAt, issue.issuedAt < revealed {
            throw DomainError(zh: "评审包 \(issue.id) 是在评审组 \(panel.id) 现行抽取 \(d.id) 之前发出的，其评分表不属于现行抽取，未导入；请为 \(r.expertID) 重新发出评审包",
                              en: "Package \(issue.id) was issued before panel \(panel.id)'s draw in force, \(d.id); its sheets are not of that draw and nothing was imported. Issue \(r.expertID) a new package",
                              citation: .art11_3)
        }
        let last = cycle.lastReturnSeq(packageID: issue.id)
        guard r.returnSeq > last else {
            throw r.returnSeq == last
                ? DomainError(zh: "评审包 \(issue.id) 的第 \(last) 次回传已经导入过，未再导入（重放的回传）",
                              en: "Return \(last) of package \(issue.id) was imported already; nothing was imported (a replayed return)", citation: .art20)
                : DomainError(zh: "评审包 \(issue.id) 的第 \(r.returnSeq) 次回传早于已导入的第 \(last) 次，未导入（重放的旧回传）",
                              en: "Return \(r.returnSeq) of package \(issue.id) is older than return \(last), already imported; nothing was imported (a replayed return)",
                              citation: .art20)
        }
        guard !sheets.isEmpty, Set(sheets.map(\.id)) == Set(r.sheetIDs), sheets.count == r.sheetIDs.count else {
            throw DomainError(zh: "回传中没有评分表，或与其清单不符", en: "The return holds no score sheets, or not those it lists")
        }
        let note = Attribution.signedNote(expertID: r.expertID, fingerprint: r.keyFingerprint)
        var copy = self
        for s in sheets {
            guard s.expertID == r.expertID, s.panelID == issue.panelID, s.stage == issue.stage else {
                throw DomainError(zh: "评分表 \(s.id) 不属于评审包 \(issue.id)（\(r.expertID)、\(issue.panelID)、\(issue.stage.name.zh)），未导入",
                                  en: "Score sheet \(s.id) is not of package \(issue.id) (\(r.expertID), \(issue.panelID), \(issue.stage.name.en)); nothing was imported",
                                  citation: .art20)
            }
            guard s.status == .submitted else {
                throw DomainError(zh: "回传的评分表 \(s.id) 未提交，未导入", en: "Score sheet \(s.id) in the return is not submitted; nothing was imported")
            }
            try copy.importSheet(s, context: context, by: r.expertID, note: "\(note.zh) / \(note.en)")
        }
        copy.cycle.packageReturns.append(r)
        self = copy
    }

    /// 第十一条（三）: a current member of the panel's draw in force.
    private func checkStandingMember(_ expertID: String, of panel: Panel) throws(DomainError) {
        guard let d = panel.drawID.flatMap(cycle.drawRecord), !d.isVoided, d.isRevealed else {
            throw DomainError(zh: "评审组 \(panel.id) 尚未抽取专家", en: "Panel \(panel.id) has no drawn experts yet", citation: .art11_3)
        }
        guard d.currentMembers.contains(expertID) else {
            throw DomainError(zh: "\(expertID) 不是评审组 \(panel.id) 现行抽取的组员",
                              en: "\(expertID) is not a current member of panel \(panel.id)'s draw in force", citation: .art11_3)
        }
    }
}
