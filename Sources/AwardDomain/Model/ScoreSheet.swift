/// The three scored stages (第十一条（三）至（五）).
public enum Stage: String, Codable, Sendable, CaseIterable {
    case document = "D", qa = "Q", onsite = "S"

    public var name: Phrase {
        switch self {
        case .document: Phrase(zh: "资料评审", en: "document review")
        case .qa: Phrase(zh: "问询答辩", en: "Q&A defence")
        case .onsite: Phrase(zh: "现场评审", en: "on-site review")
        }
    }

    /// The name as a column header: "资料评审" / "Document review".
    public var heading: Phrase {
        Phrase(zh: name.zh, en: name.en.prefix(1).uppercased() + name.en.dropFirst())
    }
}

public enum SheetStatus: String, Codable, Sendable, CaseIterable {
    case draft, submitted, reopened

    public var name: Phrase {
        switch self {
        case .draft: Phrase(zh: "草稿", en: "draft")
        case .submitted: Phrase(zh: "已提交", en: "submitted")
        case .reopened: Phrase(zh: "已退回修改", en: "reopened")
        }
    }
}

public struct SheetEvent: Hashable, Codable, Sendable {
    public var status: SheetStatus
    public var by: String
    public var at: Timestamp
    public var reason: String
    public init(status: SheetStatus, by: String, at: Timestamp, reason: String = "") {
        self.status = status; self.by = by; self.at = at; self.reason = reason
    }
}

/// One expert's scores for one applicant at one stage. Each item is a percentage in 5 % steps;
/// item score = item points × percentage (gbt19580-items.json, "entry").
public struct ScoreSheet: Hashable, Codable, Sendable, Identifiable {
    public var id: String                  // "<stage>/<application>/<expert>"
    public var panelID: String
    public var applicationID: String
    public var expertID: String
    public var stage: Stage
    public var rubricID: String
    /// Item id → percent (0…100, multiple of 5).
    public var percents: [String: Int]
    public var comments: [String: String]
    /// Item id → the expert's findings on it, in the order written.
    public var findings: [String: [Finding]]
    public var status: SheetStatus
    public var history: [SheetEvent]

    public static func makeID(stage: Stage, applicationID: String, expertID: String) -> String {
        "\(stage.rawValue)/\(applicationID)/\(expertID)"
    }

    public init(panelID: String, applicationID: String, expertID: String, stage: Stage, rubricID: String) {
        self.id = ScoreSheet.makeID(stage: stage, applicationID: applicationID, expertID: expertID)
        self.panelID = panelID; self.applicationID = applicationID; self.expertID = expertID
        self.stage = stage; self.rubricID = rubricID
        percents = [:]; comments = [:]; findings = [:]; status = .draft; history = []
    }
}

extension ScoreSheet {
    // Sheets written before findings existed decode with none.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        panelID = try c.decode(String.self, forKey: .panelID)
        applicationID = try c.decode(String.self, forKey: .applicationID)
        expertID = try c.decode(String.self, forKey: .expertID)
        stage = try c.decode(Stage.self, forKey: .stage)
        rubricID = try c.decode(String.self, forKey: .rubricID)
        percents = try c.decode([String: Int].self, forKey: .percents)
        comments = try c.decode([String: String].self, forKey: .comments)
        findings = try c.decodeIfPresent([String: [Finding]].self, forKey: .findings) ?? [:]
        status = try c.decode(SheetStatus.self, forKey: .status)
        history = try c.decode([SheetEvent].self, forKey: .history)
    }
}
