import AwardDomain

/// The awards screen's forms and the revocation question.
extension Phrase {
    static let placesTitle = Phrase(zh: "评定名额（第三条：上限，可少额或空缺）", en: "Places to fill (Art. 3: upper bounds, may stay empty)")
    static func decideCommitteeTitle(_ id: String, _ tier: PrizeTier) -> Phrase {
        Phrase(zh: "质量发展委员会审议 \(id) \(tier.name.zh)（第十一条（七））", en: "Quality Development Committee: \(id), \(tier.name.en) (Art. 11(7))")
    }
    static let publicizeTitle = Phrase(zh: "社会公示7天（第十一条（七））", en: "Public publicity, 7 days (Art. 11(7))")
    static let approveTitle = Phrase(zh: "市政府批准（第十一条（八））", en: "City government approval (Art. 11(8))")
    static let publishTitle = Phrase(zh: "向社会公布（第十一条（八））", en: "Publication (Art. 11(8))")
    static func revokeTitle(_ org: String, _ name: String, _ year: Int, _ tier: AwardTier) -> Phrase {
        // Short enough for 80 columns; the question before saving names it in full.
        Phrase(zh: "撤销奖励：\(org) \(name) \(year)年度", en: "Revoke \(org) \(name)'s \(year) award")
    }
    static let placesNoteLabel = Phrase(zh: "理由", en: "Reason")
    static func placesHint(_ quota: Int) -> Phrase { Phrase(zh: "0 至 \(quota)", en: "0 to \(quota)") }
    static let approvedLabel = Phrase(zh: "审议通过", en: "Approved")
    static let meetingLabel = Phrase(zh: "会议日期", en: "Meeting date")
    static let noteLabel = Phrase(zh: "备注", en: "Note")
    static let periodIDLabel = Phrase(zh: "公示编号", en: "Period id")
    static let startLabel = Phrase(zh: "开始日期", en: "Start")
    static func publicityEndsHint(_ end: Day) -> Phrase { Phrase(zh: "至 \(end) 结束（7天，含开始日）", en: "ends \(end) (7 days counting the start)") }
    static let documentLabel = Phrase(zh: "批准文号", en: "Document no.")
    static let documentHint = Phrase(zh: "如 盐政复〔2026〕18号", en: "e.g. 盐政复〔2026〕18号")
    static let dateLabel = Phrase(zh: "日期", en: "Date")
    static let revocationReasonLabel = Phrase(zh: "撤销原因", en: "Reason")
    static let approvalDocumentLabel = Phrase(zh: "市政府批准文号", en: "City approval no.")
    static func revocationReasonChoice(_ r: RevocationReason) -> Phrase {
        r == .fraud ? Phrase(zh: "弄虚作假（第十四条）", en: "fraud (Art. 14)") : Phrase(zh: "重大事故（第十五条）", en: "major accident (Art. 15)")
    }
    static let revokeConfirmTitle = Phrase(zh: "撤销奖励", en: "Revoke the award")
    static func revokeQuestion(_ org: String, _ name: String, _ year: Int, _ tier: AwardTier, _ reason: RevocationReason, document: String) -> Phrase {
        Phrase(zh: "撤销 \(org)（\(name)）的 \(year) 年度\(tier.name.zh)？原因：\(reason.name.zh)；市政府批准文号 \(document)",
               en: "Revoke the \(year) \(tier.name.en) of \(org) (\(name))? Reason: \(reason.name.en); city approval \(document)")
    }
    static func revokeWarning(_ reason: RevocationReason) -> Phrase {
        Phrase(zh: "此操作不可撤销；收回奖牌和奖金，记入获奖记录（\(reason.citation.zh)）",
               en: "This cannot be undone; the plaque and the prize money are reclaimed and the record keeps it (\(reason.citation.en))")
    }
    static let noAwardSelected = Phrase(zh: "请先在列表中选择要撤销的奖项", en: "Select the award to revoke in the list first")
}

extension AwardsScreen {
    /// The tab's title.
    static let title = Phrase(zh: "奖励", en: "Awards")
}

