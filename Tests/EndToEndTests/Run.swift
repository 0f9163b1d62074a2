import Foundation

/// Runs the built `qaward` with arguments, outside any terminal; returns its exit status and output.
struct Run {
    var status: Int32
    var stdout: String
    var stderr: String

    init(_ args: [String], environment: [String: String] = [:]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Paths.binary)
        p.arguments = args
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "LC_ALL")
        for (k, v) in environment { env[k] = v }
        p.environment = env
        p.currentDirectoryURL = Paths.packageRoot
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        status = p.terminationStatus
        stdout = String(decoding: o, as: UTF8.self)
        stderr = String(decoding: e, as: UTF8.self)
    }

    /// A new data directory holding the sample 2026 cycle.
    static func sampleDirectory() throws -> String {
        let dir = Paths.temporaryDirectory().appendingPathComponent("data").path
        let r = try Run(["init", "--data", dir, "--sample"])
        guard r.status == 0 else { throw InitFailed(message: r.stderr) }
        return dir
    }

    /// The sample directory with the first sample panel's draw voided, so that its applicants
    /// (A2026-001, -002, -003) may be drawn for again: an applicant sits on one standing panel per
    /// stage (第十一条（三）, condition P2).
    static func sampleDirectoryWithFirstPanelVoided() throws -> String {
        let dir = try sampleDirectory()
        let r = try Run(["draw", "void", "--data", dir, "D2026-01-1", "--reason", "组员回避，重新组建评审组"])
        guard r.status == 0 else { throw InitFailed(message: r.stderr) }
        return dir
    }

    struct InitFailed: Error { var message: String }
}
