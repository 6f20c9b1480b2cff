import Testing

@testable import ArabicText

@Suite("Digits in the site's style")
struct ArabicDigitsTests {
    @Test("Western and Persian digits become Arabic-Indic digits")
    func toArabicIndic() {
        #expect(ArabicDigits.apply(.arabicIndic, to: "عام 2025") == "عام ٢٠٢٥")
        #expect(ArabicDigits.apply(.arabicIndic, to: "۱۴۰۴ و 7") == "١٤٠٤ و ٧")
        #expect(ArabicDigits.apply(.arabicIndic, to: "٣ دقائق") == "٣ دقائق")
    }

    @Test("Arabic-Indic and Persian digits become Western digits, separators untouched")
    func toWestern() {
        #expect(ArabicDigits.apply(.western, to: "٢٥٫٥ مليار و۱۰") == "25٫5 مليار و10")
        #expect(ArabicDigits.apply(.western, to: "منذ ٥ دقائق") == "منذ 5 دقائق")
        #expect(ArabicDigits.apply(.western, to: "no digits here") == "no digits here")
    }

    @Test(
        "numbers are grouped by thousands from 10,000 on, in the style's digits and separator",
        arguments: [
            (0, DigitStyle.arabicIndic, "٠"),
            (7, .arabicIndic, "٧"),
            (2025, .arabicIndic, "٢٠٢٥"),
            (9999, .western, "9999"),
            (10000, .western, "10,000"),
            (84_000_000, .western, "84,000,000"),
            (25_000_000_000, .arabicIndic, "٢٥٬٠٠٠٬٠٠٠٬٠٠٠"),
            (123_456, .arabicIndic, "١٢٣٬٤٥٦"),
            (-1_234_567, .western, "-1,234,567"),
            (-42, .arabicIndic, "-٤٢"),
            (Int.min, .western, "-9,223,372,036,854,775,808"),
        ]
    )
    func formats(number: Int, style: DigitStyle, expected: String) {
        #expect(ArabicDigits.format(number, style: style) == expected)
    }
}
