import AwardDomain
import TerminalUI

/// The one form and modal of the app: typed fields checked as you type, an optional confirmation
/// that names what the action acts on (and can require a reason), and the domain's refusal shown
/// in the form with everything typed kept. A screen keeps a `Modal` in its state, hands it keys
/// (`bindings`, `perform`, `handleText`) and results (`receive`), and builds its `Action` from
/// the typed values when `perform` answers `.submitted` or `.confirmed`. `docs/shell.md` shows it.
struct Modal<Name: Hashable & Sendable>: Sendable, Equatable {
    var title: Phrase
    var fields: [ModalField<Name>]
    var focus = 0
    /// Asked after the fields check out, or alone for a one-key action that cannot be taken back.
    var confirmation: Confirmation?
    var confirming = false
    /// The store's refusal of the last attempt (the domain's rule and article), shown in the form.
    var refusal: Phrase?
    /// The change was handed to the store; the `.committed` of its last action closes the form.
    var waiting = false
    /// Actions handed to the store and not yet answered (a form may save several together).
    var outstanding = 0
    /// Enter was pressed once: every field shows its error now, changed or not.
    var tried = false
    /// The confirmation was asked by the screen after its own checks (`ask`), not given at
    /// opening: going back to the form drops it, and the next Enter asks anew.
    var asked = false
    /// The journal entry the data stood at when the form opened: the store refuses the save if
    /// another process changed what it replaces after that (nil: whatever the store last read).
    var openedAt: Int?
    /// How it is drawn: a box centred over the screen, or one line at the foot of the screen's
    /// area for a single text typed beside what it is about (a comment or a finding under the
    /// score grid). The keys, checks and refusals are the same either way.
    var presentation = Presentation.centered

    enum Presentation: Sendable, Equatable { case centered, line }

    init(title: Phrase, fields: [ModalField<Name>], confirmation: Confirmation? = nil, openedAt: Int? = nil, presentation: Presentation = .centered) {
        self.title = title
        self.openedAt = openedAt
        self.presentation = presentation
        self.fields = fields
        self.confirmation = confirmation
        confirming = fields.isEmpty && confirmation != nil
        for i in self.fields.indices { self.fields[i].check() }
    }

    /// A question alone: "撤回申报 A2026-004？" with what it acts on, and the reason when required.
    static func confirm(_ c: Confirmation) -> Modal { Modal(title: c.title, fields: [], confirmation: c) }

    // MARK: - Typed values

    private func index(_ name: Name) -> Int {
        guard let i = fields.firstIndex(where: { $0.name == name }) else { preconditionFailure("no field \(name)") }
        return i
    }

    /// The text typed, trimmed.
    subscript(_ name: Name) -> String { fields[index(name)].trimmed }
    func date(_ name: Name) -> Day? { Day(self[name]) }
    func number(_ name: Name) -> Int? { Int(self[name]) }
    /// The chosen value of a choice field.
    func choice(_ name: Name) -> String? { fields[index(name)].chosen?.value }
    /// The answer of a yes/no field (`ModalField(_:_:yes:)`).
    func isYes(_ name: Name) -> Bool { choice(name) == Choice.yesNo[0].value }
    /// The screen's own check of a field (the domain's wording), shown beside it; nil clears it.
    mutating func setError(_ name: Name, _ error: Phrase?) { fields[index(name)].error = error ?? fields[index(name)].formatError }
    /// The line beside a field that is not an error (what the value means, what saving will do).
    mutating func setHint(_ name: Name, _ hint: Phrase?) { fields[index(name)].hint = hint }
    func isChanged(_ name: Name) -> Bool { fields[index(name)].touched }

    /// The screen's own checks of every field, as typed: a field's kind (date, number, required)
    /// speaks first; the screen's message shows once the field was changed or Enter was tried.
    mutating func report(_ errors: [Name: Phrase]) {
        for i in fields.indices {
            fields[i].ownError = errors[fields[i].name]
            fields[i].check(submitting: tried)
        }
    }

    /// Enter found errors of the screen's own: every one shows and the focus goes to the first.
    /// Returns whether there were any.
    mutating func refuse(_ errors: [Name: Phrase]) -> Bool {
        tried = true
        report(errors)
        guard let first = fields.firstIndex(where: { $0.error != nil }) else { return false }
        focus = first
        confirming = false
        return true
    }

