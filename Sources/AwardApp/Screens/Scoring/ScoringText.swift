import AwardDomain

/// The scoring screen's typed words.
extension Phrase {
    static let submitSheetTitle = Phrase(zh: "提交评分表", en: "Submit the score sheet")
    static func submitSheetQuestion(_ applicationID: String, _ org: String, _ stage: Stage, _ expertID: String, _ expert: String) -> Phrase {
        Phrase(zh: "提交评分表 \(applicationID)（\(org)）\(stage.name.zh) · 专家 \(expertID) \(expert)？",
               en: "Submit the score sheet for \(applicationID) (\(org)), \(stage.name.en), expert \(expertID) \(expert)?")
    }
    static let submitSheetWarning = Phrase(zh: "提交后只能由办公室退回（第十一条）",
                                           en: "Once submitted, only the office can send it back (Art. 11)")
}

/// The scoring screen's words: the grid, findings, the deliberation and the progress board.
extension Phrase {
    static let scoringOfficeOnly = Phrase(zh: "仅限办公室（第二十条：评审专家只能看到本人评分）", en: "Office only (Art. 20: an expert sees only their own scores)")
    static let scoringKeyCommit = Phrase(zh: "确认并下移", en: "confirm, next")
    static let scoringKeyCommitUp = Phrase(zh: "确认并上移", en: "confirm, previous")
    static let scoringKeyClear = Phrase(zh: "清除", en: "clear")
    static let scoringKeyComment = Phrase(zh: "评语", en: "comment")
    static let scoringKeyBands = Phrase(zh: "评分档", en: "bands")
    static let scoringKeySubmit = Phrase(zh: "提交", en: "submit")
    static let scoringKeyReopen = Phrase(zh: "退回", en: "reopen")
    static let scoringKeyBack = Phrase(zh: "返回", en: "back")
    static let scoringKeyStage = Phrase(zh: "阶段", en: "stage")
    static let scoringKeySheets = Phrase(zh: "评分表", en: "sheets")
    static let scoringKeyOpen = Phrase(zh: "打开", en: "open")
    static let scoringKeyProgress = Phrase(zh: "进度", en: "progress")
    static let scoringKeyStrength = Phrase(zh: "优势", en: "strength")
    static let scoringKeyImprovement = Phrase(zh: "改进机会", en: "opportunity")
    static let scoringKeyRemoveFinding = Phrase(zh: "删除本条目最后一条意见", en: "remove the item's last finding")
    static func scoringNoFindings(item: String) -> Phrase {
        Phrase(zh: "条目 \(item) 还没有意见", en: "Item \(item) has no findings yet")
    }
    static let scoringColFindings = Phrase(zh: "优/改", en: "S/OFI")
    static func scoringFindingCounts(strengths: Int, improvements: Int) -> Phrase {
        Phrase(zh: "\(strengths)/\(improvements)", en: "\(strengths)/\(improvements)")
    }
    static func scoringFindingFor(item: String, kind: FindingKind) -> Phrase {
        Phrase(zh: "\(item) \(kind.name.zh)：", en: "\(item) \(kind.name.en):")
    }
    static let scoringFindingHint = Phrase(zh: "Enter 保存本条并接着写下一条；空行按 Enter 或按 Esc 结束",
                                           en: "Enter saves it and opens the next; Enter on an empty line or Esc ends")
    static let scoringReopenHint = Phrase(zh: "退回后专家可修改并重新提交；理由必填，记入评分表历史（第十一条（三））",
                                          en: "The expert may then change and resubmit it; the reason is required and kept in the sheet's history (Art. 11(3))")
    static let scoringDeliberationKeyOpen = Phrase(zh: "合议", en: "deliberate")
    static let scoringDeliberationKeyAgree = Phrase(zh: "记录合议得分率", en: "record the agreed %")
    static let scoringDeliberationTitle = Phrase(zh: "合议", en: "Deliberation")
    static func scoringDeliberationLeader(leader: String) -> Phrase {
        Phrase(zh: "组长 \(leader)", en: "leader \(leader)")
    }
    static func scoringDeliberationLeaderOnly(leader: String) -> Phrase {
        Phrase(zh: "合议由组长 \(leader) 负责；请组长或办公室打开（第十一条（三））",
               en: "The leader \(leader) runs the deliberation: the leader or the office opens it (Art. 11(3))")
    }
    static func scoringDeliberationAgreed(agreed: Int, items: Int) -> Phrase {
        Phrase(zh: "已合议 \(agreed)/\(items) 项；! 组员评分相差超过一个评分档，先行讨论",
               en: "\(agreed)/\(items) items agreed; ! members more than one band apart: discuss first")
    }
    static func scoringDeliberationWaiting(experts: String) -> Phrase {
        Phrase(zh: "等待组员提交：\(experts)（全部提交后才能合议）", en: "Waiting for: \(experts) (deliberation waits for every sheet)")
    }
    static func scoringDeliberationTotals(mean: String, agreed: String, rule: String, score: String) -> Phrase {
        Phrase(zh: "评分表均值 \(mean) · 合议得分 \(agreed) · 本年度按\(rule)计 \(score)",
               en: "Mean of the sheets \(mean) · agreed \(agreed) · this cycle counts the \(rule): \(score)")
    }
    static let scoringDeliberationColSpread = Phrase(zh: "极差", en: "Sprd")
    static let scoringDeliberationColAgreed = Phrase(zh: "合议", en: "Agreed")
    static func scoringDeliberationRecorded(by: String, day: String, reason: String) -> Phrase {
        Phrase(zh: "已由 \(by) 于 \(day) 记录 \(reason)", en: "Recorded by \(by) at \(day) \(reason)")
    }
    static func scoringDeliberationReasonFor(item: String, percent: Int, low: Int, high: Int) -> Phrase {
        Phrase(zh: "\(item) 合议 \(percent)% 在组员 \(low)–\(high)% 之外，理由：",
               en: "\(item): \(percent)% is outside the members' \(low)–\(high)%, reason:")
    }
    static let scoringDeliberationHint = Phrase(zh: "输入合议得分率（5的倍数），Enter 记录并下移；超出组员评分范围须写理由",
                                                en: "Type the agreed percentage (a multiple of 5), Enter records it and moves down; outside the members' range give a reason")
    static let scoringKeyConfirm = Phrase(zh: "确认资料评审意见", en: "confirm a document-review finding")
    static let scoringKeyNotConfirm = Phrase(zh: "未能确认资料评审意见", en: "not confirmed")
    static let scoringOnsiteOnly = Phrase(zh: "仅用于现场评审表（第十一条（五））", en: "On-site sheets only (Art. 11(5))")
    static func scoringNothingToCheck(item: String) -> Phrase {
        Phrase(zh: "条目 \(item) 没有待核实的资料评审意见", en: "Item \(item) has no document-review finding left to check")
    }
    static let scoringToCheck = Phrase(zh: "待核实", en: "to check")
    static let scoringNoSheet = Phrase(zh: "没有可打开的评分表", en: "There is no score sheet to open")
    static let scoringCommentNeedsScore = Phrase(zh: "请先为本评分表录入至少一项得分，再填写评语",
                                                 en: "Enter at least one score on this sheet before writing a comment")
    static func scoringNothingEntered(items: Int) -> Phrase {
        Phrase(zh: "尚未录入任何得分：\(items) 个条目均未评分，不能提交（第六条）",
               en: "Nothing is scored yet: all \(items) items are empty, so the sheet cannot be submitted (Art. 6)")
    }
    static let scoringNotSubmitted = Phrase(zh: "该评分表尚未提交，无需退回", en: "This sheet is not submitted, so there is nothing to reopen")
    static func scoringNotANumber(text: String) -> Phrase {
        Phrase(zh: "“\(text)”不是数字：请输入0–100之间5的倍数（第六条）", en: "“\(text)” is not a number: enter a multiple of 5 between 0 and 100 (Art. 6)")
    }
    static func scoringChooserHeader(stage: String, sheets: Int, submitted: Int) -> Phrase {
        Phrase(zh: "\(stage) · 评分表 \(sheets) 张 · 已提交 \(submitted) 张", en: "\(stage) · \(sheets) sheets · \(submitted) submitted")
    }
    static func scoringOwnOnly(expert: String) -> Phrase {
        Phrase(zh: "仅显示专家 \(expert) 本人的评分表（第二十条）", en: "Only expert \(expert)'s own sheets are shown (Art. 20)")
    }
    static let scoringColTotal = Phrase(zh: "合计", en: "Total")
    static let scoringNotStarted = Phrase(zh: "未开始", en: "not started")
    static let scoringNoOwnSheets = Phrase(zh: "您不在任何已抽取的评审组中，没有需要填写的评分表",
                                           en: "You are not on any drawn panel, so there is no sheet for you to fill")
    static let scoringNoPanels = Phrase(zh: "尚无已抽取的评审组：请先在“专家抽取”（3）中组成评审组",
                                        en: "No panel has been drawn yet: form the panels under Panel draws (3) first")
    static func scoringTotalLine(total: String, maximum: Int, entered: Int, items: Int) -> Phrase {
        Phrase(zh: "合计 \(total) / \(maximum)  ·  已评 \(entered)/\(items)", en: "Total \(total) / \(maximum)  ·  scored \(entered)/\(items)")
    }
    static let scoringColItem = Phrase(zh: "条目", en: "Item")
    static let scoringColName = Phrase(zh: "名称", en: "Name")
    static let scoringColPoints = Phrase(zh: "分值", en: "Pts")
    static let scoringColPercent = Phrase(zh: "得分率", en: "%")
    static let scoringColScore = Phrase(zh: "得分", en: "Score")
    static let scoringColComment = Phrase(zh: "评语", en: "Comment")
    static func scoringReopenedBecause(reason: String) -> Phrase {
        Phrase(zh: "已退回修改：\(reason)", en: "Reopened for changes: \(reason)")
    }
    static let scoringReopenReason = Phrase(zh: "退回理由：", en: "Reason for reopening:")
    static func scoringCommentFor(item: String) -> Phrase {
        Phrase(zh: "\(item) 评语：", en: "\(item) comment:")
    }
    static let scoringHintProcess = Phrase(zh: "过程条目（方法-展开-学习-整合）：输入0–100中5的倍数，Enter 确认，b 评分档，a 优势，i 改进机会",
                                           en: "Process item (approach, deployment, learning, integration): type a multiple of 5 from 0 to 100, Enter confirms, b bands, a strength, i opportunity")
    static let scoringHintResult = Phrase(zh: "结果条目（水平-趋势-对比-整合）：输入0–100中5的倍数，Enter 确认，b 评分档，a 优势，i 改进机会",
                                          en: "Result item (level, trend, comparison, integration): type a multiple of 5 from 0 to 100, Enter confirms, b bands, a strength, i opportunity")
    static func scoringProgressLegend(stage: String) -> Phrase {
        Phrase(zh: "\(stage)评分进度：", en: "\(stage) progress:")
    }
    static let scoringProgressMarkNone = Phrase(zh: "·", en: "·")
    static let scoringProgressMarkDraft = Phrase(zh: "草", en: "d")
    static let scoringProgressMarkReopened = Phrase(zh: "退", en: "r")
    static let scoringProgressMarkSubmitted = Phrase(zh: "✓", en: "✓")
    static func scoringFlagIncomplete(stage: String) -> Phrase {
        Phrase(zh: "\(stage)未齐", en: "\(stage) open")
    }
    static func scoringFlagOutlier(stage: String) -> Phrase {
        Phrase(zh: "\(stage)离群", en: "\(stage) outlier")
    }
    static let scoringFlagTie = Phrase(zh: "并列", en: "tie")
    static let scoringFlagCutTie = Phrase(zh: "线上并列", en: "cut tie")
    static func scoringBandsTitle(result: Bool) -> Phrase {
        result
            ? Phrase(zh: "结果条目评分档", en: "Scoring bands, result items")
            : Phrase(zh: "过程条目评分档", en: "Scoring bands, process items")
    }
    static func scoringBandsSubtitle(result: Bool) -> Phrase {
        result
            ? Phrase(zh: "水平-趋势-对比-整合（GB/T 19580）", en: "Level, trend, comparison, integration (GB/T 19580)")
            : Phrase(zh: "方法-展开-学习-整合（GB/T 19580）", en: "Approach, deployment, learning, integration (GB/T 19580)")
    }
}

extension ScoringScreen {
    /// The tab's title.
    static let title = Phrase(zh: "评分录入", en: "Scoring")
}
