import AwardDomain
import Foundation

/// A seed committed by `qaward draw commit` or on the draw screen waits here, 0600 in the data
/// directory, until the reveal (`qaward draw reveal` or the screen) consumes and removes it, or
/// the draw is voided. It is in no journaled or audited file, so a copy of the journal, a cycle
/// file, a backup of them or a reviewer's package made before the reveal does not carry it; the
/// office's account can read it (docs/trust.md says what that means).
///
/// A file is named for its draw and the start of its commitment: two processes that commit the
/// same draw id at the same moment keep two files, and the one whose commitment is refused
/// removes only its own, never the seed of the commitment on record.
public enum DrawSeedFiles {
    /// `draw-D2026-01-1-ae216c2ef5247a37.seed` beside the journal: one hex line.
    public static func url(drawID: String, commitment: String, in dir: DataDirectory) throws(StoreError) -> URL {
        let hex = Set("0123456789abcdef")
        let mark = commitment.prefix(16)
        guard mark.count == 16, mark.allSatisfy(hex.contains) else {
            throw .refused(DomainError(zh: "抽取 \(drawID) 的承诺值 \(commitment) 不是 SHA-256 十六进制值", en: "The commitment \(commitment) of draw \(drawID) is not a SHA-256 hex value"))
        }
        return try named(name(drawID: drawID, commitment: commitment), drawID: drawID, in: dir)
    }

    /// The file's name, as the draw screen tells the user where the seed is taken from.
    public static func name(drawID: String, commitment: String) -> String { "draw-\(drawID)-\(commitment.prefix(16)).seed" }

    /// Where `draw commit` kept a seed before the name held its commitment (`draw-<id>.seed`):
    /// still read, and used only when its seed matches the commitment on record.
    static func earlierURL(drawID: String, in dir: DataDirectory) throws(StoreError) -> URL {
        try named("draw-\(drawID).seed", drawID: drawID, in: dir)
    }

    private static func named(_ name: String, drawID: String, in dir: DataDirectory) throws(StoreError) -> URL {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        guard !drawID.isEmpty, drawID.allSatisfy(allowed.contains) else {
            throw .refused(DomainError(zh: "抽取编号 \(drawID) 含有不能用作文件名的字符", en: "Draw id \(drawID) has characters a file name cannot hold"))
        }
        return dir.url.appendingPathComponent(name)
    }

    /// Writes the seed before its commitment is journaled (a commitment whose seed was never kept
    /// could only be voided); atomic, synced, owner-only.
    public static func save(_ seed: DrawSeed, drawID: String, in dir: DataDirectory) throws(StoreError) {
        try OutputFile.write(Data((seed.hex + "\n").utf8), to: try url(drawID: drawID, commitment: seed.commitment, in: dir))
    }

    /// The seed kept for the draw with this commitment, or nil when there is none (made on
    /// another machine, already revealed, or lost). A link is refused, never followed.
    public static func load(drawID: String, commitment: String, in dir: DataDirectory) throws(StoreError) -> DrawSeed? {
        let file = try url(drawID: drawID, commitment: commitment, in: dir)
        if let data = try Posix.read(file) { return try parse(data, path: file.path) }
        return try earlier(drawID: drawID, commitment: commitment, in: dir)?.seed
    }

    /// The seed a seed file holds, or the refusal that names the file when it holds something else.
    public static func parse(_ data: Data, path: String) throws(StoreError) -> DrawSeed {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let seed = DrawSeed(hex: text) else {
            throw .refused(DomainError(zh: "\(path) 不是随机种子（应为一行64位十六进制数）", en: "\(path) is not a seed (one line of 64 hexadecimal digits)"))
        }
        return seed
    }

    /// Removes the seed file of the draw with this commitment; none there is not an error (a void
    /// of a draw whose seed was never kept here).
    public static func remove(drawID: String, commitment: String, in dir: DataDirectory) throws(StoreError) {
        try Posix.remove(try url(drawID: drawID, commitment: commitment, in: dir))
        if let e = try earlier(drawID: drawID, commitment: commitment, in: dir) { try Posix.remove(e.url) }
        try Posix.fsyncDirectory(dir.url)
    }

    /// The file under the earlier name, when it holds this commitment's seed.
    private static func earlier(drawID: String, commitment: String, in dir: DataDirectory) throws(StoreError) -> (url: URL, seed: DrawSeed)? {
        let file = try earlierURL(drawID: drawID, in: dir)
        guard let data = try Posix.read(file), let seed = try? parse(data, path: file.path), seed.commitment == commitment else { return nil }
        return (file, seed)
    }
}
