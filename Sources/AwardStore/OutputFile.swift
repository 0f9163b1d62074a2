#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Files qaward writes outside its data directory — exports, reports, review packages and returns.
/// They hold review data as confidential as the directory's own (第二十条), so they are created
/// owner-only (0600) unless the user asks for another mode; written to a temp file beside the
/// target, synced and renamed, so a reader never sees half a file. The one way the program writes
/// such a file.
public enum OutputFile {
    public static let defaultMode: mode_t = 0o600

    public static func write(_ data: Data, to url: URL, mode: mode_t = defaultMode) throws(StoreError) {
        let prepared = try AtomicFile.prepare(data, for: url.standardizedFileURL)
        if mode != defaultMode, chmod(prepared.temp.path, mode & 0o777) != 0 {
            let error = Posix.fail(.permissions, url.path)
            prepared.discard()
            throw error
        }
        try AtomicFile.install(prepared)
    }

    /// The same, for a path given on the command line (`--out FILE`).
    public static func write(_ data: Data, to path: String, mode: mode_t = defaultMode) throws(StoreError) {
        try write(data, to: URL(fileURLWithPath: path), mode: mode)
    }
}
