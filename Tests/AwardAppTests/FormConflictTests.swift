import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// A form's conflict check counts from when the form opened (several processes on one data
/// directory): a change another process saved to the same record while the form was open is not
/// overwritten; the save is refused in the form, naming who changed what, with what was typed kept.
@Suite struct FormConflictTests {
    /// The organization of A2026-001 as another process renames it.
    static func renamed(_ h: AppHarness) -> Action {
        var org = h.model.data.registry.organization("O0003")!
        org.name = "盐城海瀚新能源科技股份有限公司"
        return .registry(.upsertOrganization(org))
    }

    @Test func anotherProcessChangedTheRecordAfterTheFormOpened() throws {
        var h = AppHarness()
        h.send(.char("2"), .char("e"))
        let opened = try #require(h.model.intake.form)
        #expect(opened.orgID == "O0003" && opened.modal.openedAt == 0)
        h.send(.tab, .tab, .tab, .tab, .tab)
        h.type("新能源装备")
        // Meanwhile a colleague's qaward renames the organization; this one reads it at the next
        // quiet moment, while the form is open.
        try h.io.othersSave(FormConflictTests.renamed(h), by: "李四", today: Day("2026-03-20")!)
        h.send(.tick)
        #expect(h.model.data.registry.organization("O0003")?.name == "盐城海瀚新能源科技股份有限公司")
        #expect(h.model.journalSeq == 1)
        h.send(.enter)
        // Saving would put back the old name without a word: refused, naming who changed what.
        #expect(h.committed.isEmpty)
        let m = try #require(h.model.intake.form?.modal)
        #expect(m[.industry].hasSuffix("新能源装备"))
        #expect(m.refusal?.zh.contains("李四") == true)
        #expect(m.refusal?.zh.contains("O0003") == true || m.refusal?.zh.contains("盐城海瀚") == true)
        #expect(!m.waiting)
        #expect(h.screenText().contains("李四"))
        #expect(h.model.data.registry.organization("O0003")?.name == "盐城海瀚新能源科技股份有限公司")

        // Opened again, the form starts from the colleague's change and saves.
        h.send(.escape, .char("e"))
        #expect(h.model.intake.form?.modal.openedAt == 1)
        #expect(h.model.intake.form?.modal[.name] == "盐城海瀚新能源科技股份有限公司")
        h.send(.tab, .tab, .tab, .tab, .tab)
        h.type("新能源装备")
        h.send(.enter)
        #expect(h.committed.count == 1)
        #expect(h.model.intake.form == nil)
    }

    @Test func aChangeToAnotherRecordDoesNotStopTheSave() throws {
        var h = AppHarness()
        h.send(.char("2"), .char("e"))
        var other = h.model.data.registry.organization("O0004")!
        other.industry = "机械"
        try h.io.othersSave(.registry(.upsertOrganization(other)), by: "李四", today: Day("2026-03-20")!)
        h.send(.tick)
        h.send(.tab, .tab, .tab, .tab, .tab)
        h.type("新能源")
        h.send(.enter)
        #expect(h.committed.count == 1)
        #expect(h.model.data.registry.organization("O0004")?.industry == "机械")
    }
}

/// The settings form (第三条's deadlines and quotas, the office's contact) counts from when it
/// opened too: a colleague's change to the office's settings meanwhile is not overwritten.
@Suite struct SettingsConflictTests {
    @Test func theOfficeSettingsChangedByAnotherProcessAreNotOverwritten() throws {
        var h = AppHarness()
        h.send(.char("8"), .char("e"))
        let telephone = SettingKey.allCases.firstIndex(of: .telephone)!
        for _ in 0..<telephone { h.send(.tab) }
        h.send(.ctrl("u"))
        h.type("0515-88880000")
        // Meanwhile another qaward sets the contact person.
        var office = h.model.data.registry.settings
        office.contactPerson = "王科长"
        try h.io.othersSave(.registry(.updateSettings(office)), by: "李四", today: Day("2026-03-20")!)
        h.send(.tick)
        h.send(.enter)
        #expect(h.committed.isEmpty)
        let m = try #require(h.model.settings.modal)
        #expect(m[.setting(.telephone)] == "0515-88880000")
        #expect(m.refusal?.zh.contains("李四") == true)
        #expect(m.refusal?.zh.contains("李四") == true)
        #expect(h.model.data.registry.settings.contactPerson == "王科长")
    }
}
