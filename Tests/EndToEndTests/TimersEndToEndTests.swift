import Foundation
import Testing

/// The calendar and deadline commands and the timers screen, through the real binary. Dates are
/// checked by hand against the 2026 State Council notice: 10-01…10-07 off, Saturday 10-10 worked.
@Suite(.serialized) struct TimersEndToEndTests {
    @Test func calendarCommandsGiveTheHandCheckedDates() throws {
        let dir = try Run.sampleDirectory()
        // RULES.md §8: 5 working days from Wednesday 09-30, counting it: 09-30, 10-08, 10-09,
        // 10-10 (make-up Saturday), 10-12 → 2026-10-12.
        let add = try Run(["calendar", "add-workdays", "2026-09-30", "5", "--data", dir])
        #expect(add.status == 0)
        #expect(add.stdout == "2026-10-12\n")

        let sat = try Run(["calendar", "is-workday", "2026-10-10", "--data", dir])
        #expect(sat.stdout.hasPrefix("是\t2026-10-10\t星期六，调休上班日（国庆节补班）"))
        let off = try Run(["calendar", "is-workday", "2026-10-03", "--data", dir, "--lang", "en"])
        #expect(off.stdout.hasPrefix("no\t2026-10-03\tSaturday, day off: National Day"))

        // No 2027 notice is shipped: an error naming the year, never a Monday–Friday guess.
        let missing = try Run(["calendar", "is-workday", "2027-01-04", "--data", dir])
        #expect(missing.status == 1)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("工作日历缺少 2027 年的数据"))
        let across = try Run(["calendar", "add-workdays", "2026-12-30", "5", "--data", dir])
        #expect(across.status == 1 && across.stderr.contains("2027"))

        // Importing 2027 (test data, not the real notice) is saved: a new process sees it.
        let file = Paths.temporaryDirectory().appendingPathComponent("2027.json")
        try Data(#"{"year": 2027, "holidays": ["2027-01-01"], "adjusted_workdays": []}"#.utf8).write(to: file)
        let imp = try Run(["calendar", "import", file.path, "--data", dir])
        #expect(imp.status == 0, "\(imp.stderr)")
        let now = try Run(["calendar", "is-workday", "2027-01-04", "--data", dir])
        #expect(now.status == 0 && now.stdout.hasPrefix("是\t2027-01-04\t星期一，工作日"))
        // 12-30, 12-31, (01-01 off, weekend) 01-04, 01-05, 01-06 → 2027-01-06.
        let after = try Run(["calendar", "add-workdays", "2026-12-30", "5", "--data", dir])
        #expect(after.stdout == "2027-01-06\n")
    }

    @Test func deadlinesAsJSONAndTable() throws {
        let dir = try Run.sampleDirectory()
        // 第三条: the sample cycle's settings deadlines 2026-03-31 and 2026-06-30, seen on 06-29
        // (Monday): 1 calendar day to 06-30, working days 06-29 and 06-30 (today included) = 2 → due soon.
        let json = try Run(["deadlines", "--today", "2026-06-29", "--format", "json", "--data", dir])
        #expect(json.status == 0, "\(json.stderr)")
        let rows = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]] ?? []
        let review = rows.first { $0["type"] as? String == "reviewDeadline" }
        #expect(review?["daysLeft"] as? Int == 1)
        #expect(review?["workingDaysLeft"] as? Int == 2)
        #expect(review?["status"] as? String == "dueSoon")
        #expect(review?["end"] as? String == "2026-06-30")
        #expect(rows.first?["type"] as? String == "reviewDeadline") // most urgent first

        let table = try Run(["deadlines", "--today", "2026-06-29", "--data", dir])
        #expect(table.stdout.contains("截至 2026-06-29"))
        #expect(table.stdout.split(separator: "\n").contains { $0.contains("评审完成") && $0.contains("即将到期") })

        // Seen from 2027-01-04, the working days since the 2026 deadlines run into 2027, which is
        // not covered: the board is printed with "—" and the command exits 1 naming the year.
        let m = try Run(["deadlines", "--today", "2027-01-04", "--data", dir])
        #expect(m.status == 1)
        #expect(m.stderr.contains("2027"))
    }

    @Test
    func publicPeriodAndObjectionInTheTerminal() throws {
        // Public publicity lists candidates the committee approved (第十一条（七）, condition G1):
        // scoring is finished and the committee decides on A2026-001 and A2026-014 on 09-29.
        let dir = try Run.sampleDirectory()
        #expect(try Run(["--data", dir, "demo-scores"]).status == 0)
        for id in ["A2026-001", "A2026-014"] {
            let r = try Run(["--data", dir, "decide", "--application", id, "--meeting", "2026-09-29"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir) --today 2026-09-30")
        _ = try tmux.waitFor(text: "最紧迫的期限")
        try tmux.send(keys: "5")
        _ = try tmux.waitFor(text: "截至 2026-09-30")
        // 第十一条（七）: public publicity, 7 days from 09-30 → ends 10-06, shown before saving.
        try tmux.send(keys: "p")
        _ = try tmux.waitFor(text: "开始公示 GS2026-01")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "A2026-001 A2026-014")
        _ = try tmux.waitFor(text: "截止 2026-10-06（7天")
        try tmux.send(keys: "Enter")
        // 09-30 is the only working day left (10-01…10-06 off): 6 days, 1 working day, due soon.
        _ = try tmux.waitFor("the new period on the board") { lines in
            lines.contains { $0.contains("社会公示 · ") && $0.contains("2026-10-06") && $0.contains("即将到期") }
        }
        try tmux.send(keys: "o")
        _ = try tmux.waitFor(text: "登记异议 YY01")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "反映产品质量问题")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "A2026-014")
        try tmux.send(keys: "Enter")
        let screen = try tmux.waitFor(text: "异议 YY01　2026-09-30 收到")
        #expect(screen.contains { $0.contains("A2026-014") && $0.contains("异议待处理") })
        #expect(screen.contains { $0.contains("内容：反映产品质量问题") })
        try tmux.send(keys: "q")
    }
}
