import Testing
@testable import AwardDomain

/// Settings that govern a decision already taken are fixed from then on, each refusal with its
/// article; the next cycle carries the office's quotas and scoring policy (第三条).
struct SettingsChangeTests {
    static let ctx = AwardFixture.context()

    static func set(_ key: SettingKey, _ value: String, note: String = "", in data: AwardData) throws(DomainError) -> AwardData {
        try data.applying(key.action(value, note: note, in: data), context: ctx)
    }

    /// 第十一条（二）: eligibility is checked as of the application deadline; once an application
    /// was decided (A01…A03 are eligible), the deadline stays. The review deadline may still move.
    @Test func applicationDeadlineIsFixedOnceEligibilityWasDecided() throws {
        let data = AwardFixture.data(count: 3)
        #expect(throws: DomainError.self) { try Self.set(.applicationDeadline, "2026-04-15", in: data) }
        do throws(DomainError) { _ = try Self.set(.applicationDeadline, "2026-04-15", in: data) } catch { #expect(error.citation?.zh == "第十一条（二）") }
        let moved = try Self.set(.reviewDeadline, "2026-07-15", in: data)
        #expect(moved.cycle.settings.reviewDeadline == Day("2026-07-15"))
    }

    /// 第十一条（七）: after the committee decided, the quotas do not change, up or down.
    @Test func quotasAreFixedOnceTheCommitteeDecided() throws {
        var data = AwardFixture.data(count: 3)
        data.cycle.decisions = [CommitteeDecision(applicationID: "A01", tier: .award, approved: true, meeting: Day("2026-06-18")!)]
        for value in ["2", "4"] {
            do throws(DomainError) { _ = try Self.set(.awardQuota, value, in: data); Issue.record("quota \(value) accepted") } catch {
                #expect(error.citation?.zh == "第十一条（七）")
            }
        }
    }

    /// 第十一条（三）: the list invited to Q&A was made by the current aggregation; once Q&A sheets
    /// exist (the fixture has Q&A and on-site sheets), switching to the trimmed mean is refused.
    /// Before that (D sheets only) it is accepted.
    @Test func aggregationIsFixedOnceQAndABegan() throws {
        let data = AwardFixture.data(count: 3)
        do throws(DomainError) { _ = try Self.set(.aggregation, "trimmed-mean", in: data); Issue.record("accepted") } catch {
            #expect(error.citation?.zh == "第十一条（三）")
        }
        var early = data
        early.cycle.sheets.removeAll { $0.stage != .document }
        #expect(try Self.set(.aggregation, "trimmed-mean", in: early).cycle.settings.scoring.trimExtremes)
    }

    /// 第十一条（三）: whether the stage score is the panel's agreed score or the sheets' mean decides
    /// the list invited to Q&A, so it is chosen before Q&A begins and fixed after; a value other
    /// than the two is refused with the rule.
    @Test func stageScoreRuleIsChosenBeforeQAndABegins() throws {
        let data = AwardFixture.data(count: 3)
        do throws(DomainError) { _ = try Self.set(.stageScore, "agreed", in: data); Issue.record("accepted") } catch {
            #expect(error.citation?.zh == "第十一条（三）")
        }
        var early = data
        early.cycle.sheets.removeAll { $0.stage != .document }
        let agreed = try Self.set(.stageScore, "agreed", in: early)
        #expect(agreed.cycle.settings.scoring.stageScore == .agreed)
        #expect(SettingKey.stageScore.value(in: agreed) == "agreed" && SettingKey.stageScore.value(in: early) == "sheet-mean")
        #expect(throws: DomainError.self) { try Self.set(.stageScore, "median", in: early) }
    }

    /// RULES.md §4: places decided after Q&A began (3 + 2, with the minutes) keep the list already
    /// invited at 1.5 × (5 + 5) = 15; before Q&A they size it: 1.5 × 5 = 7.5 → 8.
    @Test func placesSizeTheListUntilQAndABegins() throws {
        let data = AwardFixture.data(count: 3)
        let after = try data.applying(.award(.setPlaces(award: 3, nomination: 2, note: "会议纪要")), context: Self.ctx)
        #expect(Shortlist.compute(after).invitedCount == 15)
        var early = data
        early.cycle.sheets.removeAll { $0.stage != .document }
        let before = try early.applying(.award(.setPlaces(award: 3, nomination: 2, note: "会议纪要")), context: Self.ctx)
        #expect(Shortlist.compute(before).invitedCount == 8)
    }

    /// Bad values are refused with the rule, in both languages, and office settings change only
    /// the office's part.
    @Test func badValuesAreRefusedWithTheRule() throws {
        let data = AwardFixture.data(count: 1)
        for (key, value) in [(SettingKey.awardQuota, "five"), (.email, "a@b"), (.telephone, "call me"), (.officeName, " "),
                             (.aggregation, "median"), (.resultsIssuer, "mayor"), (.address, "盐城\u{7}")] {
            do throws(DomainError) { _ = try Self.set(key, value, in: data); Issue.record("\(key) \(value) accepted") } catch {
                #expect(error.message.zh.contains(key.label.zh) && error.message.en.contains(key.rule.en))
            }
        }
        let office = try Self.set(.email, "zlb@yancheng.gov.cn", in: data)
        #expect(office.registry.settings.email == "zlb@yancheng.gov.cn" && office.cycle == data.cycle)
        #expect(SettingKey.email.value(in: office) == "zlb@yancheng.gov.cn")
    }

    /// 第三条: the next cycle keeps the office's quotas (3 + 2) and the trimmed mean, with the
    /// deadlines on the same days of 2027; the places the 2026 list was sized for are not carried.
    /// The registry names 2027 current. A cycle before the open one, or one with work in it, is refused.
    @Test func theNextCycleCarriesQuotasAndPolicy() throws {
        var data = AwardFixture.data(count: 2)
        data.cycle.settings.awardQuota = 3
        data.cycle.settings.nominationQuota = 2
        data.cycle.settings.scoring = ScoringPolicy(trimExtremes: true, shortlistPlaces: 4)
        data.cycle.settings.reviewDeadline = Day("2026-07-15")!
        let settings = CycleSettings.carried(from: data.cycle.settings, to: 2027)
        let next = try data.applying(.registry(.createCycle(year: 2027, settings: settings)), context: Self.ctx)
        #expect(next.cycle.year == 2027 && next.cycle.applications.isEmpty)
        #expect(next.cycle.settings.applicationDeadline == Day("2027-03-31") && next.cycle.settings.reviewDeadline == Day("2027-07-15"))
        #expect(next.cycle.settings.awardQuota == 3 && next.cycle.settings.nominationQuota == 2)
        #expect(next.cycle.settings.scoring.trimExtremes && next.cycle.settings.scoring.shortlistPlaces == nil)
        #expect(next.registry.settings.currentCycle == 2027 && next.registry.organizations == data.registry.organizations)
        #expect(throws: DomainError.self) { try data.applying(.registry(.createCycle(year: 2025, settings: CycleSettings(year: 2025))), context: Self.ctx) }
        #expect(throws: DomainError.self) { try data.applying(.registry(.createCycle(year: 2026, settings: CycleSettings(year: 2026))), context: Self.ctx) }
    }
}
