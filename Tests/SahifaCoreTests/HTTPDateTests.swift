import Foundation
import SahifaCore
import Testing

@Suite("HTTP dates")
struct HTTPDateTests {
    @Test("an HTTP date is written in the IMF-fixdate form and read back to the same second")
    func roundTrip() {
        let date = Date(timeIntervalSince1970: 784_111_777)
        #expect(HTTPDate.format(date) == "Sun, 06 Nov 1994 08:49:37 GMT")
        #expect(HTTPDate.parse("Sun, 06 Nov 1994 08:49:37 GMT") == date)
        #expect(HTTPDate.parse("Thu, 01 Jan 1970 00:00:00 GMT") == Date(timeIntervalSince1970: 0))
    }

    @Test("anything a client might send that is not such a date reads as none, without overflowing")
    func refusals() {
        for text in [
            "", "yesterday", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 32 Nov 1994 08:49:37 GMT", "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 06 Nov 9223372036854775807 08:49:37 GMT", "Sun, 06 Nov -400 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49 GMT",
        ] {
            #expect(HTTPDate.parse(text) == nil, "\(text)")
        }
    }
}
