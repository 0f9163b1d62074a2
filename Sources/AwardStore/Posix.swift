#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

private func systemRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer?, _ n: Int) -> Int { read(fd, buf, n) }

/// Thin wrappers over the system calls the store uses, turning -1 into a `StoreError` that names
/// the file. Only these touch file descriptors.
enum Posix {
    static func fail(_ op: IOFailure.Operation, _ path: String, _ code: Int32 = errno) -> StoreError {
        .io(IOFailure(op, path: path, code: code))
    }

    /// Writes all of `data` to `fd`, retrying short writes and EINTR.
    static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(StoreError) {
        if let layer = PowerLossLayer.current, !layer.write(fd, data, path: path) { throw fail(.write, path, EIO) }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            guard let base = buf.baseAddress else { return }
            var done = 0
            while done < buf.count {
                let n = write(fd, base + done, buf.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                done += n
            }
        }
        if failure != 0 { throw fail(.write, path, failure) }
    }

    static func fsyncFile(_ fd: Int32, path: String) throws(StoreError) {
        if let layer = PowerLossLayer.current, !layer.syncFile(fd, path: path) { throw fail(.sync, path, EIO) }
        if fsync(fd) != 0 { throw fail(.sync, path) }
    }

    /// Makes a rename or a new name durable: the folder's entry is what fsync must reach.
    static func fsyncDirectory(_ dir: URL) throws(StoreError) {
        if let layer = PowerLossLayer.current, !layer.syncFolder(dir.standardizedFileURL.path) { throw fail(.sync, dir.path, EIO) }
        let fd = open(dir.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw fail(.sync, dir.path) }
        defer { close(fd) }
        if fsync(fd) != 0 { throw fail(.sync, dir.path) }
    }

    /// Reads a whole file; a missing file is nil, any other failure an error naming it.
    /// A symbolic link is refused (ELOOP), never followed: no file outside the data directory is
    /// read through it.
    static func read(_ url: URL) throws(StoreError) -> Data? {
        let fd = open(url.path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            throw fail(.read, url.path)
        }
        defer { close(fd) }
        var out = Data()
        // Sized once: appending a 10 MB file chunk by chunk copied it over and over as it grew.
        var info = stat()
        if fstat(fd, &info) == 0 { out.reserveCapacity(Int(info.st_size) + 1) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail(.read, url.path)
            }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
        }
    }

    static func closeFile(_ fd: Int32) { close(fd) }

    static func exists(_ url: URL) -> Bool { access(url.path, F_OK) == 0 }

    /// Creates a folder with mode 0700 (review data is confidential, 第二十条); an existing one is fine.
    static func makeDirectory(_ url: URL) throws(StoreError) {
        if mkdir(url.path, 0o700) != 0 && errno != EEXIST { throw fail(.create, url.path) }
    }

    static func remove(_ url: URL) throws(StoreError) {
        if unlink(url.path) != 0 && errno != ENOENT { throw fail(.remove, url.path) }
    }

    /// Names in a folder (without . and ..); a missing folder has none.
    static func list(_ dir: URL) throws(StoreError) -> [String] {
        guard let d = opendir(dir.path) else {
            if errno == ENOENT { return [] }
            throw fail(.list, dir.path)
        }
        defer { closedir(d) }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Permission bits and kind of a path (not following symbolic links unless `following`); nil if it is missing.
    static func mode(_ url: URL, following: Bool = false) -> (perm: mode_t, isDirectory: Bool, isRegular: Bool, isLink: Bool)? {
        var st = stat()
        guard (following ? stat(url.path, &st) : lstat(url.path, &st)) == 0 else { return nil }
        let kind = st.st_mode & S_IFMT
        return (st.st_mode & 0o7777, kind == S_IFDIR, kind == S_IFREG, kind == S_IFLNK)
    }

    static func size(_ url: URL) -> Int? {
        var st = stat()
        guard stat(url.path, &st) == 0 else { return nil }
        return Int(st.st_size)
    }

    static func userName(_ uid: uid_t = geteuid()) -> String {
        if let pw = getpwuid(uid), let name = pw.pointee.pw_name { return String(cString: name) }
        return String(uid)
    }

    /// The owner of a path (following links: the directory may be reached through one).
    static func owner(_ url: URL) -> uid_t? {
        var st = stat()
        return stat(url.path, &st) == 0 ? st.st_uid : nil
    }
}
