/// The checks of the recommendation, the decision, publicity and extensions (R1, R2, G1–G3, O1).
extension Procedure {
    static func noOpenPlaceTie(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard let tie = PlaceTies.open(data).first else { return nil }
        return Breach(zh: "\(tie.tied.joined(separator: "、")) 综合得分相同，跨越\(tie.tier.name.zh)最后一个名额，尚未决定",
                      en: "\(tie.tied.joined(separator: ", ")) share a composite across the last \(tie.tier.name.en) place, undecided",
                      insteadZh: "先由办公室写明理由决定由谁获得名额（procedure place-tie）", insteadEn: "The office decides who takes the place, with a reason (procedure place-tie)")
    }

    static func decisionFrozen(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        // After the city's approval the reducer's own refusal (第十一条（八）) is the one that applies.
        guard case .award(.decide(let id, _, _, _, _)) = action, data.cycle.approval == nil, let d = data.cycle.decision(id), d.approved,
              let p = DecisionFlow.publicPeriod(of: id, since: d.meeting, in: data.cycle) else { return nil }
        return Breach(zh: "\(id) 已于 \(p.start) 起社会公示（\(p.id)），委员会决定不能更改",
                      en: "\(id) has been in public publicity \(p.id) since \(p.start); the committee's decision can no longer change",
                      insteadZh: "如公示系误开，先写明理由撤销该公示（publicity cancel），再更改决定并重新公示",
                      insteadEn: "If the period was started by mistake, cancel it with a reason (publicity cancel), then change the decision and publicise again")
    }

    static func placeTieDecision(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .procedure(.decidePlaceTie(let tier, let include, let reason)) = action else { return nil }
        guard let tie = PlaceTies.open(data).first(where: { $0.tier == tier }) else {
            return Breach(zh: "\(tier.name.zh)名额线上没有待决定的并列", en: "There is no undecided tie at the \(tier.name.en) cut",
                          insteadZh: "无需决定", insteadEn: "Nothing to decide")
        }
        if include.contains(where: { !tie.tied.contains($0) }) || Set(include).count != tie.places || include.count != tie.places {
            return Breach(zh: "须从并列的 \(tie.tied.joined(separator: "、")) 中选定 \(tie.places) 个", en: "Choose \(tie.places) of the tied \(tie.tied.joined(separator: ", "))",
                          insteadZh: "按名额数选定", insteadEn: "Choose as many as there are places")
        }
        if blank(reason) {
            return Breach(zh: "名额线并列的决定没有写明理由", en: "The tie decision gives no reason", insteadZh: "写明理由（如会议纪要）", insteadEn: "Give the reason (e.g. the minutes)")
        }
        return nil
    }

    static func publicityAfterDecision(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .publicity(.start(let pid, .public, let ids, let start)) = action else { return nil }
        if let b = idClash(pid, data.cycle) { return b }
        for id in ids {
            guard let d = data.cycle.decision(id), d.approved else {
                return Breach(zh: "质量发展委员会尚未审议通过 \(id)", en: "The committee has not approved \(id)",
                              insteadZh: "先记录委员会决定（decide），再公示", insteadEn: "Record the committee's decision first (decide), then publicise")
            }
            if start < d.meeting {
                return Breach(zh: "公示开始日 \(start) 早于委员会审议 \(id) 的会议日 \(d.meeting)",
                              en: "The publicity would start on \(start), before the committee's meeting on \(id), \(d.meeting)",
                              insteadZh: "公示从 \(d.meeting) 或之后开始", insteadEn: "Start it on \(d.meeting) or later")
            }
        }
        return nil
    }

    static func cancellable(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .procedure(.cancelPublicity(let pid, let reason)) = action else { return nil }
        guard let p = data.cycle.publicity.first(where: { $0.id == pid }) else {
            return Breach(zh: "公示 \(pid) 不存在", en: "Publicity period \(pid) does not exist", insteadZh: "核对编号（publicity list）", insteadEn: "Check the id (publicity list)")
        }
        if let c = p.cancelled {
            return Breach(zh: "公示 \(pid) 已于 \(c.at.shortDescription) 撤销", en: "Publicity \(pid) was cancelled at \(c.at.shortDescription)", insteadZh: "无需再次撤销", insteadEn: "Nothing more to do")
        }
        if p.closed {
            return Breach(zh: "公示 \(pid) 已关闭，结果已记录", en: "Publicity \(pid) is closed and its outcome recorded", insteadZh: "已关闭的公示不能撤销", insteadEn: "A closed period cannot be cancelled")
        }
        if blank(reason) {
            return Breach(zh: "撤销公示没有写明理由", en: "The cancellation gives no reason", insteadZh: "写明撤销理由", insteadEn: "Give the reason")
        }
        return nil
    }

    static func periodStands(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        let pid: String
        switch action {
        case .publicity(.recordObjection(let p, _)), .publicity(.resolveObjection(let p, _, _, _)), .publicity(.close(let p)): pid = p
        default: return nil
        }
        guard let p = data.cycle.publicity.first(where: { $0.id == pid }), let c = p.cancelled else { return nil }
        return Breach(zh: "公示 \(pid) 已撤销（\(c.reason)）", en: "Publicity \(pid) was cancelled (\(c.reason))",
                      insteadZh: "在重新开始的公示中办理", insteadEn: "Act in the period started again")
    }

    static func validExtension(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .procedure(.extendDeadline(let id, let until, let reason, let number)) = action else { return nil }
        guard data.cycle.application(id) != nil else {
            return Breach(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist", insteadZh: "先登记申报", insteadEn: "Record the application first")
        }
        if until <= data.cycle.settings.applicationDeadline {
            return Breach(zh: "延期日 \(until) 不晚于申报截止日 \(data.cycle.settings.applicationDeadline)",
                          en: "The extension to \(until) is not after the deadline \(data.cycle.settings.applicationDeadline)",
                          insteadZh: "截止日前无需延期", insteadEn: "No extension is needed before the deadline")
        }
        if blank(reason) || blank(number) {
            return Breach(zh: "延期须写明理由和批准文号", en: "An extension needs its reason and document number",
                          insteadZh: "填写理由和文号", insteadEn: "Give both")
        }
        return nil
    }
}
