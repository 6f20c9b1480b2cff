import Foundation

/// Times as a `datetime-local` field shows and sends them (`2026-12-01T09:30`), in the
/// site's clock rather than the browser's, so every editor means the same moment.
enum LocalTime {
    static func parse(_ text: String, zone: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        return formatter(zone: zone, seconds: text.count > 16).date(from: text)
    }

    static func format(_ date: Date, zone: String) -> String {
        formatter(zone: zone, seconds: false).string(from: date)
    }

    private static func formatter(zone: String, seconds: Bool) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone) ?? .gmt
        formatter.dateFormat = seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm"
        return formatter
    }
}
