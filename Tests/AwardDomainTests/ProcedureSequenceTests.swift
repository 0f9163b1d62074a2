import Foundation
import Testing
@testable import AwardDomain

/// The procedure holds whatever the order of the actions: random sequences of valid and invalid
/// actions, from random points of the office's usual path (`ProcedureModel.prefix`), applied
/// through `AwardData.applying`; after every step the invariants hold (`ProcedureInvariants`),
/// the board date makes no difference to any step, and the journal of accepted steps replays to
/// the same state. A failing sequence is shrunk to the steps that still fail and printed.
/// `QAWARD_PROCEDURE_STEPS` sets the number of random steps (default 10,000).
@Suite struct ProcedureSequenceTests {
    static var steps: Int { Int(ProcessInfo.processInfo.environment["QAWARD_PROCEDURE_STEPS"] ?? "") ?? 10_000 }
    static let perSequence = 50

    struct Outcome {
        var failure: String?
        var accepted = 0
        var refused = 0
    }

    /// Runs fixed steps from `start`, checking everything after each.
    static func run(_ steps: [ProcedureModel.Step], from start: AwardData) -> Outcome {
        var out = Outcome()
        var data = start
        var journal: [ProcedureModel.Step] = []
        // The draw in force when each live sheet was started, as this run saw it happen.
        var madeUnder: [String: String] = [:]
        for (i, s) in steps.enumerated() {
            let next = try? data.applying(s.action, context: s.context)
            // The board date only changes what the board shows: the step comes out the same with
            // another board date.
            var other = s
            other.board = s.board.adding(days: 400)!
            if (try? data.applying(s.action, context: other.context)) != next {
                out.failure = "step \(i): the board date changed the outcome"
                return out
            }
            if let next {
                out.accepted += 1
                journal.append(s)
                let started = Dictionary(data.cycle.sheets.map { ($0.id, $0.history.first?.at) }, uniquingKeysWith: { a, _ in a })
                for sheet in next.cycle.sheets where started[sheet.id] == nil || started[sheet.id]! != sheet.history.first?.at {
                    madeUnder[sheet.id] = data.cycle.panel(sheet.panelID)?.drawID
                }
                if let f = ProcedureInvariants.all(before: data, after: next, action: s.action, accepted: true, clock: s.at.day, madeUnder: madeUnder) {
                    out.failure = "step \(i): \(f)"
                    return out
                }
                data = next
            } else {
                out.refused += 1
            }
        }
        var replay = start
        for s in journal {
            guard let next = try? replay.applying(s.action, context: s.context) else {
                out.failure = "the journal does not replay: \(s) is refused"
                return out
            }
            replay = next
        }
        if replay != data { out.failure = "the journal replays to another state" }
        return out
    }

    /// One sequence: the usual path to a random stage, then random actions as the clock moves on.
    static func sequence(seed: UInt64, length: Int) -> [ProcedureModel.Step] {
        var rng = SplitMix64(seed: seed)
        let start = ProcedureModel.world()
        var steps = ProcedureModel.prefix(Int(rng.next() % 9), data: start, rng: &rng)
        var data = start
        for s in steps { if let n = try? data.applying(s.action, context: s.context) { data = n } }
        var clock = steps.last.map { $0.at.day } ?? Day("2026-03-20")!
        for i in 0..<length {
            clock = clock.adding(days: Int(rng.next() % 4))!
            let board = clock.adding(days: Int(rng.next() % 21) - 10)!
            let s = ProcedureModel.Step(action: ProcedureModel.randomAction(data, clock: clock, rng: &rng),
                                        at: ProcedureModel.at(clock, i), board: board)
            if let n = try? data.applying(s.action, context: s.context) { data = n }
            steps.append(s)
        }
        return steps
    }

    /// Removes steps while the sequence still fails: halves, then quarters, … then single steps.
    static func shrink(_ steps: [ProcedureModel.Step], from start: AwardData) -> [ProcedureModel.Step] {
        var current = steps
        var chunk = max(1, current.count / 2)
        while chunk >= 1 {
            var i = 0
            var removed = false
            while i < current.count {
                var candidate = current
                candidate.removeSubrange(i..<min(i + chunk, candidate.count))
                if run(candidate, from: start).failure != nil { current = candidate; removed = true } else { i += chunk }
            }
            if !removed { chunk /= 2 }
        }
        return current
    }

    @Test func randomSequencesKeepTheProcedure() {
        let total = Self.steps
        var done = 0, accepted = 0, refused = 0, sequences = 0
        var seed: UInt64 = 0x19_2026
        while done < total {
            let steps = Self.sequence(seed: seed, length: min(Self.perSequence, total - done))
            let outcome = Self.run(steps, from: ProcedureModel.world())
            sequences += 1
            accepted += outcome.accepted
            refused += outcome.refused
            done += min(Self.perSequence, total - done)
            if let f = outcome.failure {
                let shrunk = Self.shrink(steps, from: ProcedureModel.world())
                let why = Self.run(shrunk, from: ProcedureModel.world()).failure ?? f
                let listing = shrunk.enumerated().map { "  \($0.offset): \($0.element)" }.joined(separator: "\n")
                Issue.record(Comment(rawValue: "seed \(seed): \(why)\nshrunk to \(shrunk.count) of \(steps.count) steps:\n\(listing)"))
                return
            }
            seed &+= 1
        }
        print("procedure model: \(done) random steps in \(sequences) sequences, plus the usual path before each; \(accepted) accepted, \(refused) refused")
        // Both kinds must occur, or the test would prove nothing.
        #expect(accepted > total / 20 && refused > total / 20)
    }
}
