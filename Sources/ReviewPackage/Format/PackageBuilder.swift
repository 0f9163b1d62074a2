import AwardDomain
import Foundation

/// Cuts the office's data down to one expert's package. The one place that decides what a
/// reviewer sees; the tests check its output for what must not be there.
public enum PackageBuilder {
    /// The next package for the expert, panel and stage, not yet recorded: the office records
    /// `content.issue` (`PackageAction.issuePackage`) when it writes the file.
    public static func build(_ data: AwardData, panelID: String, stage: Stage, expertID: String, office: PublicKeys,
                             at: Timestamp, by actor: String) throws(DomainError) -> PackageContent {
        let cycle = data.cycle
        guard let panel = cycle.panel(panelID) else {
            throw DomainError(zh: "评审组 \(panelID) 不存在", en: "Panel \(panelID) does not exist")
        }
        guard let draw = panel.drawID.flatMap(cycle.drawRecord), !draw.isVoided, draw.isRevealed,
              draw.currentMembers.contains(expertID) else {
            throw DomainError(zh: "\(expertID) 不是评审组 \(panelID) 现行抽取的组员", en: "\(expertID) is not a current member of panel \(panelID)'s draw in force",
                              citation: Citation(zh: "第十一条（三）", en: "Art. 11(3)"))
        }
        guard let expert = data.registry.expert(expertID) else {
            throw DomainError(zh: "专家库中没有编号为 \(expertID) 的专家", en: "No expert with id \(expertID) in the pool")
        }
        guard let key = data.registry.currentKey(of: expertID) else {
            throw DomainError(zh: "\(expertID) 尚未登记密钥：请专家运行 qaward reviewer init，再由办公室运行 qaward experts key \(expertID) --import 文件",
                              en: "\(expertID) has no recorded key: the expert runs qaward reviewer init, then the office runs qaward experts key \(expertID) --import FILE")
        }
        guard let rubric = data.rubrics[stage] else {
            throw DomainError(zh: "\(stage.name.zh)没有评分细则", en: "There is no rubric for \(stage.name.en)")
        }
        let applications = panel.applicationIDs.compactMap(cycle.application).map(reviewView)
        let orgIDs = Set(applications.map(\.orgID))
        let organizations = data.registry.organizations.filter { orgIDs.contains($0.id) }.map(reviewView)
        let sheets = cycle.sheets.filter { $0.expertID == expertID && $0.panelID == panelID && $0.stage == stage }
        let seq = (cycle.latestPackage(expertID: expertID, panelID: panelID, stage: stage)?.seq ?? 0) + 1
        let issue = PackageIssue(panelID: panelID, stage: stage, expertID: expertID, seq: seq, recipientKey: key.keys.fingerprint,
                                 sheetIDs: sheets.map(\.id), issuedAt: at, issuedBy: actor)
        return PackageContent(format: PackageContent.currentFormat, issue: issue, cycleYear: cycle.year,
                              officeName: data.registry.settings.officeName, office: office, panel: panel,
                              members: membersOnly(draw), expert: reviewView(expert), organizations: organizations,
                              applications: applications, rubric: rubric, sheets: sheets)
    }

    /// The draw as a reviewer needs it: who sits on the panel and who leads it.
    static func membersOnly(_ d: DrawRecord) -> DrawRecord {
        let members = d.currentMembers
        var r = DrawRecord(id: d.id, panelID: d.panelID, committedAt: d.committedAt, supervisor: "", operatorName: "",
                           size: members.count, alternateCount: 0, pool: members.sorted(), poolDigest: "", exclusions: [],
                           commitment: d.commitment)
        r.revealedAt = d.revealedAt
        r.order = members
        r.leaderID = d.leaderID
        return r
    }

    /// An organization as a reviewer needs it: name, credit code, county, industry, sectors and
    /// founding date. No parent, certificates, compliance records or award history.
    static func reviewView(_ o: Organization) -> Organization {
        Organization(id: o.id, name: o.name, creditCode: o.creditCode, isLegalPerson: o.isLegalPerson, county: o.county,
                     registeredInYancheng: o.registeredInYancheng, inDafengZone: o.inDafengZone, industry: o.industry,
                     sectors: o.sectors, established: o.established)
    }

    /// An application as a reviewer needs it: which organization, its status and submission day.
    /// No history of who changed it, judgements or recommendation.
    static func reviewView(_ a: Application) -> Application {
        Application(id: a.id, orgID: a.orgID, submitted: a.submitted, status: a.status)
    }

    /// The reviewer's own record, without employer or declared conflicts.
    static func reviewView(_ e: Expert) -> Expert {
        Expert(id: e.id, name: e.name, county: e.county, title: e.title)
    }
}
