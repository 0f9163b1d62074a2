import Testing
@testable import AwardDomain

private func cert(_ number: String, _ issued: String, _ expires: String) -> QMSCertificate {
    QMSCertificate(standard: "GB/T 19001-2016", number: number, issued: Day(issued)!, expires: Day(expires)!)
}

// E4 第十条（四）"有效运行2年以上": issued 2024-03-31 + 2 years = 2026-03-31 = deadline → passes;
// issued 2024-04-01 → 2 years only on 2026-04-01 → fails.
@Test func e4CertificateHeldExactlyTwoYearsPassesADayShortFails() {
    var org = EligibilityFixture.organization()
    org.certificates = [cert("C1", "2024-03-31", "2027-03-30")]
    #expect(EligibilityFixture.check("E4", org: org).outcome == .pass)
    org.certificates = [cert("C1", "2024-04-01", "2027-03-31")]
    let r = EligibilityFixture.check("E4", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("自 2024-04-01 起持有，至申报截止日 2026-03-31 不满 2 年（2026-04-01 才满 2 年）"))
}

// E4 第十条（四）: a certificate that expired 2026-03-30, the day before the deadline, is not valid
// at the deadline; the reason names the expiry date.
@Test func e4CertificateExpiredBeforeTheDeadlineFails() {
    var org = EligibilityFixture.organization()
    org.certificates = [cert("C-OLD", "2022-01-01", "2026-03-30")]
    let r = EligibilityFixture.check("E4", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("C-OLD 已于 2026-03-30 到期"))
    #expect(r.reason.en.contains("expired on 2026-03-30"))
    // Expiring on the deadline itself is still valid that day (issued ≤ deadline ≤ expires).
    org.certificates = [cert("C-OLD", "2022-01-01", "2026-03-31")]
    #expect(EligibilityFixture.check("E4", org: org).outcome == .pass)
}

// E4 第十条（四）: a renewal issued no later than the day after the old one expired continues the
// holding; a renewal after a one-day gap starts it afresh.
@Test func e4RenewalWithoutGapCountsFromTheFirstCertificate() {
    var org = EligibilityFixture.organization()
    // Valid certificate 2024-06-01–2027-05-31 alone: 2 years only on 2026-06-01 → fails.
    org.certificates = [cert("C2", "2024-06-01", "2027-05-31")]
    #expect(EligibilityFixture.check("E4", org: org).outcome == .fail)
    // With C1 2021-06-01–2024-05-31 before it: 2024-06-01 ≤ 2024-05-31 + 1 → one run since
    // 2021-06-01; 2021-06-01 + 2 years = 2023-06-01 ≤ 2026-03-31 → passes.
    org.certificates = [cert("C2", "2024-06-01", "2027-05-31"), cert("C1", "2021-06-01", "2024-05-31")]
    let r = EligibilityFixture.check("E4", org: org)
    #expect(r.outcome == .pass)
    #expect(r.reason.zh.contains("自 2021-06-01 起连续持有"))
    // C1 expiring 2024-05-30 leaves 2024-05-31 uncovered: the run starts 2024-06-01 → fails.
    org.certificates = [cert("C2", "2024-06-01", "2027-05-31"), cert("C1", "2021-06-01", "2024-05-30")]
    #expect(EligibilityFixture.check("E4", org: org).outcome == .fail)
}

// E4 第十条（四）"推广应用卓越绩效管理模式2年以上": since 2024-03-31 → exactly 2 years → passes;
// since 2024-04-01 → fails; no date on file → fails.
@Test func e4ExcellenceModelTwoYears() {
    var org = EligibilityFixture.organization()
    org.excellenceModelSince = Day("2024-03-31")
    #expect(EligibilityFixture.check("E4", org: org).outcome == .pass)
    org.excellenceModelSince = Day("2024-04-01")
    let r = EligibilityFixture.check("E4", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("卓越绩效管理模式，至申报截止日 2026-03-31 不满 2 年"))
    org.excellenceModelSince = nil
    #expect(EligibilityFixture.check("E4", org: org).outcome == .fail)
}

// E4 第十条（四）: no certificate at all, or one issued only after the deadline.
@Test func e4NoCertificateOrIssuedAfterTheDeadlineFails() {
    var org = EligibilityFixture.organization()
    org.certificates = []
    #expect(EligibilityFixture.check("E4", org: org).reason.zh.contains("没有质量管理体系认证证书"))
    org.certificates = [cert("C9", "2026-04-15", "2029-04-14")]
    let r = EligibilityFixture.check("E4", org: org)
    #expect(r.outcome == .fail)
    #expect(r.reason.zh.contains("2026-04-15 才颁发"))
}