    /// After the screen's own checks passed: the question that names what the action acts on,
    /// asked with the form kept behind it (Esc goes back to the form with everything typed).
    mutating func ask(_ c: Confirmation) {
        confirmation = c
        confirming = true
        asked = true
    }

    var hasErrors: Bool { fields.contains { $0.error != nil } }
    var reason: String { confirmation?.reason.text.trimmingCharacters(in: .whitespaces) ?? "" }

    // MARK: - Keys

    enum Command: Sendable, Equatable { case submit, cancel, next, previous }

    /// What the screen does next.
    enum Event: Sendable, Equatable {
        /// The modal used the key; nothing for the screen to do.
        case handled
        /// Enter found fields in error: nothing saved, the focus on the first (the screen says
        /// so in the status line: `[.formHasErrors(model.t)]`).
        case invalid
        /// Esc: close the modal.
        case cancelled
        /// Every field checks out and there is nothing to confirm: build the action.
        case submitted
        /// The user confirmed (with the reason, when one is required): build the action.
        case confirmed(reason: String)
    }

    func bindings(_ t: Strings) -> [KeyBinding<Command>] {
        if confirming {
            return [
                KeyBinding(keys: [.enter, .ctrl("s")], help: t(.confirmKey), action: .submit),
                KeyBinding(keys: [.escape], help: t(fields.isEmpty ? .cancelKey : .backKey), action: .cancel),
            ]
        }
        return [
            KeyBinding(keys: [.enter, .ctrl("s")], help: t(.saveKey), action: .submit),
            KeyBinding(keys: [.escape], help: t(.cancelKey), action: .cancel),
            KeyBinding(keys: [.tab, .down], help: t(.nextFieldKey), action: .next, showInBar: false),
            KeyBinding(keys: [.backTab, .up], help: t(.previousFieldKey), action: .previous, showInBar: false),
        ]
    }

    mutating func perform(_ c: Command) -> Event {
        guard !waiting else { return .handled }
        switch c {
        case .next:
            if !fields.isEmpty { focus = (focus + 1) % fields.count }
        case .previous:
            if !fields.isEmpty { focus = (focus + fields.count - 1) % fields.count }
        case .cancel:
            // A question that follows a form goes back to the form, with what was typed.
            guard confirming, !fields.isEmpty else { return .cancelled }
            confirming = false
            if asked { confirmation = nil; asked = false }
        case .submit:
            if confirming {
                if confirmation?.reasonLabel != nil && reason.isEmpty {
                    confirmation?.reasonError = .reasonRequired
                    return .handled
                }
                refusal = nil
                return .confirmed(reason: reason)
            }
            tried = true
            for i in fields.indices { fields[i].check(submitting: true) }
            if let first = fields.firstIndex(where: { $0.error != nil }) {
                focus = first
                return .invalid
            }
            refusal = nil
            if confirmation != nil {
                confirming = true
                return .handled
            }
            return .submitted
        }
        return .handled
    }

    /// Printable and editing keys for the focused field (or the reason); false if not its key.
    mutating func handleText(_ key: Key) -> Bool {
        guard !waiting else { return false }
        if confirming {
            guard confirmation?.reasonLabel != nil, confirmation?.reason.handle(key) == true else { return false }
            confirmation?.reasonError = nil
            return true
        }
        guard fields.indices.contains(focus), fields[focus].handle(key) else { return false }
        fields[focus].check(submitting: tried)
        refusal = nil
        return true
    }

    /// The screen handed the built actions to the store (`[.commit(action)]`, or `count` of them).
    mutating func sent(_ count: Int = 1) {
        waiting = true
        outstanding = count
    }

    /// The change the form saves, based on the data as the form opened: a change another process
    /// made meanwhile to what it replaces is refused, and the form stays with what was typed.
    func commit(_ action: Action) -> Effect { .commit(action, basedOn: openedAt) }

