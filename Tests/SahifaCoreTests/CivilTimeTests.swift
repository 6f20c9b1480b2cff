import Foundation
import Testing

@testable import SahifaCore

@Suite("Gregorian arithmetic")
struct CivilTimeTests {
    @Test("local dates and times agree with Foundation's calendar, across leap days, offsets and 1970")
    func agreesWithCalendar() throws {
        var calendar = Calendar(identifier: .gregorian)
        var generator = SystemRandomNumberGenerator()
        let moments =
            [-86_401, -1, 0, 951_782_400, 951_868_799, 4_107_542_400, 1_762_460_100]
            + (0..<2000).map { _ in Int.random(in: -2_000_000_000...4_000_000_000, using: &generator) }
        for offset in [0, 3 * 3600, -5 * 3600, 5 * 3600 + 1800] {
            calendar.timeZone = try #require(TimeZone(secondsFromGMT: offset))
            for moment in moments {
                let parts = calendar.dateComponents(
                    [.year, .month, .day, .hour, .minute, .second],
                    from: Date(timeIntervalSince1970: Double(moment))
                )
                let civil = CivilTime(unixSeconds: moment, offsetSeconds: offset)
                #expect(
                    [civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second]
                        == [parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second],
                    "moment \(moment) offset \(offset)"
                )
            }
        }
    }
}
