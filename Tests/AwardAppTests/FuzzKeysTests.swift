import FuzzSupport
import AwardDomain
import AwardStore
import Testing
import TerminalUI
@testable import AwardApp

/// Random key sequences on every screen, as a clerk's elbow or a confused input method sends
/// them (printable and Chinese characters, F-keys, control keys, resizes), rendered at random
/// sizes from 1×1 to 200×60: no crash, and every frame fits its buffer.
@Suite struct FuzzKeysTests {
    static let keys: [Key] = [
        .enter, .escape, .tab, .backTab, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
        .backspace, .delete, .insert, .resize, .ctrl("s"), .ctrl("u"), .ctrl("a"), .ctrl("e"), .ctrl("c"), .ctrl("z"),
    ] + (1...12).map { Key.function($0) }
    static let characters: [Character] = Array("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ/?-.,;:~'\"%0") +
        Array("盐城市市长质量奖申报评审专家组亭湖区是否２０２６年３月") + ["👩‍👩‍👧", "e\u{301}", "\u{0}", "\u{7F}", "\t", "\n"]

    static func randomKey(_ rng: inout FuzzRNG) -> Key {
        switch rng.int(0...9) {
        case 0...4: .char(rng.pick(characters))
        case 5: .char(Character(String(rng.int(1...9)))) // screen keys, now and then
        default: rng.pick(keys)
        }
    }

    /// Renders at `width`×`height` and checks each row is exactly the buffer's width.
    static func renderFits(_ h: AppHarness, width: Int, height: Int, note: String) {
        var m = h.model
        m.viewport = (width, height)
        var buf = Buffer(width: width, height: height)
        let cursor = m.render(into: &buf)
        let lines = buf.lines()
        #expect(lines.count == height, "\(note)")
        for (y, line) in lines.enumerated() where displayWidth(line) > width {
            Issue.record("\(note): row \(y) is \(displayWidth(line)) columns wide in a \(width)×\(height) buffer")
        }
        if let c = cursor {
            #expect(c.x >= 0 && c.x <= width && c.y >= 0 && c.y < height, "\(note): cursor at \(c) outside \(width)×\(height)")
        }
    }

    @Test(arguments: ScreenID.allCases)
    func randomKeysOnEveryScreen(_ screen: ScreenID) {
        var rng = FuzzRNG(seed: Fuzz.seed &+ UInt64(screen.tab))
        for reviewer in [nil, "E001"] as [String?] {
            var h = AppHarness(reviewer: reviewer)
            h.send(screen.numberKey)
            for i in 0..<max(100, Fuzz.iterations / 10) {
                let key = Self.randomKey(&rng)
                h.send(key)
                // Back to the screen under test now and then, so each gets most of the keys.
                if h.model.screen != screen && rng.chance(0.3) { h.send(.escape, .escape, screen.numberKey) }
                let size = rng.chance(0.2) ? (rng.int(1...200), rng.int(1...60)) : (rng.int(80...200), rng.int(24...60))
                h.model.viewport = size
                if i % 3 == 0 {
                    Self.renderFits(h, width: size.0, height: size.1, note: "\(screen) reviewer \(reviewer ?? "-") key \(i) \(key)")
                }
            }
        }
    }

    // A 10,000-character name typed into the organization form: the form shows a window of it,
    // the save goes through the same checks, and nothing overflows at 80×24 or 200×60.
    @Test func tenThousandCharacterNameInTheForm() {
        var h = AppHarness()
        h.send(.char("2"), .char("a"))
        h.type(String(repeating: "盐", count: 10_000))
        Self.renderFits(h, width: 80, height: 24, note: "form with a long name")
        Self.renderFits(h, width: 200, height: 60, note: "form with a long name")
        h.send(.enter)
        Self.renderFits(h, width: 80, height: 24, note: "after save")
    }

    // Absurd dates typed into date fields (the organization form's 成立日期, the audit screen's
    // start day) are held back with a message, never saved, never a crash.
    @Test func absurdDatesInFields() {
        var h = AppHarness()
        h.send(.char("9"), .char("d"))
        h.type("9999-12-31")
        h.send(.enter)
        #expect(h.auditLoads.count == 1) // only the one on opening the screen
        #expect(h.screenText().contains("9999-12-31"))
        h.send(.ctrl("u"))
        h.type("99999999999999999999")
        Self.renderFits(h, width: 80, height: 24, note: "audit since field")
    }
}
