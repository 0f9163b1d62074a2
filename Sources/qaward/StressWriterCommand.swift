import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// Hidden: one of several writers on one data directory, for the concurrent-writers test
/// (Tests/EndToEndTests/ConcurrentWritersTests.swift). Writer W commits changes n = 1, 2, … in
/// turn and prints `ack W n SEQ` (one write, straight to the descriptor) after each one the store
/// acknowledged as journal entry SEQ. Change n writes n into slot n mod 12 of this writer:
/// odd n an organization `W<W>-<slot>` named "并发测试 W n" (registry.json), even n a milestone
/// `W<W>-<slot>` dated n days after 2000-01-01 (the cycle file). Every seventh change checkpoints,
/// at once or prepared in the background, so kills also land while files are written.
struct StressWriterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stress-writer", abstract: "Commit changes as one of several writers (for tests).",
                                                    shouldDisplay: false)

    @OptionGroup var global: GlobalOptions
    @Option(help: "This writer's number.") var writer: Int
    @Option(help: "How many changes to commit.") var changes: Int = 100

    static let slots = 12
    static let epoch = Day(year: 2000, month: 1, day: 1)!

    static func change(writer w: Int, n: Int) -> Action {
        let slot = n % slots
        if n % 2 == 1 {
            let first17 = "91320900W" + String(format: "%03d%05d", w % 1000, slot)
            let org = Organization(id: "W\(w)-\(slot)", name: "并发测试 \(w) \(n)", creditCode: first17 + String(CreditCode.checkCharacter(first17) ?? "0"),
                                   county: .tinghu, established: Day(year: 2010, month: 1, day: 1)!)
            return .registry(.upsertOrganization(org))
        }
        return .publicity(.setMilestone(Milestone(id: "W\(w)-\(slot)", kind: .committeeMeeting, date: epoch.adding(days: n) ?? epoch)))
    }

    func run() throws {
        let lang = global.language
        let store = try global.openStore()
        defer { store.close() }
        for n in 1...max(1, changes) {
            do { try store.commit(Self.change(writer: writer, n: n)) } catch { throw CommandFailure(error, lang) }
            let line = Data("ack \(writer) \(n) \(store.lastSeq)\n".utf8)
            line.withUnsafeBytes { _ = write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            switch n % 7 {
            case 0: do { try store.checkpoint() } catch { throw CommandFailure(error, lang) }
            case 3: if let error = store.checkpointWhenIdle(quiet: 0) { throw CommandFailure(error, lang) }
            default: break
            }
        }
    }
}
