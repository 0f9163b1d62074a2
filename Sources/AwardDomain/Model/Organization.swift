import Foundation

/// The counties and districts of Yancheng, plus "elsewhere" for organizations registered outside
/// the city (which may still apply from inside the 沪苏大丰产业联动集聚区, 第十条（二）).
public enum County: String, Codable, Sendable, CaseIterable {
    case tinghu, yandu, dafeng, dongtai, jianhu, sheyang, funing, binhai, xiangshui, etdz, yannan, elsewhere

    public var name: Phrase {
        switch self {
        case .tinghu: Phrase(zh: "亭湖区", en: "Tinghu District")
        case .yandu: Phrase(zh: "盐都区", en: "Yandu District")
        case .dafeng: Phrase(zh: "大丰区", en: "Dafeng District")
        case .dongtai: Phrase(zh: "东台市", en: "Dongtai City")
        case .jianhu: Phrase(zh: "建湖县", en: "Jianhu County")
        case .sheyang: Phrase(zh: "射阳县", en: "Sheyang County")
        case .funing: Phrase(zh: "阜宁县", en: "Funing County")
        case .binhai: Phrase(zh: "滨海县", en: "Binhai County")
        case .xiangshui: Phrase(zh: "响水县", en: "Xiangshui County")
        case .etdz: Phrase(zh: "盐城经济技术开发区", en: "Yancheng ETDZ")
        case .yannan: Phrase(zh: "盐南高新区", en: "Yannan High-tech Zone")
        case .elsewhere: Phrase(zh: "市外", en: "Outside Yancheng")
        }
    }

    /// Accepts the Chinese name, the English name or the code, as a CSV cell may hold any.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces)
        guard let c = County.allCases.first(where: {
            $0.rawValue == t.lowercased() || $0.name.zh == t || $0.name.en.lowercased() == t.lowercased()
        }) else { return nil }
        self = c
    }
}

/// Encouraged sectors of 第四条: a tag for reports, never a condition.
public enum SectorTag: String, Codable, Sendable, CaseIterable {
    case province531, city5plus2, keyChain23, modernServices, modernAgriculture, leadingEnterprise, specialized

    public var name: Phrase {
        switch self {
        case .province531: Phrase(zh: "省531产业链", en: "Provincial 531 chains")
        case .city5plus2: Phrase(zh: "市5+2战略性新兴产业", en: "City 5+2 emerging industries")
        case .keyChain23: Phrase(zh: "23条重点产业链", en: "23 key industrial chains")
        case .modernServices: Phrase(zh: "现代服务业", en: "Modern services")
        case .modernAgriculture: Phrase(zh: "现代农业", en: "Modern agriculture")
        case .leadingEnterprise: Phrase(zh: "龙头骨干企业", en: "Leading enterprise")
        case .specialized: Phrase(zh: "专精特新企业", en: "Specialized SME")
        }
    }
}

/// A quality-management-system certificate (第十条（四）).
public struct QMSCertificate: Hashable, Codable, Sendable {
    public var standard: String      // e.g. "GB/T 19001-2016 / ISO 9001:2015"
    public var number: String
    public var issued: Day
    public var expires: Day
    public init(standard: String, number: String, issued: Day, expires: Day) {
        self.standard = standard; self.number = number; self.issued = issued; self.expires = expires
    }
}

/// The kinds of adverse record that 第十条（六） names.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case qualityAccident, safetyAccident, environmentalAccident, publicHealthAccident, foodSafetyAccident
    case qualityComplaint, selfCausedDispute, failedSpotCheck, labourDishonesty, otherViolation, exportIncident

    public var name: Phrase {
        switch self {
        case .qualityAccident: Phrase(zh: "质量事故", en: "quality accident")
        case .safetyAccident: Phrase(zh: "安全生产事故", en: "production-safety accident")
        case .environmentalAccident: Phrase(zh: "环境污染事故", en: "environmental-pollution accident")
        case .publicHealthAccident: Phrase(zh: "公共卫生事故", en: "public-health accident")
        case .foodSafetyAccident: Phrase(zh: "食品安全事故", en: "food-safety accident")
        case .qualityComplaint: Phrase(zh: "质量投诉", en: "quality complaint")
        case .selfCausedDispute: Phrase(zh: "自身责任质量异议、索赔和退货", en: "self-caused quality dispute, claim or return")
        case .failedSpotCheck: Phrase(zh: "国家或省质量监督抽查不合格", en: "failed national or provincial spot check")
        case .labourDishonesty: Phrase(zh: "劳动保障失信记录", en: "labour-security dishonesty record")
        case .otherViolation: Phrase(zh: "其他违法违规记录", en: "other violation")
        case .exportIncident: Phrase(zh: "出口产品退运、销毁或官方通报", en: "export return, destruction or official notice")
        }
    }
}

