/// E1, E2, E3, E5, E9: the declaration, registration and age, the two judgement checks, and the
/// recommendation.
extension Eligibility {
    /// E1 第十条（一）: 拥护党的路线、方针、政策 — the signed declaration.
    static func e1Declaration(_ x: Input) -> CheckResult {
        let c = Citation.art10_1
        guard x.application.declarationSigned else {
            return CheckResult(code: "E1", citation: c, outcome: .fail, reason: Phrase(
                zh: "未签署拥护党的路线、方针、政策的声明：请申报组织签署声明后再审",
                en: "The declaration of support for the Party's line, principles and policies is not signed: have the applicant sign it, then check again"))
        }
        return CheckResult(code: "E1", citation: c, outcome: .pass, reason: Phrase(
            zh: "已签署拥护党的路线、方针、政策的声明",
            en: "The declaration of support for the Party's line, principles and policies is signed"))
    }

    /// E2 第十条（二）: registered in Yancheng (an organization in the 沪苏大丰产业联动集聚区 is exempt
    /// from the place rule), a legal person, operating 4 years or more ("4年以上" includes 4:
    /// established + 4 years ≤ deadline; exactly 4 years passes, a day short fails).
    static func e2RegistrationAndAge(_ x: Input) -> CheckResult {
        let org = x.organization
        let deadline = x.deadline
        let fourYears = org.established.adding(years: 4)
        let oldEnough = fourYears.map { $0 <= deadline } ?? false
        let met = (org.registeredInYancheng || org.inDafengZone) && org.isLegalPerson && oldEnough
        return CheckResult(code: "E2", citation: .art10_2, outcome: met ? .pass : .fail) {
            var failures: [Phrase] = []
            var passes: [Phrase] = []

            if org.registeredInYancheng {
                passes.append(Phrase(zh: "在市内登记注册（\(org.county.name.zh)）", en: "registered in Yancheng (\(org.county.name.en))"))
            } else if org.inDafengZone {
                passes.append(Phrase(zh: "位于沪苏大丰产业联动集聚区，不受市内登记注册限制",
                                     en: "inside the Shanghai–Jiangsu Dafeng industrial zone, exempt from registering in Yancheng"))
            } else {
                failures.append(Phrase(zh: "未在市内登记注册，也不在沪苏大丰产业联动集聚区内",
                                       en: "not registered in Yancheng and not inside the Shanghai–Jiangsu Dafeng industrial zone"))
            }

            if org.isLegalPerson {
                passes.append(Phrase(zh: "具有法人资格", en: "a legal person"))
            } else {
                failures.append(Phrase(zh: "不具有法人资格", en: "not a legal person"))
            }

            if oldEnough, let f = fourYears {
                passes.append(Phrase(zh: "成立于 \(org.established)，至申报截止日 \(deadline) 已满 4 年（\(f) 满 4 年）",
                                     en: "established \(org.established): 4 years or more at the deadline \(deadline) (4 years on \(f))"))
            } else {
                let when = fourYears.map(\.description) ?? "—"
                failures.append(Phrase(zh: "成立于 \(org.established)，至申报截止日 \(deadline) 不满 4 年（\(when) 才满 4 年）",
                                       en: "established \(org.established): under 4 years at the deadline \(deadline) (4 years only on \(when))"))
            }

            let facts = [
                CheckFact(zh: "成立日期", en: "established", org.established.description),
                deadlineFact(deadline),
                CheckFact(zh: "登记地", en: "registered in", org.registeredInYancheng ? org.county.name.zh : County.elsewhere.name.zh),
                CheckFact(zh: "大丰集聚区", en: "Dafeng zone", org.inDafengZone ? "是 / yes" : "否 / no"),
            ]
            return (met ? .joined(passes) : .joined(failures), facts)
        }
    }

