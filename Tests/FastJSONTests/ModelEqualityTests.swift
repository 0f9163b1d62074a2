import AwardDomain
import AwardSynth
import FastJSON
import Foundation
import FuzzSupport
import Testing
@testable import AwardStore

/// The project's real model types decode to the same values through FastJSON as through
/// Foundation's JSONDecoder, from the bytes the store writes: generated registries and cycles, the
/// sample cycle, and the journal lines of a directory made from the sample files.
@Suite struct ModelEqualityTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let built = Synth.build(SynthParameters(organizations: 80, experts: 40, cycles: 3, applicantsPerCycle: 25, seed: 11))

    static func sample() -> AwardData? {
        SampleCycle.data(from: root.appendingPathComponent("sample-data"), context: ActionContext(actor: "test", at: Timestamp(millis: 1_774_830_000_000)))
    }

    // Generated data: every kind of record the store holds (groups, certificates, panels, draws,
    // submitted sheets, decided past cycles), in the stored envelope.
    @Test func generatedRegistryAndCycles() throws {
        let registry = EnvelopeCodec.encode(Self.built.registry, kind: "registry", seq: 3)
        expectSameAsFoundation(Envelope<Registry>.self, registry, "registry")
        #expect(try FastJSONDecoder().decode(Envelope<Registry>.self, from: registry).data == Self.built.registry)
        for cycle in Self.built.cycles {
            let bytes = EnvelopeCodec.encode(cycle, kind: "cycle", seq: 9)
            expectSameAsFoundation(Envelope<Cycle>.self, bytes, "cycle \(cycle.year)")
            #expect(try FastJSONDecoder().decode(Envelope<Cycle>.self, from: bytes).data == cycle)
        }
    }

    // The sample cycle as `qaward init --sample` loads it.
    @Test func sampleData() throws {
        let data = try #require(Self.sample())
        expectSameAsFoundation(Envelope<Registry>.self, EnvelopeCodec.encode(data.registry, kind: "registry", seq: 1), "sample registry")
        let cycle = EnvelopeCodec.encode(data.cycle, kind: "cycle", seq: 1)
        expectSameAsFoundation(Envelope<Cycle>.self, cycle, "sample cycle")
        #expect(try FastJSONDecoder().decode(Envelope<Cycle>.self, from: cycle).data == data.cycle)
    }

    // Journal lines (every action the sample load commits, store events, optional members) decode
    // alike, and the store's own parse accepts each.
    @Test func journalLines() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("fastjson-journal-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        let data = try #require(Self.sample())
        try Store.initialize(directory: dir, year: data.cycle.year, registry: data.registry, cycle: data.cycle, actor: "t")
        let store = try Store.open(directory: dir, actor: "t")
        for action in SampleCycle.reviewActions + SampleReview.panelActions(store.data) { _ = try? store.commit(action) }
        store.close()
        let lines = try Data(contentsOf: dir.appendingPathComponent("journal.jsonl")).split(separator: 0x0A)
        #expect(lines.count > 2)
        for (n, line) in lines.enumerated() {
            expectSameAsFoundation(JournalEntry.self, Data(line), "journal line \(n + 1)")
            guard case .success = JournalLine.parse(Data(line)) else { Issue.record("line \(n + 1) does not parse"); continue }
        }
    }

    // Seeded damage to a real file (a byte replaced by a JSON-significant one, a value cut short,
    // a member dropped): both decoders agree on the value or on the error's kind and path.
    @Test func damagedFilesAgree() {
        var rng = FuzzRNG(seed: Fuzz.seed ^ 0xF0)
        let cycle = Self.built.cycles[1]
        let original = [UInt8](EnvelopeCodec.encode(cycle, kind: "cycle", seq: 2))
        let replacements = Array("\"{}[],:0123456789.-eEtruefalsnl \\/xA".utf8) + [0x00, 0x1F, 0x80, 0xC3, 0xE4, 0xFF]
        for i in 0..<max(100, Fuzz.iterations / 20) {
            var bytes = original
            switch i % 3 {
            case 0: bytes[rng.int(0...(bytes.count - 1))] = rng.pick(replacements)
            case 1: bytes = Array(bytes.prefix(rng.int(0...(bytes.count - 1))))
            default:
                // Drop one line (a member, a bracket, or part of a value).
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                let drop = rng.int(0...(lines.count - 1))
                bytes = Array(lines.enumerated().filter { $0.offset != drop }.map(\.element).joined(separator: [0x0A]))
            }
            if hasTrailingComma(bytes) {
                // Foundation accepts `[1,]` and `{"a":1,}`; JSON does not, and neither does FastJSON.
                #expect(Result { try FastJSONDecoder().decode(Envelope<Cycle>.self, from: Data(bytes)) }.error.flatMap { ErrorShape($0) } == ErrorShape("dataCorrupted", ""))
            } else {
                expectSameAsFoundation(Envelope<Cycle>.self, Data(bytes), "damage \(i)")
            }
        }
    }
}

/// Whether a comma is followed (after whitespace) by a closing bracket. The generated files have
/// no string containing that, so a match is a trailing comma.
func hasTrailingComma(_ bytes: [UInt8]) -> Bool {
    var lastSignificant: UInt8 = 0
    for b in bytes where b != 0x20 && b != 0x0A && b != 0x09 && b != 0x0D {
        if (b == UInt8(ascii: "}") || b == UInt8(ascii: "]")) && lastSignificant == UInt8(ascii: ",") { return true }
        lastSignificant = b
    }
    return false
}

extension Result where Failure == Error {
    var error: Error? { if case .failure(let e) = self { e } else { nil } }
}

extension Envelope: Equatable where Payload: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.schema == b.schema && a.kind == b.kind && a.seq == b.seq && a.data == b.data }
}
