import Foundation
import Testing

/// Intake in the real binary: add an organization with a Chinese name through the form, find it
/// by incremental search, and read its eligibility panel (第十条, 第十一条（一）).
@Suite(.serialized)
struct IntakeE2ETests {
    @Test func addFindAndCheckAnOrganization() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path) --today 2026-03-20")
        try tmux.waitFor(text: "工作台")
        try tmux.send(literal: "2")
        try tmux.waitFor(text: "申报资格审查")
        try tmux.send(literal: "a")
        try tmux.waitFor(text: "新增申报组织")
        try tmux.send(literal: "盐城新丝路纺织科技有限公司")
        try tmux.send(keys: "Tab")
        // GB 32100 check of 91320900MA1XYT000: Σ value×weight = 2303, 2303 mod 31 = 9,
        // 31 − 9 = 22, and the 22nd character of 0-9A-Y (without I O S V Z) is N.
        try tmux.send(literal: "91320900MA1XYT000N")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "亭湖区")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "2015-06-01")
        try tmux.send(keys: "Enter")
        try tmux.waitFor("the form to close") { !$0.joined().contains("新增申报组织") }
        // Saved in the journal at once; the registry file catches up a quiet second later, while
        // the program is still open (a background checkpoint between keys).
        let registry = dir.appendingPathComponent("registry.json")
        let deadline = Date().addingTimeInterval(15)
        while Date() < deadline, !String(decoding: (try? Data(contentsOf: registry)) ?? Data(), as: UTF8.self).contains("盐城新丝路纺织科技有限公司") {
            usleep(100_000)
        }
        #expect(String(decoding: try Data(contentsOf: registry), as: UTF8.self).contains("盐城新丝路纺织科技有限公司"))
        try tmux.send(literal: "/")
        try tmux.send(literal: "新丝路")
        // The list and the new applicant's panel in one capture: tmux may be read between the
        // parts of one frame, and the panel before showed another applicant's checks.
        let found = try tmux.waitFor("the filtered list and its eligibility panel") {
            $0.contains { $0.contains("显示 1/21") } && $0.contains { $0.contains("✗ E1 第十条（一）") }
                && $0.contains { $0.contains("? E3 第十条（三）") }
        }
        #expect(found.contains { $0.contains("A2026-021") && $0.contains("盐城新丝路纺织") })
        // The eligibility panel of the new applicant: no declaration yet (E1 ✗), registered in
        // Yancheng and established 2015-06-01, over 4 years before 2026-03-31 (E2 ✓).
        let text = found.joined(separator: "\n")
        #expect(text.contains("盐城新丝路纺织科技有限公司"))
        #expect(text.contains("✗ E1 第十条（一）"))
        #expect(text.contains("✓ E2 第十条（二）"))
        #expect(text.contains("? E3 第十条（三）"))
        try tmux.send(keys: "Enter")
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        // The change was saved at once: the command line sees the new organization.
        let eligibility = try Run(["--data", dir.path, "eligibility", "--format", "json"])
        #expect(eligibility.stdout.contains("盐城新丝路纺织科技有限公司"))
    }

    @Test func aWrongCreditCodeIsRefusedInPlace() throws {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data")
        #expect(try Run(["--data", dir.path, "init", "--sample"]).status == 0)
        let tmux = try Tmux(command: "\(Paths.binary) --data \(dir.path) --today 2026-03-20")
        try tmux.waitFor(text: "工作台")
        try tmux.send(literal: "2")
        try tmux.send(literal: "a")
        try tmux.waitFor(text: "新增申报组织")
        try tmux.send(literal: "测试公司")
        try tmux.send(keys: "Tab")
        try tmux.send(literal: "91320900MA1XYT000M") // check character should be N
        try tmux.waitFor(text: "校验位应为“N”而不是“M”")
        try tmux.send(keys: "Enter")
        // Nothing saved: the form stays with every field in error marked (the empty date is
        // required) and the code's message beside it.
        let form = try tmux.waitFor(text: "必填")
        #expect(form.contains { $0.contains("校验位应为“N”而不是“M”") })
        try tmux.send(keys: "Escape")
        try tmux.send(literal: "q")
        try tmux.waitForShellPrompt()
        let eligibility = try Run(["--data", dir.path, "eligibility", "--format", "json"])
        #expect(!eligibility.stdout.contains("测试公司"))
    }
}
