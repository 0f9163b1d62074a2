/// Every kind of action, named as the office names it, in the stage it belongs to. The procedure's
/// conditions are keyed by these; `Procedure.kind(of:in:)` tells which one an `Action` is.
public enum ActionKind: String, CaseIterable, Sendable {
    case registry, settings, extendDeadline, reviewerKeys, issuePackage, acceptReturn
    case createApplication, editApplication, importApplications, submitApplication, withdrawApplication, reinstateApplication
    case recordJudgement, decideEligibility, startInternalPublicity
    case createPanel, commitDraw, publishCommitment, revealDraw, voidDraw, designateLeader, replaceMember, reopenStage
    case enterScore, recordFinding, agreeScore, submitSheet, reopenSheet, importSheets, decideShortlistTie, closeDocumentReview
    case setPlaces, decidePlaceTie, decideCandidate
    case startPublicity, cancelPublicity, recordObjection, decideObjection, closePublicity, setMilestone
    case approve, publish, revoke

    public var stage: CycleStage {
        switch self {
        case .registry, .settings, .setMilestone, .reviewerKeys: .setup
        case .issuePackage: .panels
        case .acceptReturn: .documentReview
        case .extendDeadline, .createApplication, .editApplication, .importApplications, .submitApplication,
             .withdrawApplication, .reinstateApplication, .startInternalPublicity: .intake
        case .recordJudgement, .decideEligibility: .eligibility
        case .createPanel, .commitDraw, .publishCommitment, .revealDraw, .voidDraw, .designateLeader, .replaceMember, .reopenStage: .panels
        case .enterScore, .recordFinding, .agreeScore, .submitSheet, .reopenSheet, .importSheets: .documentReview
        case .decideShortlistTie, .closeDocumentReview: .shortlist
        case .setPlaces, .decidePlaceTie: .recommendation
        case .decideCandidate: .decision
        case .startPublicity, .cancelPublicity, .recordObjection, .decideObjection, .closePublicity: .publicity
        case .approve, .publish: .approval
        case .revoke: .afterAward
        }
    }

    /// A verb phrase: "不能" / "Cannot" + this reads as the refusal.
    public var name: Phrase {
        switch self {
        case .registry: Phrase(zh: "修改名录", en: "change the registry")
        case .settings: Phrase(zh: "修改周期设置", en: "change the cycle settings")
        case .extendDeadline: Phrase(zh: "延长申报期限", en: "extend the submission deadline")
        case .reviewerKeys: Phrase(zh: "登记密钥", en: "record keys")
        case .issuePackage: Phrase(zh: "发出评审材料包", en: "issue a review package")
        case .acceptReturn: Phrase(zh: "接收专家签名回传的评分表", en: "accept a signed return of sheets")
        case .createApplication: Phrase(zh: "登记申报", en: "record an application")
        case .editApplication: Phrase(zh: "修改申报", en: "edit an application")
        case .importApplications: Phrase(zh: "导入申报", en: "import applications")
        case .submitApplication: Phrase(zh: "提交申报", en: "submit an application")
        case .withdrawApplication: Phrase(zh: "撤回申报", en: "withdraw an application")
        case .reinstateApplication: Phrase(zh: "恢复已撤回的申报", en: "reinstate a withdrawn application")
        case .recordJudgement: Phrase(zh: "记录审查判断", en: "record a judgement")
        case .decideEligibility: Phrase(zh: "作出资格审查决定", en: "decide eligibility")
        case .startInternalPublicity: Phrase(zh: "登记内部公示", en: "record an internal publicity")
        case .createPanel: Phrase(zh: "组建评审组", en: "set up a panel")
        case .commitDraw: Phrase(zh: "抽取专家", en: "draw a panel")
        case .publishCommitment: Phrase(zh: "公布抽取承诺值", en: "publish a draw's commitment")
        case .revealDraw: Phrase(zh: "公开抽取种子", en: "reveal a draw")
        case .voidDraw: Phrase(zh: "作废抽取", en: "void a draw")
        case .designateLeader: Phrase(zh: "指定组长", en: "designate the leader")
        case .replaceMember: Phrase(zh: "替换组员", en: "replace a member")
        case .reopenStage: Phrase(zh: "重新开启评审阶段", en: "reopen a stage")
        case .enterScore: Phrase(zh: "录入评分", en: "enter a score")
        case .recordFinding: Phrase(zh: "记录评审发现", en: "record a finding")
        case .agreeScore: Phrase(zh: "记录合议得分", en: "record an agreed score")
        case .submitSheet: Phrase(zh: "提交评分表", en: "submit a score sheet")
        case .reopenSheet: Phrase(zh: "退回评分表", en: "reopen a score sheet")
        case .importSheets: Phrase(zh: "导入评分表", en: "import score sheets")
        case .decideShortlistTie: Phrase(zh: "决定入围分数线并列", en: "decide the shortlist tie")
        case .closeDocumentReview: Phrase(zh: "结束资料评审", en: "close the document review")
        case .setPlaces: Phrase(zh: "确定评定名额", en: "set the places")
        case .decidePlaceTie: Phrase(zh: "决定名额线并列", en: "decide a tie at a place cut")
        case .decideCandidate: Phrase(zh: "记录委员会决定", en: "record the committee's decision")
        case .startPublicity: Phrase(zh: "开始社会公示", en: "start public publicity")
        case .cancelPublicity: Phrase(zh: "撤销公示", en: "cancel a publicity period")
        case .recordObjection: Phrase(zh: "登记异议", en: "record an objection")
        case .decideObjection: Phrase(zh: "处理异议", en: "decide an objection")
        case .closePublicity: Phrase(zh: "关闭公示", en: "close a publicity period")
        case .setMilestone: Phrase(zh: "登记节点", en: "record a milestone")
        case .approve: Phrase(zh: "记录市政府批准", en: "record the city's approval")
        case .publish: Phrase(zh: "公布获奖名单", en: "publish the list")
        case .revoke: Phrase(zh: "撤销奖励", en: "revoke an award")
        }
    }

