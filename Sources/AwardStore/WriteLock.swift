#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The short exclusive lock under which one change is checked against the latest journal and
/// appended to it, so that several qaward processes (the office's UIs, reviewers' UIs, commands)
/// share one data directory and no two ever write one entry number.
///
/// It is an `flock` on an open descriptor of the data directory itself, not on a lock file: a
/// lock file can be deleted or replaced while held, and the next process would lock a new file
/// and write beside the holder. A directory with files in it cannot be deleted, and after locking
/// the holder checks that the path still names the directory it locked (device and inode), so a
/// directory moved or replaced meanwhile is noticed rather than written through. The kernel drops
/// the lock when its holder dies, however it dies.
final class WriteLock {
    let directory: URL
    private var fd: Int32
    private let identity: (dev: UInt64, ino: UInt64)

    init(_ directory: URL) throws(StoreError) {
        self.directory = directory
        fd = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Posix.fail(.lock, directory.path) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            throw Posix.fail(.lock, directory.path, code)
        }
        identity = (UInt64(info.st_dev), UInt64(info.st_ino))
    }

    deinit { if fd >= 0 { close(fd) } }

    /// Runs `body` holding the lock, waiting up to `timeout` for another holder (whose changes are
    /// a few milliseconds each) to let go.
    /// Re-entrant: a checkpoint inside a cycle's creation holds the lock already.
    func hold<T>(timeout: TimeInterval = 10, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        if depth == 0 { try acquire(timeout: timeout) }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 { flock(fd, LOCK_UN) }
        }
        return try body()
    }

    /// How many `hold`s are running on this thread's stack (the store is used from one thread).
    private var depth = 0

    private func acquire(timeout: TimeInterval) throws(StoreError) {
        let deadline = Date().addingTimeInterval(timeout)
        var pause: useconds_t = 200
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            guard code == EWOULDBLOCK else { throw Posix.fail(.lock, directory.path, code) }
            guard Date() < deadline else { throw .locked(directory: directory, holder: nil) }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        var now = stat()
        guard stat(directory.path, &now) == 0, UInt64(now.st_dev) == identity.dev, UInt64(now.st_ino) == identity.ino else {
            flock(fd, LOCK_UN)
            throw .directoryReplaced(directory: directory)
        }
    }
}
