import ArabicText
import Foundation
import Synchronization

/// Formats the dates readers see, in the site's clock and digits: the Gregorian date,
/// the Hijri date (Umm al-Qura), the time, and relative times such as "منذ ٥ دقائق".
/// Month names are our own table: ICU's Arabic data differs between platforms, and a
/// newsroom wants one spelling.
public struct NewsDateFormatter: Sendable {
    public let timeZone: TimeZone
    public let digits: DigitStyle
    private let hijri: Calendar
    /// Hijri dates already worked out, by local day: the calendar is slow and pages repeat days.
    private let hijriByDay = NumberedMemo<String>()
    /// The same for Gregorian dates, which every teaser older than a day shows.
    private let gregorianByDay = NumberedMemo<String>()
    /// The zone's offset from UTC by quarter of an hour since 1970: asking the time zone took
    /// a tenth of presenting an article page, and a zone changes its offset only at the start
    /// of a quarter of an hour.
    private let offsetByQuarterHour = NumberedMemo<Int>()

    public init(timeZone: TimeZone, digits: DigitStyle) {
        self.timeZone = timeZone
        self.digits = digits
        var hijri = Calendar(identifier: .islamicUmmAlQura)
        hijri.timeZone = timeZone
        self.hijri = hijri
    }

    /// The formatter for the site's settings, made once and reused, because building its
    /// calendars costs more than rendering a page. An unknown time zone falls back to UTC.
    public static func forSite(_ settings: SiteSettings) -> NewsDateFormatter {
        let key = SiteClock(timeZoneIdentifier: settings.timeZoneIdentifier, digits: settings.digits)
        return cache.withLock { cache in
            if let formatter = cache[key] { return formatter }
            let formatter = NewsDateFormatter(
                timeZone: TimeZone(identifier: key.timeZoneIdentifier) ?? .gmt,
                digits: key.digits
            )
            cache[key] = formatter
            return formatter
        }
    }

    private struct SiteClock: Hashable {
        var timeZoneIdentifier: String
        var digits: DigitStyle
    }

    private static let cache = Mutex<[SiteClock: NewsDateFormatter]>([:])

    /// "٦ نوفمبر ٢٠٢٥"
    public func gregorianDate(_ date: Date) -> String {
        gregorianDate(local(date))
    }

    /// "١٥ جمادى الأولى ١٤٤٧ هـ"
    public func hijriDate(_ date: Date) -> String {
        let local = local(date)
        return hijriByDay.value(for: local.time.dayNumber) {
            let parts = hijri.dateComponents([.year, .month, .day], from: date)
            let month = Self.hijriMonths[(parts.month ?? 1) - 1]
            return localized("\(parts.day ?? 1) \(month) \(parts.year ?? 0) هـ")
        }
    }

    /// "٢٣:١٥", on the 24-hour clock newsrooms use for timestamps.
    public func time(_ date: Date) -> String {
        time(local(date))
    }

    /// All the ways the article page shows one moment, worked out together.
    public func dateline(_ date: Date) -> Dateline {
        let parts = local(date)
        return Dateline(
            gregorian: gregorianDate(parts),
            hijri: hijriDate(date),
            time: time(parts),
            iso8601: iso8601(parts)
        )
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

    /// An instant in ISO 8601 with the site's offset (`2025-11-06T23:15:00+03:00`), for
    /// `<time datetime>` and structured data.
    public func iso8601(_ date: Date) -> String {
        iso8601(local(date))
    }

    private func local(_ date: Date) -> (time: CivilTime, offset: Int) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let offset = offsetByQuarterHour.value(for: CivilTime.floorDivide(seconds, 900)) {
            timeZone.secondsFromGMT(for: date)
        }
        return (CivilTime(unixSeconds: seconds, offsetSeconds: offset), offset)
    }

    private func gregorianDate(_ local: (time: CivilTime, offset: Int)) -> String {
        gregorianByDay.value(for: local.time.dayNumber) {
            localized("\(local.time.day) \(Self.gregorianMonths[local.time.month - 1]) \(local.time.year)")
        }
    }

    private func time(_ local: (time: CivilTime, offset: Int)) -> String {
        localized(
            ShortString.make(capacity: 5) { text in
                text.twoDigits(local.time.hour)
                text.byte(UInt8(ascii: ":"))
                text.twoDigits(local.time.minute)
            })
    }

    private func iso8601(_ local: (time: CivilTime, offset: Int)) -> String {
        let time = local.time
        let offsetMinutes = abs(local.offset) / 60
        return ShortString.make(capacity: 40) { text in
            if (0...9999).contains(time.year) {
                text.twoDigits(time.year / 100)
                text.twoDigits(time.year % 100)
            } else {
                text.decimal(time.year)
            }
            text.byte(UInt8(ascii: "-"))
            text.twoDigits(time.month)
            text.byte(UInt8(ascii: "-"))
            text.twoDigits(time.day)
            text.byte(UInt8(ascii: "T"))
            text.clock(time)
            text.byte(local.offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
            text.twoDigits(offsetMinutes / 60)
            text.byte(UInt8(ascii: ":"))
            text.twoDigits(offsetMinutes % 60)
        }
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
