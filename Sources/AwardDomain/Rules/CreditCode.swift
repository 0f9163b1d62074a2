/// 统一社会信用代码 (GB 32100-2015): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY"
/// (no I, O, Z, S, V); the 18th is a check character over the first 17 with weights 3^i mod 31.
public enum CreditCode {
    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// The check character for the first 17 characters, nil if any is outside the alphabet.
    public static func checkCharacter(_ first17: String) -> Character? {
        let chars = Array(first17)
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (i, ch) in chars.enumerated() {
            guard let v = alphabet.firstIndex(of: ch) else { return nil }
            sum += v * weights[i]
        }
        return alphabet[(31 - sum % 31) % 31]
    }

    /// Nil when the code is valid; otherwise what is wrong, in both languages.
    public static func problem(_ code: String) -> Phrase? {
        let chars = Array(code)
        guard chars.count == 18 else {
            return Phrase(zh: "统一社会信用代码应为18位，现为\(chars.count)位", en: "A unified social credit code has 18 characters, this one has \(chars.count)")
        }
        for (i, ch) in chars.enumerated() where !alphabet.contains(ch) {
            return Phrase(zh: "第\(i + 1)位“\(ch)”不是统一社会信用代码允许的字符（不用 I、O、Z、S、V，字母须大写）",
                          en: "Character \(i + 1) “\(ch)” is not allowed in a credit code (no I, O, Z, S, V; capitals only)")
        }
        let expected = checkCharacter(String(chars[0..<17]))!
        guard chars[17] == expected else {
            return Phrase(zh: "校验位应为“\(expected)”而不是“\(chars[17])”，请核对代码是否抄错",
                          en: "The check character should be “\(expected)”, not “\(chars[17])”: check the code for a typing error")
        }
        return nil
    }
}
