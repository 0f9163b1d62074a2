import AwardDomain
import Testing
import TerminalUI
@testable import AwardApp

/// The places per tier (第三条: the quotas are upper bounds; places may stay empty with the
/// reason recorded) are set from the settings screen's form and the awards screen's `p` form:
/// both save the one action `.award(.setPlaces)` and check as typed with the reducer's own rule
/// (`RecommendationPolicy.placesProblem`, `reasonProblem`), so both say the same words.
@Suite struct PlacesFormsTests {
    /// The sample's quotas are 5 and 5, places not chosen (5 and 5). Award places 3 with no
    /// reason: both forms mark the reason field with the reducer's words; 6 is over the quota.
    @Test func bothFormsCheckThePlacesWithTheReducersRule() {
        let s = AppHarness.sampleData().cycle.settings
        #expect(s.awardQuota == 5 && s.nominationQuota == 5)
        let reason = RecommendationPolicy.reasonProblem(award: 3, nomination: nil, note: "", settings: s)?.phrase
        #expect(reason?.zh == "少评或空缺须记录理由（如会议纪要）（第三条）")
        let over = RecommendationPolicy.placesProblem(6, tier: .award, settings: s)?.phrase
        #expect(over?.zh == "盐城市市长质量奖评定数量应在 0 至 5 之间（第三条）")

        // Settings `e`: award places is the fifth field.
        var h = AppHarness()
        h.send(.char("8"), .char("e"), .tab, .tab, .tab, .tab, .ctrl("u"))
        h.type("3")
        var m = h.model.settings.modal!
        #expect(m.fields.last?.error == nil) // the reason shows once Enter is tried
        h.send(.enter)
        m = h.model.settings.modal!
        #expect(h.committed.isEmpty)
        #expect(m.fields.last?.name == .note && m.fields.last?.error == reason)
        #expect(h.model.status == StatusMessage("表单有错误，未保存：请按提示修改", kind: .error))
        h.send(.escape)

        // Awards `p`: the same labels as the settings table and the same words.
        h.send(.char("7"), .char("p"), .ctrl("u"))
        h.type("3")
        let a = h.model.awards.form!.modal
        #expect(a.fields[0].label == SettingKey.awardPlaces.label)
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.model.awards.form?.modal.fields[2].error == reason)
        h.send(.ctrl("u"))
        h.send(.backTab, .backTab, .ctrl("u"))
        h.type("6")
        #expect(h.model.awards.form?.modal.fields[0].error == over)
        h.send(.escape)

        // With the reason, each form saves the one action.
        h.send(.char("8"), .char("e"), .tab, .tab, .tab, .tab, .ctrl("u"))
        h.type("3")
        h.send(.backTab, .backTab, .backTab, .backTab, .backTab) // from the fifth field back round to the last, the reason
        h.type("委员会办公室会议纪要")
        h.send(.enter)
        #expect(h.committed == [.award(.setPlaces(award: 3, nomination: nil, note: "委员会办公室会议纪要"))]) // nomination left as it was: not chosen
    }
}