    /// The store's answer: `true` when the change was saved and the modal should close; a refusal
    /// stays in the form with what was typed.
    mutating func receive(_ msg: Msg) -> Bool {
        guard waiting else { return false }
        switch msg {
        case .committed:
            outstanding -= 1
            return outstanding <= 0
        case .refused(_, let why), .failed(let why):
            waiting = false
            outstanding = 0
            confirming = fields.isEmpty
            if asked { confirmation = nil; asked = false }
            refusal = why
        default:
            break
        }
        return false
    }

    var capturesText: Bool { true }
}

/// A field of a modal: its name (the screen's enum), label, kind and what is typed.
struct ModalField<Name: Hashable & Sendable>: Sendable, Equatable {
    var name: Name
    var label: Phrase
    var kind: FieldKind
    var input: TextFieldState
    /// Index into a choice field's choices.
    var selected: Int
    var hint: Phrase?
    /// The message shown beside the field: its kind's format check, or the screen's.
    var error: Phrase?
    /// Input width in columns.
    var width: Int
    /// Changed by the user since the form opened.
    var touched = false
    /// The screen's own check of the value (`Modal.report`), shown once changed or on Enter.
    var ownError: Phrase?

    init(_ name: Name, _ label: Phrase, _ kind: FieldKind, text: String = "", hint: Phrase? = nil, width: Int? = nil) {
        self.name = name
        self.label = label
        self.kind = kind
        self.hint = hint
        switch kind {
        case .choice(let choices):
            selected = choices.firstIndex { $0.value == text } ?? 0
            input = TextFieldState()
            // "‹ label ›" and a column for the cursor after it.
            self.width = width ?? (choices.map { max(displayWidth($0.label.zh), displayWidth($0.label.en)) }.max() ?? 4) + 5
        case .text(let max, _):
            selected = 0
            input = TextFieldState(text, maxLength: max)
            self.width = width ?? min(40, max)
        case .date:
            selected = 0
            input = TextFieldState(text, maxLength: 10)
            self.width = width ?? 12
        case .number(let range, _):
            selected = 0
            input = TextFieldState(text, maxLength: String(range.upperBound).count + 1)
            self.width = width ?? 10
        }
    }

    /// A yes/no question answered from the list 是/否, starting at `yes`.
    init(_ name: Name, _ label: Phrase, yes: Bool, hint: Phrase? = nil) {
        self.init(name, label, .choice(Choice.yesNo), text: yes ? Choice.yesNo[0].value : Choice.yesNo[1].value, hint: hint)
    }

    var trimmed: String { input.text.trimmingCharacters(in: .whitespaces) }

    var chosen: Choice? {
        guard case .choice(let choices) = kind, choices.indices.contains(selected) else { return nil }
        return choices[selected]
    }

    /// What the kind itself says of the text: not a date, out of range, required.
    var formatError: Phrase? { formatError(submitting: false) }

    func formatError(submitting: Bool) -> Phrase? {
        let s = trimmed
        switch kind {
        case .choice:
            return nil
        case .text(_, let required):
            return required && submitting && s.isEmpty ? .required : nil
        case .date(let required):
            if s.isEmpty { return required && submitting ? .required : nil }
            return Day(s) == nil ? .notADate : nil
        case .number(let range, let required):
            if s.isEmpty { return required && submitting ? .required : nil }
            guard let n = Int(s) else { return .notANumber }
            return range.contains(n) ? nil : .outOfRange(range)
        }
    }

    /// Re-checks the format as the user types; on save an empty required field is an error too.
    mutating func check(submitting: Bool = false) {
        error = formatError(submitting: submitting) ?? (touched || submitting ? ownError : nil)
    }

    /// A key for this field: text editing, or on a choice ←/→/space, the start of a value or
    /// label typed (letters typed in a row narrow it, as in a list box), or a digit for its place.
    mutating func handle(_ key: Key) -> Bool {
        if case .choice(let choices) = kind {
            guard !choices.isEmpty else { return false }
            switch key {
            case .right, .char(" "): selected = (selected + 1) % choices.count; input = TextFieldState()
            case .left: selected = (selected + choices.count - 1) % choices.count; input = TextFieldState()
            case .char(let c):
                func match(_ typed: String) -> Int? {
                    let t = typed.lowercased()
                    return choices.firstIndex { $0.value.lowercased().hasPrefix(t) || $0.label.zh.hasPrefix(typed) || $0.label.en.lowercased().hasPrefix(t) }
                }
                let typed = input.text + String(c)
                if let i = match(typed) {
                    selected = i
                    input = TextFieldState(typed)
                } else if let i = match(String(c)) {
                    selected = i
                    input = TextFieldState(String(c))
                } else if let n = c.wholeNumberValue, choices.indices.contains(n - 1) {
                    selected = n - 1
                    input = TextFieldState()
                } else {
                    return true
                }
            default: return false
            }
            touched = true
            return true
        }
        guard input.handle(key) else { return false }
        touched = true
        check()
        return true
    }
}

