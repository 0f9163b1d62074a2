/// The procedure in one place: the stages of a cycle (`CycleStage`) and, for every kind of action,
/// the conditions it needs, each with its article. `AwardData.applying` checks them before any
/// reducer runs, so the screens, the command line and imports get one answer; `docs/procedure.md`
/// is generated from this table (`qaward procedure --format markdown`).
public enum Procedure {
    /// One condition: the actions it guards, the article, what must hold, and its check. The check
    /// returns nil when the condition holds, else what is wrong and what to do instead.
    public struct Condition: Sendable {
        public let code: String
        public let actions: [ActionKind]
        public let citation: Citation
        public let requirement: Phrase
        let check: @Sendable (Action, AwardData, ActionContext) -> Breach?
    }

    /// What is wrong with an action against one condition, and what to do instead.
    struct Breach {
        var what: Phrase
        var instead: Phrase
        init(zh: String, en: String, insteadZh: String, insteadEn: String) {
            what = Phrase(zh: zh, en: en); instead = Phrase(zh: insteadZh, en: insteadEn)
        }
    }

    /// The conditions of each kind of action, in table order, built once.
    private static let byKind: [ActionKind: [Condition]] = {
        var out: [ActionKind: [Condition]] = [:]
        for c in conditions { for k in c.actions { out[k, default: []].append(c) } }
        return out
    }()

    /// Checks every condition of the action's kind, in table order; the first that fails refuses
    /// the action with what was refused, the article and what to do instead.
    public static func check(_ action: Action, in data: AwardData, context: ActionContext) throws(DomainError) {
        let kind = kind(of: action, in: data)
        for c in byKind[kind] ?? [] {
            if let b = c.check(action, data, context) {
                throw DomainError(b.what, citation: c.citation, refused: kind.name, instead: b.instead)
            }
        }
    }

    /// The conditions that guard one kind of action.
    public static func conditions(of kind: ActionKind) -> [Condition] { byKind[kind] ?? [] }
}