/// The awards screen's words: the proposed list, decisions, the prize money, past winners.
extension Phrase {
    static let awardsKeyNextSection = Phrase(zh: "切换", en: "section")
    static let awardsKeyPreviousSection = Phrase(zh: "上一栏", en: "previous section")
    static let awardsKeyPlaces = Phrase(zh: "评定名额", en: "places")
    static let awardsKeyScoreReport = Phrase(zh: "导出得分报告", en: "score report")
    static let awardsKeyDecide = Phrase(zh: "委员会审议", en: "committee")
    static let awardsKeyPublicize = Phrase(zh: "开始社会公示", en: "start publicity")
    static let awardsKeyApprove = Phrase(zh: "市政府批准", en: "city approval")
    static let awardsKeyPublish = Phrase(zh: "公布", en: "publish")
    static let awardsKeyNotice = Phrase(zh: "导出公示", en: "notice")
    static let awardsKeyResults = Phrase(zh: "导出获奖通知", en: "announcement")
    static let awardsKeyPayments = Phrase(zh: "导出奖金名单", en: "payment list")
    static let awardsKeyRevoke = Phrase(zh: "撤销奖励", en: "revoke")
    static func awardsDetail(name: String, step: String) -> Phrase {
        Phrase(zh: "\(name)：\(step)", en: "\(name): \(step)")
    }
    static let awardsColRank = Phrase(zh: "名次", en: "Rank")
    static let awardsColComposite = Phrase(zh: "综合得分", en: "Composite")
    static let awardsColOutcome = Phrase(zh: "推荐结果", en: "Proposal")
    static let awardsColQuota = Phrase(zh: "占名额", en: "Quota")
    static let awardsColPrize = Phrase(zh: "奖金（元）", en: "CNY")
    static let awardsColStep = Phrase(zh: "进度", en: "Step")
    static let awardsColMeeting = Phrase(zh: "审议日期", en: "Meeting")
    static let awardsColPublicityEnd = Phrase(zh: "公示截止", en: "Publ. ends")
    static let awardsColNo = Phrase(zh: "序号", en: "No.")
    static let awardsColNote = Phrase(zh: "备注", en: "Note")
    static func awardsRecSummary(awards: Int, awardPlaces: Int, awardQuota: Int, nominations: Int, nominationPlaces: Int, nominationQuota: Int) -> Phrase {
        Phrase(zh: "市长质量奖 已推荐 \(awards)/\(awardPlaces)（上限\(awardQuota)）· 提名奖 已推荐 \(nominations)/\(nominationPlaces)（上限\(nominationQuota)）· 名额可少额或空缺（第三条）",
               en: "Award \(awards)/\(awardPlaces) (max \(awardQuota)) · nomination \(nominations)/\(nominationPlaces) (max \(nominationQuota)) · places may stay empty (Art. 3)")
    }
    static let awardsRecEmpty = Phrase(zh: "尚无综合排名：全部入围组织评分完成后生成建议名单（第十一条（六））",
                                       en: "No composite ranking yet: the proposed list follows once every shortlisted applicant is scored (Art. 11(6))")
    static func awardsRecSkipped(reason: String) -> Phrase {
        Phrase(zh: "未推荐（\(reason)）", en: "skipped (\(reason))")
    }
    static let awardsRecNotReached = Phrase(zh: "名额已满", en: "places taken")
    static let awardsRecUnscored = Phrase(zh: "尚无综合得分", en: "no composite yet")
    static func awardsRecDetailRecommended(name: String, tier: String, prize: String) -> Phrase {
        Phrase(zh: "\(name)：推荐为\(tier)，奖金 \(prize) 元（第十二条）", en: "\(name): proposed for the \(tier); prize CNY \(prize) (Art. 12)")
    }
    static let awardsRecOutsideQuota = Phrase(zh: "；再次获奖，不占用当年名额（第十六条）", en: "; won again, takes no place of the year (Art. 16)")
    static func awardsRecDetailSkipped(name: String, reason: String, citation: String) -> Phrase {
        Phrase(zh: "\(name)：未推荐。\(reason)（\(citation)）", en: "\(name): skipped. \(reason) (\(citation))")
    }
    static func awardsRecDetailNotReached(name: String) -> Phrase {
        Phrase(zh: "\(name)：排名在已评定名额之后，未进入建议名单（第三条）",
               en: "\(name): ranked below the places the office fills; not on the proposed list (Art. 3)")
    }
    static func awardsRecDetailUnscored(name: String) -> Phrase {
        Phrase(zh: "\(name)：评分尚未完成，暂无综合得分（第十一条（六））", en: "\(name): scoring is not complete, no composite yet (Art. 11(6))")
    }
    static func awardsDecSummary(decided: Int, total: Int, approval: String, published: String) -> Phrase {
        Phrase(zh: "委员会已审议 \(decided)/\(total) · \(approval) · \(published)",
               en: "Committee decided \(decided)/\(total) · \(approval) · \(published)")
    }
    static func awardsDecApproved(document: String, date: String) -> Phrase {
        Phrase(zh: "市政府批准：\(document)（\(date)）", en: "city approval: \(document) (\(date))")
    }
    static let awardsDecNotApproved = Phrase(zh: "市政府：未批准", en: "city: not approved")
    static func awardsDecPublished(date: String) -> Phrase {
        Phrase(zh: "已于 \(date) 公布", en: "published \(date)")
    }
    static let awardsDecNotPublished = Phrase(zh: "未公布", en: "not published")
    static let awardsDecEmpty = Phrase(zh: "建议名单为空：请先完成评分和综合排名（第十一条（六））",
                                       en: "The proposed list is empty: finish scoring and the composite ranking first (Art. 11(6))")
    static func awardsDecDetailDecision(meeting: String, approved: String) -> Phrase {
        Phrase(zh: "；委员会 \(meeting) 审议，通过：\(approved)", en: "; committee met \(meeting), approved: \(approved)")
    }
    static func awardsDecDetailNote(note: String) -> Phrase {
        Phrase(zh: "（\(note)）", en: " (\(note))")
    }
    static func awardsDecDetailPublicity(id: String, start: String, end: String) -> Phrase {
        Phrase(zh: "；社会公示 \(id)：\(start) 至 \(end)（7天，第十一条（七））", en: "; public publicity \(id): \(start) to \(end) (7 days, Art. 11(7))")
    }
    static func awardsDecDetailObjection(id: String, content: String) -> Phrase {
        Phrase(zh: "；异议 \(id) 成立：\(content)，不进行递补", en: "; objection \(id) upheld: \(content); nobody moves up")
    }
    static func awardsBudgetLine(year: Int, total: String, budget: String) -> Phrase {
        Phrase(zh: "\(year)年度奖金合计 \(total) 元 / 年度奖励经费 \(budget) 元（第十二条、第十三条）",
               en: "\(year) prize money CNY \(total) / yearly prize budget CNY \(budget) (Arts. 12, 13)")
    }
    static let awardsBudgetProvisional = Phrase(zh: "按建议名单测算，市政府批准前仅供参考（第十一条（八））",
                                                en: "From the proposed list: provisional until the city approves (Art. 11(8))")
    static let awardsBudgetEmpty = Phrase(zh: "暂无获奖组织", en: "No winners yet")
    static func awardsHistRevocation(name: String, date: String, reason: String, citation: String, document: String, reclaimed: String) -> Phrase {
        Phrase(zh: "\(name)：\(date) 撤销，\(reason)（\(citation)），市政府批准文号 \(document)；\(reclaimed)，向社会公告，5年内不得申报",
               en: "\(name): revoked \(date), \(reason) (\(citation)), city approval \(document); \(reclaimed), public notice, no application for 5 years")
    }
    static let awardsHistReclaimBoth = Phrase(zh: "收回奖牌和奖金", en: "plaque and prize money reclaimed")
    static let awardsHistReclaimPlaque = Phrase(zh: "收回奖牌", en: "plaque reclaimed")
    static func awardsHistRevokedShort(name: String, date: String, reason: String) -> Phrase {
        Phrase(zh: "\(name)：\(date) 撤销，\(reason)", en: "\(name): revoked \(date), \(reason)")
    }
    static func awardsHistTitle(name: String, title: String) -> Phrase {
        Phrase(zh: "\(name)：可使用获奖称号“\(title)”，须注明年份，不得用于产品宣传（第十八条）",
               en: "\(name): may use the title “\(title)”, always with the year, never on products (Art. 18)")
    }
    static let awardsNoSelection = Phrase(zh: "请先选择一行", en: "Select a row first")
    static let awardsNothingToPublicize = Phrase(zh: "没有待社会公示的候选组织：先由委员会审议通过（第十一条（七））",
                                                 en: "No candidate waits for public publicity: the committee approves first (Art. 11(7))")
    static let awardsNoPublicPeriod = Phrase(zh: "尚无社会公示：按 g 开始公示（第十一条（七））",
                                             en: "No public publicity yet: press g to start it (Art. 11(7))")
    static func awardsTier(_ tier: PrizeTier) -> Phrase {
        switch tier {
        case .award: Phrase(zh: "市长质量奖", en: "Award")
        case .nomination: Phrase(zh: "提名奖", en: "Nomination")
        }
    }
    static func awardsSection(_ section: AwardsScreen.Section) -> Phrase {
        switch section {
        case .recommendation: Phrase(zh: "推荐名单", en: "Proposed list")
        case .decisions: Phrase(zh: "审议与公示", en: "Decision & publicity")
        case .budget: Phrase(zh: "奖金与经费", en: "Prize money")
        case .history: Phrase(zh: "历年获奖与撤销", en: "Winners & revocations")
        }
    }
}
