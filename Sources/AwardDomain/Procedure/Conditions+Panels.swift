/// The checks of panels and draws (P1–P3).
extension Procedure {
    static func onlyEligibleDrawn(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .draw(let a) = action, let panel = panel(of: a, in: data.cycle) else { return nil }
        for id in panel.applicationIDs {
            guard let app = data.cycle.application(id), app.status != .eligible else { continue }
            return Breach(zh: "申报 \(id) 的状态为“\(app.status.name.zh)”，尚未经资格审查确认符合资格",
                          en: "Application \(id) is \(app.status.name.en), not found eligible",
                          insteadZh: "先完成资格审查并确认符合资格，再组建评审组", insteadEn: "Decide its eligibility first, then put it on a panel")
        }
        return nil
    }

    static func onePanelPerStage(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .draw(let a) = action, let panel = panel(of: a, in: data.cycle) else { return nil }
        let live: Bool
        if case .commit = a { live = true } else { live = false }
        for id in panel.applicationIDs {
            if let other = otherPanel(of: id, stages: panel.stages, except: panel.id, in: data.cycle, live: live) {
                return Breach(zh: "申报 \(id) 已由评审组 \(other.id) 评审", en: "Application \(id) is already reviewed by panel \(other.id)",
                              insteadZh: "每个申报每阶段只有一个评审组：如需换组，先作废 \(other.id) 的抽取并说明理由",
                              insteadEn: "One panel per applicant and stage: to change panels, void \(other.id)'s draw with a reason first")
            }
        }
        return nil
    }

    static func panelStagesOpen(_ action: Action, _ data: AwardData, _ ctx: ActionContext) -> Breach? {
        guard case .draw(let a) = action, let panel = panel(of: a, in: data.cycle) else { return nil }
        for stage in panel.stages {
            if let used = closingUse(of: stage, in: data.cycle) {
                return Breach(zh: "\(stage.name.zh)的结果已于 \(used.shortDescription) 被后续步骤使用，评审组 \(panel.id) 不能再变更",
                              en: "The \(stage.name.en) results were used by a later step at \(used.shortDescription); panel \(panel.id) can no longer change",
                              insteadZh: "如确需变更，先写明理由重新开启该阶段（procedure reopen-stage）",
                              insteadEn: "If it must change, reopen the stage with a reason first (procedure reopen-stage)")
            }
        }
        return nil
    }
}