/// What a field accepts.
enum FieldKind: Sendable, Equatable {
    case text(maxLength: Int = 200, required: Bool = true)
    /// YYYY-MM-DD.
    case date(required: Bool = true)
    case number(ClosedRange<Int>, required: Bool = true)
    /// One of a list (yes/no, county, tier, reason kind): ←/→ or space, or the first letter.
    case choice([Choice])
}

/// One entry of a choice field: the value the screen reads and the words the user sees.
struct Choice: Sendable, Equatable {
    var value: String
    var label: Phrase

    static let yesNo = [Choice(value: "yes", label: .yes), Choice(value: "no", label: .no)]
    /// The first entry of a list that must be chosen, not assumed (a new record's county): the
    /// screen's check says `.required` while it stands.
    static let none = Choice(value: "", label: Phrase(zh: "（无）", en: "(none)"))
}

/// The question of an action that cannot be taken back: what it does, to what, and why it asks.
struct Confirmation: Sendable, Equatable {
    var title: Phrase
    /// Names what the action acts on: "撤回申报 A2026-004（东台绿源食品有限公司）".
    var question: Phrase
    /// Why it asks (cannot be undone; the article).
    var warning: Phrase?
    /// Set when the measures need a reason: the label of the reason field.
    var reasonLabel: Phrase?
    var reason = TextFieldState("", maxLength: 200)
    var reasonError: Phrase?

    init(title: Phrase, question: Phrase, warning: Phrase? = .cannotBeUndone, reasonLabel: Phrase? = nil) {
        self.title = title
        self.question = question
        self.warning = warning
        self.reasonLabel = reasonLabel
    }
}

/// The modal's own words.
extension Phrase {
    static let saveKey = Phrase(zh: "保存", en: "save")
    static let confirmKey = Phrase(zh: "确认", en: "confirm")
    static let cancelKey = Phrase(zh: "取消", en: "cancel")
    static let backKey = Phrase(zh: "返回修改", en: "back")
    static let nextFieldKey = Phrase(zh: "下一项", en: "next field")
    static let previousFieldKey = Phrase(zh: "上一项", en: "previous field")
    static let required = Phrase(zh: "必填", en: "Required")
    static let notADate = Phrase(zh: "日期格式应为 YYYY-MM-DD", en: "Use YYYY-MM-DD")
    static let dateHint = Phrase(zh: "YYYY-MM-DD", en: "YYYY-MM-DD")
    static let optionalDateHint = Phrase(zh: "YYYY-MM-DD，可空", en: "YYYY-MM-DD, optional")
    static let notANumber = Phrase(zh: "应为整数", en: "Enter a whole number")
    static func outOfRange(_ r: ClosedRange<Int>) -> Phrase {
        Phrase(zh: "应在 \(r.lowerBound) 至 \(r.upperBound) 之间", en: "Enter \(r.lowerBound) to \(r.upperBound)")
    }
    static let formHasErrors = Phrase(zh: "表单有错误，未保存：请按提示修改", en: "The form has errors and was not saved: fix the marked fields")
    static let reasonRequired = Phrase(zh: "请填写理由", en: "A reason is required")
    static let cannotBeUndone = Phrase(zh: "此操作不可撤销", en: "This cannot be undone")
    static let waitingForStore = Phrase(zh: "正在保存…", en: "Saving…")
}

extension Effect {
    /// What a screen returns when Enter found errors (`.invalid`, or `refuse` true): the status
    /// line says nothing was saved; the form shows which fields to fix.
    static func formHasErrors(_ t: Strings) -> Effect { .error(t(.formHasErrors)) }
}

/// The field names of a modal without fields (a confirmation alone).
enum NoField: Hashable, Sendable {}
