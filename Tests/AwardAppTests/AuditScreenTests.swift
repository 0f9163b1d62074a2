import AwardDomain
import AwardStore
import Testing
import TerminalUI
@testable import AwardApp

/// The audit screen (key 9): the journal listed newest first with who, when (Asia/Shanghai) and
/// what; filters by operator and start day; the hash-chain check. Reading and checking the journal
/// are effects the run loop performs; the harness plays the store's part.
@Suite struct AuditScreenTests {
    /// Three entries: two clerks on two days. Times are Asia/Shanghai (+08:00).
    static func harness(lang: Language = .zh) -> AppHarness {
        var h = AppHarness(lang: lang)
        let org = Organization(id: "O0099", name: "盐城测试审计企业", creditCode: "91320900MA03800RQB", county: .tinghu, established: Day("2015-05-01")!)
        let lines: [(Int, String, String, Action)] = [
            (1, "2026-03-01T09:00:00.000+08:00", "王芳", .registry(.upsertOrganization(org))),
            (2, "2026-03-02T10:30:15.000+08:00", "李强", .intake(.setStatus(applicationID: "A2026-001", status: .submitted, note: ""))),
            (3, "2026-03-02T16:45:59.000+08:00", "王芳", .scoring(.submit(sheetID: "D/A2026-001/E003"))),
        ]
        h.journal = lines.map { seq, time, actor, action in
            AuditLogLine(entry: JournalEntry(seq: seq, time: Timestamp(iso: time)!, actor: actor, action: action),
                         summary: action.summary(isNew: seq == 1 ? true : nil))
        }
        return h
    }

    @Test func openingTheScreenLoadsTheJournalOnceNewestFirst() {
        var h = Self.harness()
        #expect(h.auditLoads.isEmpty)
        h.send(.char("9"))
        #expect(h.effects == [.loadAudit(since: nil, actor: nil)])
        #expect(h.auditLoads.count == 1)
        #expect(h.auditLoads.first?.since == nil && h.auditLoads.first?.actor == nil)
        var expected = AuditScreen()
        expected.rows = [h.journal[2], h.journal[1], h.journal[0]]
        expected.loaded = true
        #expect(h.model.audit == expected)
        // Moving in the list reads nothing more: the keystroke path does no I/O.
        h.send(.down, .up, .end)
        #expect(h.effects == [])
        #expect(h.auditLoads.count == 1)
        expected.table.selected = 2
        #expect(h.model.audit == expected)
        let text = h.screenText()
        #expect(text.contains("日志 3 条"))
        #expect(text.contains("2026-03-02 16:45:59"))
        #expect(text.contains("提交评分表 D/A2026-001/E003"))
        #expect(text.contains("新增组织 O0099 盐城测试审计企业"))
        let lines = h.screen()
        let newest = lines.firstIndex { $0.contains("提交评分表") } ?? 99
        let oldest = lines.firstIndex { $0.contains("新增组织") } ?? -1
        #expect(newest < oldest)
    }

    @Test func filterByOperator() {
        var h = Self.harness()
        h.send(.char("9"), .char("a"))
        h.type("李强")
        h.send(.enter)
        #expect(h.effects == [.loadAudit(since: nil, actor: "李强")])
        #expect(h.auditLoads.last?.actor == "李强")
        var expected = AuditScreen()
        expected.rows = [h.journal[1]]
        expected.loaded = true
        expected.actorField = TextFieldState("李强", maxLength: 64)
        expected.appliedActor = "李强"
        #expect(h.model.audit == expected)
        let text = h.screenText()
        #expect(text.contains("日志 1 条"))
        #expect(text.contains("申报 A2026-001 改为“已申报”"))
        #expect(!text.contains("提交评分表"))
        h.send(.char("c"))
        #expect(h.effects == [.loadAudit(since: nil, actor: nil)])
        expected.rows = [h.journal[2], h.journal[1], h.journal[0]]
        expected.actorField = TextFieldState("", maxLength: 64)
        expected.appliedActor = nil
        #expect(h.model.audit == expected)
        #expect(h.auditLoads.last?.actor == nil)
        #expect(h.screenText().contains("日志 3 条"))
    }

    // An invalid start day is held in the field with its message and nothing is read; a valid
    // one reads from that day on (2026-03-02: entries 2 and 3).
    @Test func filterBySinceValidatesInline() {
        var h = Self.harness()
        h.send(.char("9"), .char("d"))
        h.type("2026-02-30")
        h.send(.enter)
        #expect(h.auditLoads.count == 1)
        #expect(h.effects == [])
        var expected = AuditScreen()
        expected.rows = [h.journal[2], h.journal[1], h.journal[0]]
        expected.loaded = true
        expected.editing = .since
        expected.sinceField = TextFieldState("2026-02-30", maxLength: 10)
        #expect(h.model.audit == expected)
        #expect(h.screenText().contains("起始日期“2026-02-30”无效"))
        for _ in 0..<10 { h.send(.backspace) }
        h.type("2026-03-02")
        h.send(.enter)
        #expect(h.effects == [.loadAudit(since: Day("2026-03-02"), actor: nil)])
        #expect(h.auditLoads.last?.since == Day("2026-03-02"))
        expected.rows = [h.journal[2], h.journal[1]]
        expected.editing = nil
        expected.sinceField = TextFieldState("2026-03-02", maxLength: 10)
        expected.appliedSince = Day("2026-03-02")
        #expect(h.model.audit == expected)
        #expect(h.screenText().contains("日志 2 条"))
    }

    @Test func verifyShowsTheResult() {
        var h = Self.harness()
        h.send(.char("9"), .char("v"))
        #expect(h.effects == [.verifyAudit])
        #expect(h.screenText().contains("审计校验通过：已核对日志条目 3 条、数据文件 3 个"))
        let broken = AuditReport(entriesChecked: 1, filesChecked: 0, problems: [
            .entry(seq: 2, line: 2, detail: Phrase(zh: "内容与记录的哈希不符", en: "its content does not match its recorded hash")),
        ])
        h.auditReport = broken
        h.send(.char("v"))
        var expected = AuditScreen()
        expected.rows = [h.journal[2], h.journal[1], h.journal[0]]
        expected.loaded = true
        expected.report = broken
        #expect(h.model.audit == expected)
        #expect(h.model.status == StatusMessage("审计校验未通过（已核对 1 条，发现 1 处不一致）：日志 journal.jsonl 第 2 行（第 2 条）：内容与记录的哈希不符",
                                                kind: .error))
        let text = h.screenText()
        #expect(text.contains("审计校验未通过（已核对 1 条，发现 1 处不一致）"))
        #expect(text.contains("第 2 行"))
    }

    @Test func englishAndSmallestSize() {
        var h = Self.harness(lang: .en)
        h.send(.char("9"))
        let lines = h.screen(width: 80, height: 24)
        #expect(lines.joined().contains("Submitted score sheet D/A2026-001/E003"))
        #expect(lines.joined().contains("Operator"))
        for l in lines { #expect(displayWidth(l) <= 80) }
    }
}
