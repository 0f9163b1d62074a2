/// The office's contact and the issuers, as documents print them.
extension OfficeSettings {
    /// "联系人：张三", "联系电话：0515-…", "电子邮箱：…", "通讯地址：…": one line per field that is
    /// set; the free-text contact line of older files when none is.
    public func contactLines(_ lang: Language) -> [String] {
        let parts: [(String, String, String)] = [
            (contactPerson, "联系人", "Contact person"), (telephone, "联系电话", "Telephone"),
            (email, "电子邮箱", "E-mail"), (address, "通讯地址", "Address"),
        ]
        let set = parts.compactMap { value, zhLabel, enLabel -> String? in
            let v = value.trimmingCharacters(in: .whitespacesAndNewlines)
            return v.isEmpty ? nil : Phrase(zh: "\(zhLabel)：\(v)", en: "\(enLabel): \(v)").text(lang)
        }
        if !set.isEmpty { return set }
        let line = contactLine.trimmingCharacters(in: .whitespacesAndNewlines)
        return line.isEmpty ? [] : [Phrase.contactLine(line: line).text(lang)]
    }

    /// True when a notice would go out without a way to reach the office.
    public var lacksContact: Bool { contactLines(.zh).isEmpty }

    /// Who signs the results announcement and the revocation notice.
    public var resultsIssuerName: String {
        switch resultsIssuer {
        case .cityGovernment: ResultsIssuer.cityGovernmentName
        case .office: officeName
        }
    }
}

extension ResultsIssuer {
    /// The city government approves the list (第十一条（八）) and revocations (第十四条、第十五条).
    public static let cityGovernmentName = "盐城市人民政府"
}
