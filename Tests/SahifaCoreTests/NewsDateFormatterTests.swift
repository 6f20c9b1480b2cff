import ArabicText
import Foundation
import Testing

@testable import SahifaCore

@Suite("Dates for readers")
struct NewsDateFormatterTests {
    /// 6 November 2025, 20:15 UTC: 23:15 in Riyadh, 15 Jumada al-Ula 1447 in the Umm al-Qura calendar.
    let summit = Date(timeIntervalSince1970: 1_762_460_100)
    let riyadh = TimeZone(identifier: "Asia/Riyadh")!

    @Test("Gregorian, Hijri and time in Arabic-Indic digits, on the site's clock")
    func arabicIndic() {
        let dates = NewsDateFormatter(timeZone: riyadh, digits: .arabicIndic)
        #expect(dates.gregorianDate(summit) == "٦ نوفمبر ٢٠٢٥")
        #expect(dates.hijriDate(summit) == "١٥ جمادى الأولى ١٤٤٧ هـ")
        #expect(dates.time(summit) == "٢٣:١٥")
        #expect(dates.iso8601(summit) == "2025-11-06T23:15:00+03:00")
    }

    @Test("the same moment in Western digits")
    func western() {
        let dates = NewsDateFormatter(timeZone: riyadh, digits: .western)
        #expect(dates.gregorianDate(summit) == "6 نوفمبر 2025")
        #expect(dates.hijriDate(summit) == "15 جمادى الأولى 1447 هـ")
        #expect(dates.time(summit) == "23:15")
    }

    @Test("ISO 8601 timestamps for machines: zero-padded, with the offset west or east of UTC")
    func machineTimestamps() {
        let newYork = NewsDateFormatter(timeZone: TimeZone(identifier: "America/New_York")!, digits: .arabicIndic)
        #expect(newYork.iso8601(summit) == "2025-11-06T15:15:00-05:00")
        let kathmandu = NewsDateFormatter(timeZone: TimeZone(identifier: "Asia/Kathmandu")!, digits: .western)
        #expect(kathmandu.iso8601(Date(timeIntervalSince1970: 9)) == "1970-01-01T05:30:09+05:30")
        let utc = NewsDateFormatter(timeZone: .gmt, digits: .western)
        #expect(utc.iso8601(Date(timeIntervalSince1970: -62_135_596_800 + 3_599)) == "0001-01-01T00:59:59+00:00")
    }

    @Test("the offset changes at the very second the clocks do, whichever side is asked first")
    func daylightSaving() {
        // 2025-03-09 07:00 UTC: 2 a.m. becomes 3 a.m. in New York
        let change = Date(timeIntervalSince1970: 1_741_503_600)
        for order in [[-1.0, 0.0], [0.0, -1.0]] {
            let newYork = NewsDateFormatter(timeZone: TimeZone(identifier: "America/New_York")!, digits: .western)
            let stamps = order.map { newYork.iso8601(change.addingTimeInterval($0)) }
            let expected = ["2025-03-09T01:59:59-05:00", "2025-03-09T03:00:00-04:00"]
            #expect(stamps == (order[0] < 0 ? expected : expected.reversed()))
        }
    }

    @Test("the date follows the site's time zone across midnight")
    func timeZoneMatters() {
        let lateInUTC = Date(timeIntervalSince1970: 1_762_473_600 - 60)  // 2025-11-06 23:59 UTC
        #expect(NewsDateFormatter(timeZone: .gmt, digits: .western).gregorianDate(lateInUTC) == "6 نوفمبر 2025")
        #expect(NewsDateFormatter(timeZone: riyadh, digits: .western).gregorianDate(lateInUTC) == "7 نوفمبر 2025")
    }

    @Test("relative times agree in number with their noun")
    func relative() {
        let dates = NewsDateFormatter(timeZone: riyadh, digits: .arabicIndic)
        #expect(dates.relative(summit, now: summit.addingTimeInterval(20)) == "الآن")
        #expect(dates.relative(summit, now: summit.addingTimeInterval(60)) == "منذ دقيقة")
        #expect(dates.relative(summit, now: summit.addingTimeInterval(120)) == "منذ دقيقتين")
        #expect(dates.relative(summit, now: summit.addingTimeInterval(300)) == "منذ ٥ دقائق")
        #expect(dates.relative(summit, now: summit.addingTimeInterval(11 * 3600)) == "منذ ١١ ساعة")
        #expect(dates.relative(summit, now: summit.addingTimeInterval(3 * 86_400)) == "٦ نوفمبر ٢٠٢٥")
    }
}
