#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A power cut, for tests (as SQLite's crash tests do): watches every write and sync the store
/// makes in one data directory, keeps what a disk would still hold after power is lost (a file's
/// content as of its last fsync, a folder's names as of its last fsync), and at a chosen call
/// cuts the power: that call and everything after it never reach the disk, except, for a write
/// cut in the middle, the first half of its bytes ("torn"). `image()` is the directory as it
/// would be found on the next boot. Used through `Posix`; nil (and free) outside tests.
final class PowerLossLayer: @unchecked Sendable {
    /// The layer in force, if any; only paths under its directory are watched.
    nonisolated(unsafe) static var current: PowerLossLayer?

    let root: String
    /// The call (0-based, counting writes and syncs under `root`) at which the power goes; nil
    /// to count only.
    let cutAt: Int?
    let tear: Bool
    private let lock = NSLock()
    private(set) var calls = 0
    private(set) var cut = false
    /// Whether the call the power went at was a write (so tearing it means something).
    private(set) var cutWasWrite = false
    private var content: [UInt64: Data] = [:]
    private var names: [String: [String: UInt64]] = [:]
    private var torn: (inode: UInt64, bytes: Data)?

    /// Starts from the directory as it is, all of it durable.
    init(directory: URL, cutAt: Int?, tear: Bool) {
        root = directory.standardizedFileURL.path
        self.cutAt = cutAt
        self.tear = tear
        for folder in Self.folders(root) { snapshotNames(folder, readContent: true) }
    }

    private static func folders(_ root: String) -> [String] {
        [root] + ["cycles", "rubrics", "history"].map { root + "/" + $0 }
    }

    private func snapshotNames(_ folder: String, readContent: Bool) {
        var map: [String: UInt64] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            var st = stat()
            guard lstat(folder + "/" + name, &st) == 0, st.st_mode & S_IFMT == S_IFREG else { continue }
            map[name] = UInt64(st.st_ino)
            if readContent { content[UInt64(st.st_ino)] = FileManager.default.contents(atPath: folder + "/" + name) ?? Data() }
        }
        names[folder] = map
    }

    private func watched(_ path: String) -> Bool { path == root || path.hasPrefix(root + "/") }

    /// Counts one call; true when the power is (or has just gone) out, so the call must not happen.
    private func tick(write: Bool) -> Bool {
        if cut { return true }
        defer { calls += 1 }
        guard calls == cutAt else { return false }
        cut = true
        cutWasWrite = write
        return true
    }

    /// Before `write(fd, data)`: false when the power is out (write nothing).
    func write(_ fd: Int32, _ data: Data, path: String) -> Bool {
        guard watched(path) else { return true }
        lock.lock(); defer { lock.unlock() }
        guard tick(write: true) else { return true }
        if tear && cutWasWrite && torn == nil, let ino = Self.inode(fd) {
            torn = (ino, Data(data.prefix(data.count / 2)))
        }
        return false
    }

    /// Before `fsync(fd)`: false when the power is out; otherwise the file's content now is durable.
    func syncFile(_ fd: Int32, path: String) -> Bool {
        guard watched(path) else { return true }
        lock.lock(); defer { lock.unlock() }
        if tick(write: false) { return false }
        if let ino = Self.inode(fd) { content[ino] = FileManager.default.contents(atPath: "/proc/self/fd/\(fd)") ?? Data() }
        return true
    }

    /// Before `fsync` of a folder: false when the power is out; otherwise its names now are durable.
    func syncFolder(_ path: String) -> Bool {
        guard watched(path) else { return true }
        lock.lock(); defer { lock.unlock() }
        if tick(write: false) { return false }
        snapshotNames(path, readContent: false)
        return true
    }

    private static func inode(_ fd: Int32) -> UInt64? {
        var st = stat()
        return fstat(fd, &st) == 0 ? UInt64(st.st_ino) : nil
    }

    /// The directory as found after the power cut: each durable name with its inode's durable
    /// content (empty if never synced), plus the torn half of the write cut short.
    func image() -> [String: Data] {
        lock.lock(); defer { lock.unlock() }
        var out: [String: Data] = [:]
        for (folder, map) in names {
            let rel = folder == root ? "" : String(folder.dropFirst(root.count + 1)) + "/"
            for (name, ino) in map {
                var bytes = content[ino] ?? Data()
                if let torn, torn.inode == ino { bytes += torn.bytes }
                out[rel + name] = bytes
            }
        }
        return out
    }
}