    /// The command that takes the action, for the documentation.
    public var command: String {
        switch self {
        case .registry: "import orgs|experts, experts import"
        case .settings: "settings set"
        case .extendDeadline: "application extend"
        case .reviewerKeys: "package office-key, (reviewer keys)"
        case .issuePackage: "package export"
        case .acceptReturn: "package import"
        case .createApplication, .editApplication: "import applications"
        case .importApplications: "import applications"
        case .submitApplication: "application submit"
        case .withdrawApplication: "application withdraw"
        case .reinstateApplication: "application reinstate"
        case .recordJudgement: "(screen 2, j)"
        case .decideEligibility: "(screen 2, d)"
        case .startInternalPublicity: "(screen 5)"
        case .createPanel: "draw new, draw commit"
        case .commitDraw: "draw commit, draw new"
        case .publishCommitment: "draw commit"
        case .revealDraw: "draw reveal, draw new"
        case .voidDraw: "draw void"
        case .designateLeader: "(screen 3)"
        case .replaceMember: "(screen 3)"
        case .reopenStage: "procedure reopen-stage"
        case .enterScore: "(screen 4)"
        case .recordFinding: "findings"
        case .agreeScore: "consensus"
        case .submitSheet: "sheets submit"
        case .reopenSheet: "sheets reopen"
        case .importSheets: "scores import"
        case .decideShortlistTie: "shortlist"
        case .closeDocumentReview: "procedure close-document-review"
        case .setPlaces: "places"
        case .decidePlaceTie: "procedure place-tie"
        case .decideCandidate: "decide"
        case .startPublicity: "publicize"
        case .cancelPublicity: "publicity cancel"
        case .recordObjection: "objection add"
        case .decideObjection: "objection decide"
        case .closePublicity: "publicity close"
        case .setMilestone: "(screen 5)"
        case .approve: "approve"
        case .publish: "publish-award"
        case .revoke: "revoke"
        }
    }
}

extension Procedure {
    /// Which kind of action this is; a status change is read against the application's status.
    public static func kind(of action: Action, in data: AwardData) -> ActionKind {
        switch action {
        case .registry: return .registry
        case .intake(let a):
            switch a {
            case .createApplication: return .createApplication
            case .updateApplication: return .editApplication
            case .importApplications: return .importApplications
            case .recordJudgement: return .recordJudgement
            case .updateCycleSettings: return .settings
            case .setStatus(let id, let status, _):
                switch status {
                case .withdrawn: return .withdrawApplication
                case .eligible, .ineligible: return .decideEligibility
                case .draft, .submitted:
                    return data.cycle.application(id)?.status == .withdrawn ? .reinstateApplication
                        : status == .submitted && data.cycle.application(id)?.status == .draft ? .submitApplication : .decideEligibility
                }
            }
        case .publicity(let a):
            switch a {
            case .start(_, let kind, _, _): return kind == .internal ? .startInternalPublicity : .startPublicity
            case .recordObjection: return .recordObjection
            case .resolveObjection: return .decideObjection
            case .close: return .closePublicity
            case .setMilestone: return .setMilestone
            }
        case .draw(let a):
            switch a {
            case .createPanel: return .createPanel
            case .commit: return .commitDraw
            case .publishCommitment: return .publishCommitment
            case .reveal: return .revealDraw
            case .void: return .voidDraw
            case .designateLeader: return .designateLeader
            case .replaceDeclined: return .replaceMember
            }
        case .scoring(let a):
            switch a {
            case .setPercent, .setComment: return .enterScore
            case .submit: return .submitSheet
            case .reopen: return .reopenSheet
            case .importSheets: return .importSheets
            case .decideShortlistTie: return .decideShortlistTie
            }
        case .award(let a):
            switch a {
            case .setPlaces: return .setPlaces
            case .decide: return .decideCandidate
            case .approve: return .approve
            case .publish: return .publish
            case .revoke: return .revoke
            }
        case .packages(let a):
            switch a {
            case .recordOfficeKey, .recordReviewerKey, .recordReturnSealed: return .reviewerKeys
            case .issuePackage: return .issuePackage
            case .acceptReturn: return .acceptReturn
            // The reviewer's own scores, entered again in the newer package: typed entry's conditions.
            case .carryDrafts: return .enterScore
            }
        case .review(let a):
            switch a {
            case .addFinding, .removeFinding: return .recordFinding
            case .agree: return .agreeScore
            }
        case .procedure(let a):
            switch a {
            case .extendDeadline: return .extendDeadline
            case .reopenStage: return .reopenStage
            case .closeDocumentReview: return .closeDocumentReview
            case .cancelPublicity: return .cancelPublicity
            case .decidePlaceTie: return .decidePlaceTie
            }
        }
    }
}
