import AwardDomain

/// Organizations (groups of parents and subsidiaries, certificates, adverse records) and the
/// expert pool (employers, declared conflicts, unavailable days). Award history is added by the
/// cycles as they are decided.
enum RegistrySynth {
    static let words = ["华宇", "恒通", "瑞丰", "盛达", "鑫源", "远航", "东方", "新海", "金桥", "宏图", "安泰", "永康",
                        "海盐", "黄海", "丹顶鹤", "麋鹿", "沿海", "盐阜", "苏北", "丰华"]
    static let trades = ["汽车零部件", "新能源", "电子信息", "纺织", "机械制造", "食品", "化工新材料", "医药", "建材", "现代物流",
                         "农业科技", "环保设备", "光伏", "风电装备", "软件"]
    static let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈")
    static let given = Array("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国文辉鹏红玉")
    static let titles = ["高级工程师", "正高级工程师", "教授", "副教授", "高级经济师", "研究员"]
    static let counties = County.allCases.filter { $0 != .elsewhere }

    /// A valid 统一社会信用代码, unique per index: 9132 09 + the index in 11 digits + the check character.
    static func creditCode(_ index: Int) -> String {
        var digits = String(index)
        digits = String(repeating: "0", count: max(0, 11 - digits.count)) + digits
        let first17 = "913209" + digits
        return first17 + String(CreditCode.checkCharacter(first17)!)
    }

    static func organizations(_ p: SynthParameters, rng: inout SeededGenerator) -> [Organization] {
        let width = max(4, String(p.organizations).count)
        let deadline = CycleSettings(year: p.currentYear).applicationDeadline
        let firstYear = p.years[0]
        // One in ten heads a group; about a quarter of the rest are subsidiaries of an earlier head.
        var heads: [String] = []
        var orgs: [Organization] = []
        orgs.reserveCapacity(p.organizations)
        for i in 1...p.organizations {
            let id = "O" + pad(i, width)
            let trade = rng.pick(trades)
            let county = rng.pick(counties)
            var parent: String?
            if i % 10 == 1 { heads.append(id) } else if !heads.isEmpty, rng.chance(0.25) { parent = rng.pick(heads) }
            let established = day(Int.random(in: 1985...(firstYear - 5), using: &rng), &rng)
            // Certificates renewed every 3 years without a gap, from well before the first cycle.
            var certs: [QMSCertificate] = []
            var issued = day(Int.random(in: (firstYear - 6)...(firstYear - 3), using: &rng), &rng)
            var n = 1
            while issued <= deadline {
                let expires = issued.adding(years: 3)!.adding(days: -1)!
                certs.append(QMSCertificate(standard: "GB/T 19001-2016 / ISO 9001:2015", number: "\(id)-QMS-\(n)", issued: issued, expires: expires))
                issued = expires.adding(days: 1)!
                n += 1
            }
            var records: [ComplianceRecord] = []
            if rng.chance(0.1) {
                let y = Int.random(in: firstYear...p.currentYear, using: &rng)
                records.append(ComplianceRecord(date: day(y, &rng), kind: rng.pick([.qualityComplaint, .labourDishonesty, .otherViolation]),
                                                severity: .ordinary, note: "一般记录（合成数据）"))
            }
            orgs.append(Organization(
                id: id, name: "盐城\(rng.pick(words))\(trade)有限公司\(i)", creditCode: creditCode(i),
                county: county, industry: trade, sectors: rng.chance(0.3) ? [rng.pick(SectorTag.allCases)] : [],
                established: established, parentID: parent, certificates: certs,
                excellenceModelSince: day(Int.random(in: (firstYear - 8)...(firstYear - 3), using: &rng), &rng),
                isExporter: rng.chance(0.2), records: records))
        }
        return orgs
    }

    static func experts(_ p: SynthParameters, organizations: [Organization], rng: inout SeededGenerator) -> [Expert] {
        let width = max(4, String(p.experts).count)
        return (1...p.experts).map { i in
            let employer: Organization? = rng.chance(0.5) ? rng.pick(organizations) : nil
            var unavailable: [DayRange] = []
            if rng.chance(0.1) {
                let from = Day(year: p.currentYear, month: 4, day: Int.random(in: 1...25, using: &rng))!
                unavailable.append(DayRange(from: from, to: from.adding(days: Int.random(in: 1...10, using: &rng))!))
            }
            let conflicts = rng.chance(0.05) ? (0..<Int.random(in: 1...3, using: &rng)).map { _ in rng.pick(organizations).id } : []
            return Expert(
                id: "E" + pad(i, width),
                name: String(rng.pick(surnames)) + String(rng.pick(given)) + (rng.chance(0.5) ? String(rng.pick(given)) : ""),
                employerOrgID: employer?.id, employerName: employer?.name ?? "盐城工学院",
                specialties: [rng.pick(["质量管理", "卓越绩效", "标准化", "计量", "财务", "安全生产"])],
                industries: [rng.pick(trades)], county: rng.pick(counties), title: rng.pick(titles),
                available: !rng.chance(0.03), unavailable: unavailable, conflicts: conflicts)
        }
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// A day in `year`, on a day of the month every month has.
    static func day(_ year: Int, _ rng: inout SeededGenerator) -> Day {
        Day(year: year, month: Int.random(in: 1...12, using: &rng), day: Int.random(in: 1...28, using: &rng))!
    }
}
