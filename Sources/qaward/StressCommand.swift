import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// Hidden: commits real changes in a loop and prints `ack <seq> <id>` (written straight to the
/// file descriptor, so nothing waits in a buffer) after each one the store acknowledged. The kill
/// test (Tests/EndToEndTests/KillTests.swift) SIGKILLs it at random moments and then checks that
/// every acknowledged change survived. See docs/trust.md.
///
/// Changes rotate over three kinds, each writing its seq into a slot so that a later change to a
/// slot always carries a larger number:
/// - `org:K<n>`: organization K<n> named "压力测试单位 <seq>" (registry.json);
/// - `expert:KE<n>`: expert KE<n> with title "<seq>", availability toggled (registry.json);
/// - `milestone:K<n>`: milestone K<n> dated <seq> days after 2000-01-01 (cycles/<year>.json).
///
/// Every few changes the data files are checkpointed, at once or in the background.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stress", abstract: "Commit changes in a loop (for crash tests).",
                                                    shouldDisplay: false)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "How many changes to commit.")
    var changes: Int = 100

    /// Slots per kind: bounds how much the files grow however long the test runs.
    static let slots = 40
    static let epoch = Day(year: 2000, month: 1, day: 1)!

    static func creditCode(slot: Int) -> String {
        let first17 = "91320900KT" + String(format: "%07d", slot)
        return first17 + String(CreditCode.checkCharacter(first17) ?? "0")
    }

    /// The change committed as entry `seq`, and the slot id it writes.
    static func change(seq: Int) -> (Action, String) {
        let slot = (seq / 3) % slots
        switch seq % 3 {
        case 0:
            let org = Organization(id: "K\(slot)", name: "压力测试单位 \(seq)", creditCode: creditCode(slot: slot),
                                   county: .tinghu, established: Day(year: 2010, month: 1, day: 1)!)
            return (.registry(.upsertOrganization(org)), "org:K\(slot)")
        case 1:
            let e = Expert(id: "KE\(slot)", name: "压力测试专家", county: .yandu, title: String(seq), available: seq % 2 == 0)
            return (.registry(.upsertExpert(e)), "expert:KE\(slot)")
        default:
            let date = epoch.adding(days: seq % 70_000) ?? epoch
            return (.publicity(.setMilestone(Milestone(id: "K\(slot)", kind: .committeeMeeting, date: date))), "milestone:K\(slot)")
        }
    }

    func run() throws {
        let lang = global.language
        let store: Store
        do { store = try Store.open(directory: global.dataURL, actor: global.operatorName) } catch { throw CommandFailure(error.text(lang)) }
        defer { store.close() }
        for _ in 0..<max(0, changes) {
            let seq = store.lastSeq + 1
            let (action, id) = Self.change(seq: seq)
            do { try store.commit(action) } catch { throw CommandFailure(error.text(lang)) }
            FileHandle.standardOutput.write(Data("ack \(store.lastSeq) \(id)\n".utf8))
            // Checkpoints as the app makes them, so that kills also land while data files are
            // written: now (as at close), and prepared in the background (as between keys).
            switch seq % 7 {
            case 0: do { try store.checkpoint() } catch { throw CommandFailure(error.text(lang)) }
            case 3: if let error = store.checkpointWhenIdle(quiet: 0) { throw CommandFailure(error.text(lang)) }
            default: break
            }
        }
    }
}
