import Testing
@testable import AwardDomain

// GB 32100-2015: the check character of 91320900MA1MX7QK3, worked by hand.
// Alphabet 0123456789ABCDEFGHJKLMNPQRTUWXY → values 0…30 (A=10 … H=17, J=18, K=19, L=20, M=21,
// N=22, P=23, Q=24, R=25, T=26, U=27, W=28, X=29, Y=30).
// chars    9  1  3  2  0  9  0  0  M  A  1  M  X  7  Q  K  3
// values   9  1  3  2  0  9  0  0 21 10  1 21 29  7 24 19  3
// weights  1  3  9 27 19 26 16 17 20 29 25 13  8 24 10 30 28   (3^i mod 31)
// products 9  3 27 54  0 234 0  0 420 290 25 273 232 168 240 570 84  → sum 2629
// 2629 mod 31 = 2629 − 84·31 (2604) = 25; check = 31 − 25 = 6 → "6".
@Test func creditCodeValid() {
    #expect(CreditCode.checkCharacter("91320900MA1MX7QK3") == "6")
    #expect(CreditCode.problem("91320900MA1MX7QK36") == nil)
}

@Test func creditCodeWrongCheckCharacter() {
    let p = CreditCode.problem("91320900MA1MX7QK37")
    #expect(p?.zh.contains("校验位应为“6”") == true)
}

@Test func creditCodeLowercaseLetter() {
    #expect(CreditCode.problem("91320900ma1MX7QK36")?.zh.contains("第9位") == true)
}

@Test func creditCodeWrongLength() {
    #expect(CreditCode.problem("91320900MA1MX7QK3")?.en.contains("this one has 17") == true)
    #expect(CreditCode.problem("91320900MA1MX7QK366")?.en.contains("this one has 19") == true)
}

// GB 32100 leaves out I, O, Z, S, V (easily mistaken for 1, 0, 2, 5, U).
@Test func creditCodeExcludedLetters() {
    for letter in ["I", "O", "Z", "S", "V"] {
        let code = "91320900MA1MX7Q" + letter + "36"
        #expect(CreditCode.problem(code)?.zh.contains("第16位“\(letter)”") == true)
    }
}
