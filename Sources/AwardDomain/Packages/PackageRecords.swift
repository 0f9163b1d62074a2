/// A review package issued to one expert for one panel and stage, as the office records it
/// (the package itself is a sealed file; docs/reviewer-packages.md). `seq` counts the packages
/// issued to that expert for that panel and stage: only the latest one's returns are accepted.
public struct PackageIssue: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var panelID: String
    public var stage: Stage
    public var expertID: String
    public var seq: Int
    /// The fingerprint of the expert's key the package was encrypted to.
    public var recipientKey: String
    /// The expert's own sheets the package carried, with their state then.
    public var sheetIDs: [String]
    public var issuedAt: Timestamp
    public var issuedBy: String

    public init(panelID: String, stage: Stage, expertID: String, seq: Int, recipientKey: String, sheetIDs: [String],
                issuedAt: Timestamp, issuedBy: String) {
        self.id = Self.makeID(panelID: panelID, stage: stage, expertID: expertID, seq: seq)
        self.panelID = panelID; self.stage = stage; self.expertID = expertID; self.seq = seq
        self.recipientKey = recipientKey; self.sheetIDs = sheetIDs; self.issuedAt = issuedAt; self.issuedBy = issuedBy
    }

    /// e.g. `P2026-01.D.E003.2`: readable, and usable as a folder name.
    public static func makeID(panelID: String, stage: Stage, expertID: String, seq: Int) -> String {
        "\(panelID).\(stage.rawValue).\(expertID).\(seq)"
    }
}

/// A signed return of score sheets: by the reviewer when sealed, by the office when accepted.
/// `returnSeq` counts the returns made from one package, so a return played back is refused.
public struct ReturnReceipt: Hashable, Codable, Sendable {
    public var packageID: String
    public var expertID: String
    public var returnSeq: Int
    /// The fingerprint of the key that signed the return.
    public var keyFingerprint: String
    /// When the reviewer sealed it, by the reviewer's clock (shown, never used as the office's date).
    public var signedAt: Timestamp
    public var sheetIDs: [String]
    /// Lowercase hex SHA-256 of the return file as received (empty in the reviewer's own record).
    public var digest: String

    public init(packageID: String, expertID: String, returnSeq: Int, keyFingerprint: String, signedAt: Timestamp,
                sheetIDs: [String], digest: String = "") {
        self.packageID = packageID; self.expertID = expertID; self.returnSeq = returnSeq
        self.keyFingerprint = keyFingerprint; self.signedAt = signedAt; self.sheetIDs = sheetIDs; self.digest = digest
    }
}

extension Cycle {
    /// The latest package issued to the expert for the panel and stage.
    public func latestPackage(expertID: String, panelID: String, stage: Stage) -> PackageIssue? {
        packages.filter { $0.expertID == expertID && $0.panelID == panelID && $0.stage == stage }.max { $0.seq < $1.seq }
    }

    public func package(_ id: String) -> PackageIssue? { packages.first { $0.id == id } }

    /// The highest return number recorded for a package (0 when none).
    public func lastReturnSeq(packageID: String) -> Int {
        packageReturns.filter { $0.packageID == packageID }.map(\.returnSeq).max() ?? 0
    }
}
