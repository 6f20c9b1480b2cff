/// Writes numbers in the site's chosen digits (``DigitStyle``), for dates, counts and any text shown to readers.
public enum ArabicDigits {
    /// `text` with every digit in `style`: for `.arabicIndic`, ASCII and Persian digits become ٠–٩; for `.western`,
    /// Arabic-Indic and Persian digits become 0–9.
    ///
    /// Only digits change. Separators are left alone, because in running text a "." between digits may be a date, a
    /// version or the end of a sentence as easily as a decimal point; build numbers with ``format(_:style:)``
    /// instead. Text with nothing to change is returned without copying.
    public static func apply(_ style: DigitStyle, to text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex, target(of: scalars[index], style: style) == nil {
            index = scalars.index(after: index)
        }
        if index == scalars.endIndex {
            return text
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        bytes.append(contentsOf: text.utf8[..<index])
        while index < scalars.endIndex {
            let scalar = scalars[index]
            bytes.appendUTF8(target(of: scalar, style: style) ?? scalar)
            index = scalars.index(after: index)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `number` written in `style`.
    ///
    /// Numbers below 10,000 in magnitude are not grouped, so years and small counts read naturally (٢٠٢٥, 2025);
    /// from 10,000 thousands are grouped with the Arabic thousands separator ٬ (U+066C) for `.arabicIndic` and a
    /// comma for `.western`: ٢٥٬٠٠٠٬٠٠٠ and 25,000,000. Negative numbers start with an ASCII hyphen-minus.
    public static func format(_ number: Int, style: DigitStyle) -> String {
        let digits = Array(String(number.magnitude).utf8)
        let groups = number.magnitude >= 10_000
        let separator: Unicode.Scalar = style == .arabicIndic ? "\u{066C}" : ","
        var result = String.UnicodeScalarView()
        if number < 0 {
            result.append("-")
        }
        for (position, digit) in digits.enumerated() {
            if groups, position > 0, (digits.count - position) % 3 == 0 {
                result.append(separator)
            }
            let value = UInt32(digit - 0x30)
            result.append(scalar(forDigit: value, style: style))
        }
        return String(result)
    }

    /// The digit `scalar` should become in `style`, or nil when it is not a digit or already in that style.
    private static func target(of scalar: Unicode.Scalar, style: DigitStyle) -> Unicode.Scalar? {
        let value = scalar.value
        switch style {
        case .arabicIndic:
            guard (0x30...0x39).contains(value) || (0x06F0...0x06F9).contains(value),
                let digit = ArabicScalars.digitValue(value)
            else { return nil }
            return self.scalar(forDigit: digit, style: style)
        case .western:
            guard (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value),
                let digit = ArabicScalars.digitValue(value)
            else { return nil }
            return self.scalar(forDigit: digit, style: style)
        }
    }

    private static func scalar(forDigit digit: UInt32, style: DigitStyle) -> Unicode.Scalar {
        let base: UInt32 = style == .arabicIndic ? 0x0660 : 0x30
        return Unicode.Scalar(base + digit) ?? "0"
    }
}
