import AwardDomain
import Foundation

/// What a review package holds, encrypted: only what its expert may see (第二十条 保守秘密) —
/// their panel, its applicants with the fields a review needs, the stage's rubric and their own
/// sheets. Nothing of other panels, other experts' scores, the registry or the journal.
/// Sheets travel as `ScoreSheet`, the one sheet type, so whatever a sheet holds travels with it.
public struct PackageContent: Codable, Hashable, Sendable {
    public static let currentFormat = "qaward-review-package/1"
    public var format: String
    public var issue: PackageIssue
    public var cycleYear: Int
    public var officeName: String
    public var office: PublicKeys
    public var panel: Panel
    /// The draw in force, cut to who sits on the panel: no pool, exclusions or seed.
    public var members: DrawRecord
    /// The recipient's own pool record, cut to id, name, county and title.
    public var expert: Expert
    public var organizations: [Organization]
    public var applications: [Application]
    public var rubric: Rubric
    public var sheets: [ScoreSheet]
}

/// A reviewer's return: the sheets they submitted since the package or their last return, signed
/// with their key and encrypted to the office.
public struct ReturnContent: Codable, Hashable, Sendable {
    public static let currentFormat = "qaward-review-return/1"
    public var format: String
    public var receipt: ReturnReceipt
    public var cycleYear: Int
    public var panelID: String
    public var stage: Stage
    public var sheets: [ScoreSheet]
}

enum ContentCoding {
    static func encode<T: Encodable>(_ v: T) -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do { return try e.encode(v) } catch { preconditionFailure("cannot encode \(T.self): \(error)") }
    }

    static func decode<T: Decodable>(_ t: T.Type, _ data: Data) throws(SealError) -> T {
        do { return try JSONDecoder().decode(t, from: data) } catch {
            throw .malformed(Phrase(zh: "解密后的内容无法读取", en: "the decrypted content cannot be read"))
        }
    }
}