/// The official four-level severity scale (一般/较大/重大/特别重大).
public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case ordinary, larger, major, extraordinary

    public var name: Phrase {
        switch self {
        case .ordinary: Phrase(zh: "一般", en: "ordinary")
        case .larger: Phrase(zh: "较大", en: "larger")
        case .major: Phrase(zh: "重大", en: "major")
        case .extraordinary: Phrase(zh: "特别重大", en: "extraordinary")
        }
    }

    private var rank: Int { Severity.allCases.firstIndex(of: self)! }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One adverse record of an organization (第十条（六）).
public struct ComplianceRecord: Hashable, Codable, Sendable {
    public var date: Day
    public var kind: RecordKind
    public var severity: Severity
    /// The day credit repair (信用修复) was completed, if it was.
    public var creditRepaired: Day?
    public var note: String
    public init(date: Day, kind: RecordKind, severity: Severity, creditRepaired: Day? = nil, note: String = "") {
        self.date = date; self.kind = kind; self.severity = severity; self.creditRepaired = creditRepaired; self.note = note
    }
}

/// The quality awards that 第十条（七） and 第十六条 look at.
public enum AwardTier: String, Codable, Sendable, CaseIterable {
    case governor, governorNomination, mayor, mayorNomination

    public var name: Phrase {
        switch self {
        case .governor: Phrase(zh: "江苏省省长质量奖", en: "Jiangsu Governor's Quality Award")
        case .governorNomination: Phrase(zh: "江苏省省长质量奖提名奖", en: "Jiangsu Governor's Quality Award nomination")
        case .mayor: Phrase(zh: "盐城市市长质量奖", en: "Yancheng Mayor's Quality Award")
        case .mayorNomination: Phrase(zh: "盐城市市长质量奖提名奖", en: "Yancheng Mayor's Quality Award nomination")
        }
    }
}

/// One award an organization won, and its revocation if any (第十四、十五条).
public struct AwardRecord: Hashable, Codable, Sendable {
    public var year: Int
    public var tier: AwardTier
    public var awarded: Day
    public var revoked: Day?
    public var revocationReason: String?
    /// True when the prize money was paid (第十二条: once per tier).
    public var prizePaid: Bool
    /// The city government's approval document (第十一条（八）), for awards this program published.
    public var approvalDocument: String?
    /// The details of a revocation (第十四、十五条); `revoked` and `revocationReason` stay the summary.
    public var revocation: Revocation?
    public init(year: Int, tier: AwardTier, awarded: Day, revoked: Day? = nil, revocationReason: String? = nil, prizePaid: Bool = true,
                approvalDocument: String? = nil, revocation: Revocation? = nil) {
        self.year = year; self.tier = tier; self.awarded = awarded
        self.revoked = revoked; self.revocationReason = revocationReason; self.prizePaid = prizePaid
        self.approvalDocument = approvalDocument; self.revocation = revocation
    }
}

/// An organization of the registry, shared by all cycles.
public struct Organization: Hashable, Codable, Sendable, Identifiable {
    public var id: String                 // e.g. "O0001"
    public var name: String
    public var creditCode: String         // 统一社会信用代码, validated by CreditCode
    public var isLegalPerson: Bool
    public var county: County
    public var registeredInYancheng: Bool
    public var inDafengZone: Bool         // 沪苏大丰产业联动集聚区
    public var industry: String
    public var sectors: [SectorTag]
    public var established: Day
    public var parentID: String?
    public var certificates: [QMSCertificate]
    public var excellenceModelSince: Day?
    public var isExporter: Bool
    public var records: [ComplianceRecord]
    public var awards: [AwardRecord]

    public init(id: String, name: String, creditCode: String, isLegalPerson: Bool = true, county: County,
                registeredInYancheng: Bool = true, inDafengZone: Bool = false, industry: String = "",
                sectors: [SectorTag] = [], established: Day, parentID: String? = nil,
                certificates: [QMSCertificate] = [], excellenceModelSince: Day? = nil, isExporter: Bool = false,
                records: [ComplianceRecord] = [], awards: [AwardRecord] = []) {
        self.id = id; self.name = name; self.creditCode = creditCode; self.isLegalPerson = isLegalPerson
        self.county = county; self.registeredInYancheng = registeredInYancheng; self.inDafengZone = inDafengZone
        self.industry = industry; self.sectors = sectors; self.established = established; self.parentID = parentID
        self.certificates = certificates; self.excellenceModelSince = excellenceModelSince; self.isExporter = isExporter
        self.records = records; self.awards = awards
    }
}
