import Testing
@testable import AwardDomain

private func withRecord(_ r: ComplianceRecord, exporter: Bool = false) -> CheckResult {
    var org = EligibilityFixture.organization()
    org.records = [r]
    org.isExporter = exporter
    return EligibilityFixture.check("E6", org: org)
}

// E6 第十条（六）"近3年": the 3 years ending on the deadline 2026-03-31 are
// 2023-03-31 < date ≤ 2026-03-31. A larger (较大) quality accident on 2023-03-31 is outside;
// on 2023-04-01 it is inside and fails.
@Test func e6RecordJustOutsideAndJustInsideTheThreeYears() {
    let outside = withRecord(ComplianceRecord(date: Day("2023-03-31")!, kind: .qualityAccident, severity: .larger))
    #expect(outside.outcome == .pass)
    #expect(outside.reason.zh.contains("2023-03-31 较大质量事故 在近3年之外"))
    let inside = withRecord(ComplianceRecord(date: Day("2023-04-01")!, kind: .qualityAccident, severity: .larger))
    #expect(inside.outcome == .fail)
    #expect(inside.reason.zh.contains("2023-04-01 较大质量事故"))
    #expect(inside.reason.en.contains("2023-04-01 quality accident (larger)"))
    // A record after the deadline is not looked at.
    #expect(withRecord(ComplianceRecord(date: Day("2026-04-01")!, kind: .qualityAccident, severity: .major)).outcome == .pass)
}

// E6 第十条（六）: "较大及以上" accidents and "重大" complaints/labour records: an ordinary (一般) safety
// accident does not count; a larger quality complaint does not, a major one does.
@Test func e6SeverityThresholdsPerKind() {
    let d = Day("2025-06-01")!
    #expect(withRecord(ComplianceRecord(date: d, kind: .safetyAccident, severity: .ordinary)).outcome == .pass)
    #expect(withRecord(ComplianceRecord(date: d, kind: .environmentalAccident, severity: .larger)).outcome == .fail)
    #expect(withRecord(ComplianceRecord(date: d, kind: .qualityComplaint, severity: .larger)).outcome == .pass)
    #expect(withRecord(ComplianceRecord(date: d, kind: .qualityComplaint, severity: .major)).outcome == .fail)
    #expect(withRecord(ComplianceRecord(date: d, kind: .labourDishonesty, severity: .larger)).outcome == .pass)
    #expect(withRecord(ComplianceRecord(date: d, kind: .labourDishonesty, severity: .extraordinary)).outcome == .fail)
    #expect(withRecord(ComplianceRecord(date: d, kind: .otherViolation, severity: .ordinary)).outcome == .pass)
    #expect(withRecord(ComplianceRecord(date: d, kind: .otherViolation, severity: .larger)).outcome == .fail)
    // No severity named: any self-caused dispute or failed spot check counts.
    #expect(withRecord(ComplianceRecord(date: d, kind: .selfCausedDispute, severity: .ordinary)).outcome == .fail)
    #expect(withRecord(ComplianceRecord(date: d, kind: .failedSpotCheck, severity: .ordinary)).outcome == .fail)
}

// E6 第十条（六）"至申报截止日期前已完成信用修复的除外": repaired on the deadline 2026-03-31 → does not
// count; repaired 2026-04-01, after it → still counts, and the reason says so.
@Test func e6CreditRepairBeforeVersusAfterTheDeadline() {
    let repaired = withRecord(ComplianceRecord(date: Day("2025-01-10")!, kind: .otherViolation, severity: .larger, creditRepaired: Day("2026-03-31")!))
    #expect(repaired.outcome == .pass)
    #expect(repaired.reason.zh.contains("已于 2026-03-31 完成信用修复，不计"))
    let late = withRecord(ComplianceRecord(date: Day("2025-01-10")!, kind: .otherViolation, severity: .larger, creditRepaired: Day("2026-04-01")!))
    #expect(late.outcome == .fail)
    #expect(late.reason.zh.contains("信用修复于 2026-04-01 完成，晚于申报截止日，仍计"))
}

// E6 第十条（六）"出口企业未发生因产品质量安全原因引发的退运": an exporter's return fails; a
// non-exporter with an export incident evidently exports — it fails too, with a note.
@Test func e6ExporterReturnFailsAndANonExporterIsNoted() {
    let r = ComplianceRecord(date: Day("2025-09-09")!, kind: .exportIncident, severity: .ordinary, note: "退运一批")
    let exporter = withRecord(r, exporter: true)
    #expect(exporter.outcome == .fail)
    #expect(exporter.reason.zh.contains("2025-09-09 一般出口产品退运、销毁或官方通报：退运一批"))
    let other = withRecord(r, exporter: false)
    #expect(other.outcome == .fail)
    #expect(other.reason.zh.contains("名录未标为出口企业"))
}

// E6 第十条（六）: the window bounds themselves, worked by hand for the deadline 2026-03-31.
@Test func e6WindowBounds() {
    let dl = EligibilityFixture.deadline
    #expect(!Eligibility.inRecordWindow(Day("2023-03-31")!, deadline: dl))
    #expect(Eligibility.inRecordWindow(Day("2023-04-01")!, deadline: dl))
    #expect(Eligibility.inRecordWindow(Day("2026-03-31")!, deadline: dl))
    #expect(!Eligibility.inRecordWindow(Day("2026-04-01")!, deadline: dl))
}
