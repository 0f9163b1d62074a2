import AwardDomain
import AwardStore
import Foundation

/// The fictional 2026 cycle in `sample-data/` (CSV as Excel writes it), loaded through the same
/// import path the office uses for its own files.
enum SampleData {
    static let year = SampleCycle.year

    static func folder(lang: Language) throws -> URL {
        var candidates: [URL] = []
        if let d = ProcessInfo.processInfo.environment["QAWARD_SAMPLE_DATA"] { candidates.append(URL(fileURLWithPath: d)) }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("sample-data"))
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sample-data"))
        for c in candidates where FileManager.default.fileExists(atPath: c.appendingPathComponent("orgs.csv").path) {
            return c
        }
        throw CommandFailure(Phrase(zh: "找不到样例数据目录 sample-data/：请在 qaward 源码目录中运行，或设置 QAWARD_SAMPLE_DATA",
                                    en: "Cannot find the sample-data/ folder: run from the qaward source folder or set QAWARD_SAMPLE_DATA").text(lang))
    }

    /// A new data directory under the system's temporary folder holding the sample cycle.
    static func makeDemoDirectory(lang: Language) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qaward-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))")
        try initialize(dir, lang: lang, actor: "demo")
        return dir
    }

    /// Makes `dir` a data directory and loads every sample file into it, each as one journaled change.
    static func initialize(_ dir: URL, lang: Language, actor: String) throws {
        let source = try folder(lang: lang)
        do {
            try Store.initialize(directory: dir, year: year, actor: actor)
            let store = try Store.open(directory: dir, actor: actor)
            defer { store.close() }
            if let problem = try store.loadSample(from: source) {
                throw CommandFailure(problem.file + ": " + problem.errors.report(lang: lang))
            }
        } catch let e as StoreError {
            throw CommandFailure(e.text(lang))
        }
    }
}
