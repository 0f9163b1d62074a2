import AwardDomain
import Foundation

/// A seed committed by `qaward draw commit` or on the draw screen waits here, 0600 in the data
/// directory, until the reveal (`qaward draw reveal` or the screen) consumes and removes it, or
/// the draw is voided. It is in no journaled or audited file, so a copy
/// of the journal, a cycle file, a backup of them or a reviewer's package made before the reveal
/// does not carry it; the office's account can read it (docs/trust.md says what that means).
public enum DrawSeedFiles {
    /// `draw-D2026-01-1.seed` beside the journal: one hex line.
    public static func url(drawID: String, in dir: DataDirectory) throws(StoreError) -> URL {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        guard !drawID.isEmpty, drawID.allSatisfy(allowed.contains) else {
            throw .refused(DomainError(zh: "抽取编号 \(drawID) 含有不能用作文件名的字符", en: "Draw id \(drawID) has characters a file name cannot hold"))
        }
        return dir.url.appendingPathComponent("draw-\(drawID).seed")
    }

    /// Writes the seed before its commitment is journaled (a commitment whose seed was never kept
    /// could only be voided); atomic, synced, owner-only.
    public static func save(_ seed: DrawSeed, drawID: String, in dir: DataDirectory) throws(StoreError) {
        try OutputFile.write(Data((seed.hex + "\n").utf8), to: try url(drawID: drawID, in: dir))
    }

    /// The seed kept for the draw, or nil when there is none (made on another machine, already
    /// revealed, or lost). A link is refused, never followed.
    public static func load(drawID: String, in dir: DataDirectory) throws(StoreError) -> DrawSeed? {
        let file = try url(drawID: drawID, in: dir)
        guard let data = try Posix.read(file) else { return nil }
        return try parse(data, path: file.path)
    }

    /// The seed a seed file holds, or the refusal that names the file when it holds something else.
    public static func parse(_ data: Data, path: String) throws(StoreError) -> DrawSeed {
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let seed = DrawSeed(hex: text) else {
            throw .refused(DomainError(zh: "\(path) 不是随机种子（应为一行64位十六进制数）", en: "\(path) is not a seed (one line of 64 hexadecimal digits)"))
        }
        return seed
    }

    /// Removes the draw's seed file; none there is not an error (a void of a draw whose seed was
    /// never kept here).
    public static func remove(drawID: String, in dir: DataDirectory) throws(StoreError) {
        try Posix.remove(try url(drawID: drawID, in: dir))
        try Posix.fsyncDirectory(dir.url)
    }
}
