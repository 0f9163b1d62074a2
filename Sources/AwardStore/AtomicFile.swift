#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A failure injected at one step of a save, so tests can show that an interrupted save leaves
/// the previous file intact without filling a real disk.
struct FaultPlan: Sendable {
    enum Step: Sendable { case tempCreated, tempWritten, tempSynced, journalWritten }
    var step: Step
    var code: Int32 = ENOSPC
    /// Only saves of a path ending with this; nil for any.
    var pathSuffix: String? = nil

    func check(_ s: Step, path: String) throws(StoreError) {
        guard s == step, pathSuffix.map({ path.hasSuffix($0) }) ?? true else { return }
        throw Posix.fail(.write, path, code)
    }
}

/// Replaces a file so that a reader sees either the whole old file or the whole new one.
enum AtomicFile {
    /// Temp files are `.<name>.tmp-<pid>-<n>` beside the target, so the rename stays on one
    /// file system; `isTemp` lets open clean up those a killed process left behind.
    static func tempName(for name: String) -> String {
        ".\(name).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    static func isTemp(_ name: String) -> Bool { name.hasPrefix(".") && name.contains(".tmp-") }

    /// Whether the process that made a temp file (its pid is in the name) is still running, so
    /// that another process's checkpoint in progress is left alone. Not this process: a temp of
    /// its own found at open is from an earlier process that had the same pid.
    static func ownerIsAlive(ofTemp name: String) -> Bool {
        guard let r = name.range(of: ".tmp-", options: .backwards),
              let pid = Int32(name[r.upperBound...].prefix { $0 != "-" }), pid > 0, pid != getpid() else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }

    /// The file name a temp file was made for: `.2026.json.tmp-12-345` → `2026.json`.
    static func target(ofTemp name: String) -> String {
        guard let r = name.range(of: ".tmp-", options: .backwards) else { return name }
        return String(name[name.index(after: name.startIndex)..<r.lowerBound])
    }

    /// A complete, synced temp file beside its target, waiting to be renamed over it. Written
    /// ahead (possibly on another thread) so that installing it is only a rename.
    struct Prepared: Sendable {
        var target: URL
        var temp: URL
        /// Lowercase hex SHA-256 of the bytes, for the journal.
        var digest: String

        /// Removes the temp file of a save that will not happen.
        func discard() { unlink(temp.path) }
    }

    /// Writes all of `data` to a new temp file in `url`'s folder (O_CREAT|O_EXCL, 0600) and fsyncs
    /// it. On failure the temp file is removed and nothing else was touched.
    static func prepare(_ data: Data, for url: URL, fault: FaultPlan? = nil) throws(StoreError) -> Prepared {
        let temp = url.deletingLastPathComponent().appendingPathComponent(tempName(for: url.lastPathComponent))
        let fd = open(temp.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Posix.fail(.create, url.path) }
        do throws(StoreError) {
            try fault?.check(.tempCreated, path: url.path)
            try Posix.writeAll(fd, data, path: url.path)
            try fault?.check(.tempWritten, path: url.path)
            try Posix.fsyncFile(fd, path: url.path)
            try fault?.check(.tempSynced, path: url.path)
        } catch {
            close(fd)
            unlink(temp.path)
            throw error
        }
        close(fd)
        return Prepared(target: url, temp: temp, digest: Canonical.sha256Hex(data))
    }

    /// Renames a prepared temp file over its target and fsyncs the folder. On a failed rename the
    /// temp file is removed and the previous file is left as it was.
    static func install(_ p: Prepared) throws(StoreError) {
        if rename(p.temp.path, p.target.path) != 0 {
            let error = Posix.fail(.rename, p.target.path)
            p.discard()
            throw error
        }
        // The new file is in place; a failed folder sync only risks it on power loss, so report it.
        try Posix.fsyncDirectory(p.target.deletingLastPathComponent())
    }

    /// Writes a temp file, fsyncs it, renames it over `url` and fsyncs the folder: a reader sees
    /// the whole old file or the whole new one.
    static func write(_ data: Data, to url: URL, fault: FaultPlan? = nil) throws(StoreError) {
        try install(prepare(data, for: url, fault: fault))
    }

    /// Puts `source` (a history version) back in place of `url` by a hard link and a rename, which
    /// needs no free space: used to take back a save on a full disk.
    static func replace(_ url: URL, withLinkTo source: URL) throws(StoreError) {
        let temp = url.deletingLastPathComponent().appendingPathComponent(tempName(for: url.lastPathComponent))
        if link(source.path, temp.path) != 0 {
            guard let bytes = try Posix.read(source) else { throw Posix.fail(.read, source.path, ENOENT) }
            try write(bytes, to: url)
            return
        }
        let renamed = rename(temp.path, url.path) == 0
        let code = errno
        // rename does nothing when both names are already links to one file; the temp must go either way.
        unlink(temp.path)
        guard renamed else { throw Posix.fail(.rename, url.path, code) }
        try Posix.fsyncDirectory(url.deletingLastPathComponent())
    }
}
