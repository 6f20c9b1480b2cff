import Foundation
import Testing

@testable import SahifaWeb

@Suite("API dates read as RFC 3339 and nothing looser")
struct APIDateTests {
    @Test("a time with its offset, a fraction or Z is the moment it names")
    func wellFormed() {
        #expect(APIDate.parse("2026-12-07T15:30:00Z") == Date(timeIntervalSince1970: 1_796_657_400))
        #expect(APIDate.parse("2026-12-07T18:30:00+03:00") == Date(timeIntervalSince1970: 1_796_657_400))
        #expect(APIDate.parse("2026-12-07T12:00:00-03:30") == Date(timeIntervalSince1970: 1_796_657_400))
        #expect(APIDate.parse("2026-12-07t15:30:00.250z") == Date(timeIntervalSince1970: 1_796_657_400.25))
        #expect(APIDate.parse("2028-02-29T00:00:00Z") != nil)
    }

    @Test("a field out of its range is refused, not carried into the next one")
    func outOfRange() {
        for text in [
            "2024-01-01T12:99:00Z", "2024-01-01T24:00:00Z", "2024-01-01T12:00:61Z", "2024-13-01T12:00:00Z",
            "2024-00-10T12:00:00Z", "2025-02-29T12:00:00Z", "2024-04-31T12:00:00Z", "2024-01-01T12:00:00+24:00",
            "2024-01-01T12:00:00+03:60",
        ] {
            #expect(APIDate.parse(text) == nil, "\(text)")
        }
    }

    @Test("anything but the full form is refused")
    func malformed() {
        for text in [
            "", "2024-01-01", "2024-01-01T12:00Z", "2024-01-01T12:00:00", "2024-01-01 12:00:00Z",
            "2024-01-01T12:00:00.Z", "2024-01-01T12:00:00+0300", "2024-01-01T12:00:00Zjunk", "٢٠٢٤-01-01T12:00:00Z",
            "+2024-01-01T12:00:00Z",
        ] {
            #expect(APIDate.parse(text) == nil, "\(text)")
        }
    }
}
