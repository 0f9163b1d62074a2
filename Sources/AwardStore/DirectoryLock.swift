#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import FastJSON
import Foundation

/// An exclusive `flock` on `qaward.lock`, held for the life of the store. The kernel releases it
/// when the holder's process ends however it ends, so a crashed qaward never blocks the next one;
/// the holder's pid, user and start time are written into the file for the refusal message.
final class DirectoryLock {
    private var fd: Int32
    let url: URL

    private init(fd: Int32, url: URL) { self.fd = fd; self.url = url }

    static func acquire(_ dir: DataDirectory, at time: Timestamp) throws(StoreError) -> DirectoryLock {
        let url = dir.lock
        // Never through a symbolic link: truncating the note would truncate the link's target.
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw Posix.fail(.lock, url.path) }
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EINTR { continue }
            close(fd)
            if code == EWOULDBLOCK {
                throw .locked(directory: dir.url, holder: holder(of: url))
            }
            throw Posix.fail(.lock, url.path, code)
        }
        let lock = DirectoryLock(fd: fd, url: url)
        let me = LockHolder(pid: getpid(), user: Posix.userName(), since: time)
        // The note is for people; the flock alone is the lock, so failing to write it is not fatal,
        // and it is not synced: after a power loss no process holds the lock, so no note is needed.
        if ftruncate(fd, 0) == 0, let note = try? Canonical.lineEncoder().encode(me) {
            try? Posix.writeAll(fd, note + Data([0x0A]), path: url.path)
        }
        return lock
    }

    /// Who holds the lock, as the holder wrote it; nil if the note is missing or unreadable.
    static func holder(of url: URL) -> LockHolder? {
        guard let data = try? Posix.read(url) else { return nil }
        return try? FastJSONDecoder().decode(LockHolder.self, from: data)
    }

    func release() {
        guard fd >= 0 else { return }
        flock(fd, LOCK_UN)
        close(fd)
        fd = -1
    }

    deinit { release() }
}
