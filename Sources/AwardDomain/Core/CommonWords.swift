/// Words the documents and the command line's tables share: column headers and the marks
/// between the items of a list.
extension Phrase {
    /// A file the user named (an import, a key, a calendar year) that cannot be read.
    public static func cannotReadFile(_ path: String) -> Phrase {
        Phrase(zh: "无法读取文件 \(path)：请检查路径和权限", en: "Cannot read the file \(path): check the path and permissions")
    }
    public static let columnNumber = Phrase(zh: "序号", en: "No.")
    public static let columnRank = Phrase(zh: "名次", en: "Rank")
    public static let columnApplication = Phrase(zh: "申报编号", en: "Application")
    public static let columnOrganization = Phrase(zh: "组织名称", en: "Organization")
    public static let columnComposite = Phrase(zh: "综合得分", en: "Composite")
    public static let columnArticle = Phrase(zh: "依据", en: "Article")
    public static let columnReason = Phrase(zh: "理由", en: "Reason")
    public static let columnStatus = Phrase(zh: "状态", en: "Status")
    /// Between names in running text: "甲、乙" / "A, B".
    public static let enumerationComma = Phrase(zh: "、", en: ", ")
    /// Between a label and what it labels: "优势：…" / "Strength: …".
    public static let labelSeparator = Phrase(zh: "：", en: ": ")
    /// A remark after what it is about: "…（第十一条）" / "… (Art. 11)".
    public static func parenthetical(_ text: String) -> Phrase { Phrase(zh: "（\(text)）", en: " (\(text))") }
}
