/// Who the journal credits with a change. Sheets typed in `--reviewer` mode on the office's
/// machine are credited to the office terminal acting for the expert: nothing proves the expert
/// was the one at the keyboard, unlike a return signed with the expert's key.
public enum Attribution {
    private static let officeSuffix = "@office"

    /// The actor of a reviewer-mode session at the office, e.g. `E003@office`.
    public static func officeTerminal(for expertID: String) -> String { expertID + officeSuffix }

    /// The expert an office-terminal actor stands for, or nil for any other actor.
    public static func officeTerminalExpert(_ actor: String) -> String? {
        guard actor.hasSuffix(officeSuffix), actor.count > officeSuffix.count else { return nil }
        return String(actor.dropLast(officeSuffix.count))
    }

    /// "entered at the office terminal for E003", for the audit's listings.
    public static func officeTerminalNote(_ expertID: String) -> Phrase {
        Phrase(zh: "办公室终端为 \(expertID) 录入", en: "entered at the office terminal for \(expertID)")
    }

    /// "signed by E003, key 3F2A …", for the journal's and the sheets' records of a return.
    public static func signedNote(expertID: String, fingerprint: String) -> Phrase {
        Phrase(zh: "由 \(expertID) 签名，密钥 \(fingerprint)", en: "signed by \(expertID), key \(fingerprint)")
    }
}
