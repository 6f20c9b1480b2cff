import Foundation

/// HTTP's date format (`Sun, 06 Nov 1994 08:49:37 GMT`, the IMF-fixdate of RFC 9110) and
/// RFC 822 dates for RSS, written and read without a locale-dependent formatter.
public enum HTTPDate {
    private static let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    public static func format(_ date: Date) -> String {
        let time = CivilTime(unixSeconds: Int(date.timeIntervalSince1970.rounded(.down)), offsetSeconds: 0)
        return ShortString.make(capacity: 48) { text in
            text.append(weekdays[((time.dayNumber % 7) + 7) % 7])
            text.append(", ")
            text.twoDigits(time.day)
            text.byte(UInt8(ascii: " "))
            text.append(months[time.month - 1])
            text.byte(UInt8(ascii: " "))
            text.decimal(time.year)
            text.byte(UInt8(ascii: " "))
            text.clock(time)
            text.append(" GMT")
        }
    }

    /// Reads an IMF-fixdate; nil for anything else (the obsolete forms are not accepted), and
    /// for years outside 1–9999, whose arithmetic could overflow.
    public static func parse(_ text: some StringProtocol) -> Date? {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[5] == "GMT", let day = Int(parts[1]), (1...31).contains(day),
            let month = months.firstIndex(of: String(parts[2])), let year = Int(parts[3]), (1...9999).contains(year)
        else { return nil }
        let clock = parts[4].split(separator: ":").compactMap { Int($0) }
        guard clock.count == 3, (0...23).contains(clock[0]), (0...59).contains(clock[1]), (0...60).contains(clock[2])
        else { return nil }
        let seconds = CivilTime.unixSeconds(
            year: year, month: month + 1, day: day, hour: clock[0], minute: clock[1], second: clock[2]
        )
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
