import ArabicText
import Foundation

/// Formats the dates readers see, in the site's clock and digits: the Gregorian date,
/// the Hijri date (Umm al-Qura), the time, and relative times such as "منذ ٥ دقائق".
/// Month names are our own table: ICU's Arabic data differs between platforms, and a
/// newsroom wants one spelling.
public struct NewsDateFormatter: Sendable {
    public let timeZone: TimeZone
    public let digits: DigitStyle
    private let gregorian: Calendar
    private let hijri: Calendar

    public init(timeZone: TimeZone, digits: DigitStyle) {
        self.timeZone = timeZone
        self.digits = digits
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = timeZone
        self.gregorian = gregorian
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = timeZone
        self.hijri = hijri
    }

    /// A formatter for the site's settings; an unknown time zone identifier falls back to UTC.
    public init(settings: SiteSettings) {
        self.init(timeZone: TimeZone(identifier: settings.timeZoneIdentifier) ?? .gmt, digits: settings.digits)
    }

    /// "٦ نوفمبر ٢٠٢٥"
    public func gregorianDate(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.year, .month, .day], from: date)
        let month = Self.gregorianMonths[(parts.month ?? 1) - 1]
        return localized("\(parts.day ?? 1) \(month) \(parts.year ?? 0)")
    }

    /// "١٥ جمادى الأولى ١٤٤٧ هـ"
    public func hijriDate(_ date: Date) -> String {
        let parts = hijri.dateComponents([.year, .month, .day], from: date)
        let month = Self.hijriMonths[(parts.month ?? 1) - 1]
        return localized("\(parts.day ?? 1) \(month) \(parts.year ?? 0) هـ")
    }

    /// "٢٣:١٥", on the 24-hour clock newsrooms use for timestamps.
    public func time(_ date: Date) -> String {
        let parts = gregorian.dateComponents([.hour, .minute], from: date)
        let hour = parts.hour ?? 0
        let minute = parts.minute ?? 0
        return localized((hour < 10 ? "0" : "") + "\(hour):" + (minute < 10 ? "0" : "") + "\(minute)")
    }

    /// "منذ ٥ دقائق" within a day of `now`, otherwise the Gregorian date.
    public func relative(_ date: Date, now: Date) -> String {
        let seconds = Int(now.timeIntervalSince(date))
        switch seconds {
        case ..<60: return "الآن"
        case ..<3600: return "منذ " + count(seconds / 60, one: "دقيقة", two: "دقيقتين", few: "دقائق", many: "دقيقة")
        case ..<86_400: return "منذ " + count(seconds / 3600, one: "ساعة", two: "ساعتين", few: "ساعات", many: "ساعة")
        default: return gregorianDate(date)
        }
    }

    /// An instant in ISO 8601 with the site's offset, for `<time datetime>` and structured data.
    public func iso8601(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(timeZone: timeZone).year().month().day().time(includingFractionalSeconds: false)
                .timeZone(separator: .colon)
        )
    }

    /// A number in the site's digits, e.g. a page number.
    public func number(_ value: Int) -> String {
        ArabicDigits.format(value, style: digits)
    }

    /// Applies the site's digits to text that holds ASCII digits.
    public func localized(_ text: String) -> String {
        ArabicDigits.apply(digits, to: text)
    }

    /// Arabic counts agree with their noun: 1 دقيقة, 2 دقيقتين, 3–10 دقائق, 11+ دقيقة.
    private func count(_ value: Int, one: String, two: String, few: String, many: String) -> String {
        switch value {
        case 1: one
        case 2: two
        case 3...10: "\(number(value)) \(few)"
        default: "\(number(value)) \(many)"
        }
    }

    private static let gregorianMonths = [
        "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر",
    ]

    private static let hijriMonths = [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ]
}