    /// E3 第十条（三）: complies with industrial, quality, environmental and safety policy and holds the
    /// required qualifications — a reviewer's judgement.
    static func e3PolicyCompliance(_ x: Input) -> CheckResult {
        judged("E3", .art10_3, x.application.judgements["E3"],
               subject: Phrase(zh: "符合国家和省、市产业、质量、环保、安全等政策，依法取得相应资质",
                               en: "compliance with national, provincial and city industrial, quality, environmental and safety policy, and the required qualifications"))
    }

    /// E5 第十条（五）: leading indicators in its industry, or (non-profit) social contribution in
    /// the front rank — a reviewer's judgement.
    static func e5Performance(_ x: Input) -> CheckResult {
        judged("E5", .art10_5, x.application.judgements["E5"],
               subject: Phrase(zh: "经营业绩和社会贡献卓越，主要指标位于同行业领先地位（非营利组织社会贡献位于行业前列）",
                               en: "outstanding results: leading economic, technical, safety and quality indicators in its industry (non-profit: social contribution in the front rank)"))
    }

    /// A check only a reviewer can decide: pass or fail as recorded, with who and when; otherwise
    /// it waits for a judgement.
    private static func judged(_ code: String, _ c: Citation, _ j: Judgement?, subject: Phrase) -> CheckResult {
        guard let j else {
            return CheckResult(code: code, citation: c, outcome: .judgement) {
                (Phrase(zh: "需评审人员判断：\(subject.zh)。请记录判断结果",
                        en: "Needs a reviewer's judgement: \(subject.en). Record the judgement"), [])
            }
        }
        return CheckResult(code: code, citation: c, outcome: j.passed ? .pass : .fail) {
            let note = j.note.isEmpty ? "" : "：\(j.note)"
            let noteEn = j.note.isEmpty ? "" : ": \(j.note)"
            let facts = [CheckFact(zh: "判断人", en: "judged by", j.by), CheckFact(zh: "判断时间", en: "judged at", j.at.shortDescription)]
            if j.passed {
                return (Phrase(zh: "\(j.by) 于 \(j.at.shortDescription) 判断符合\(note)",
                               en: "Judged met by \(j.by) at \(j.at.shortDescription)\(noteEn)"), facts)
            }
            return (Phrase(zh: "\(j.by) 于 \(j.at.shortDescription) 判断不符合\(note)",
                           en: "Judged not met by \(j.by) at \(j.at.shortDescription)\(noteEn)"), facts)
        }
    }

    /// E9 第十一条（一）: 县（市、区）市场监管部门（或市级部门）签署审核、推荐意见 — a recommendation
    /// signed on or before the deadline.
    static func e9Recommendation(_ x: Input) -> CheckResult {
        let c = Citation.art11_1
        let deadline = x.deadline
        guard let r = x.application.recommendation else {
            return CheckResult(code: "E9", citation: c, outcome: .fail) {
                (Phrase(zh: "没有县（市、区）市场监管部门或市级部门签署的审核、推荐意见：请补录推荐意见",
                        en: "No review and recommendation signed by the county market-supervision department or a city department: record the recommendation"),
                 [deadlineFact(deadline)])
            }
        }
        let inTime = r.signed <= deadline
        return CheckResult(code: "E9", citation: c, outcome: inTime ? .pass : .fail) {
            let who = r.department.isEmpty ? r.kind.name : Phrase(zh: "\(r.department)（\(r.kind.name.zh)）", en: "\(r.department) (\(r.kind.name.en))")
            let facts = [CheckFact(zh: "推荐单位", en: "recommended by", who.zh), CheckFact(zh: "签署日期", en: "signed", r.signed.description),
                         deadlineFact(deadline)]
            guard inTime else {
                return (Phrase(zh: "\(who.zh) 于 \(r.signed) 签署推荐意见，晚于申报截止日 \(deadline)",
                               en: "\(who.en) signed the recommendation on \(r.signed), after the deadline \(deadline)"), facts)
            }
            return (Phrase(zh: "\(who.zh) 于 \(r.signed) 签署推荐意见，不晚于申报截止日 \(deadline)",
                           en: "\(who.en) signed the recommendation on \(r.signed), by the deadline \(deadline)"), facts)
        }
    }
}
