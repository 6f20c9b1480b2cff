/// A moment on the proleptic Gregorian calendar in some fixed offset from UTC, worked out
/// with integer arithmetic: pages show several dates each, and this is many times cheaper
/// than asking a `Calendar` for components.
struct CivilTime: Equatable {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
    var second: Int
    /// Days since 1 January 1970 in this local time, for keying things by calendar day.
    var dayNumber: Int

    /// The local time `offsetSeconds` east of UTC at `unixSeconds` seconds since 1970.
    init(unixSeconds: Int, offsetSeconds: Int) {
        let local = unixSeconds + offsetSeconds
        let days = Self.floorDivide(local, 86_400)
        dayNumber = days
        let secondOfDay = local - days * 86_400
        hour = secondOfDay / 3600
        minute = secondOfDay % 3600 / 60
        second = secondOfDay % 60
        // Count from 1 March 0000, so the leap day falls at the end of each counted year.
        let shifted = days + 719_468
        let era = Self.floorDivide(shifted, 146_097)
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthFromMarch = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
        month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
        year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        value >= 0 ? value / divisor : (value - divisor + 1) / divisor
    }

    /// Seconds since 1970 of a UTC calendar date and time; the inverse of `init`.
    static func unixSeconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = floorDivide(shiftedYear, 400)
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return days * 86_400 + hour * 3600 + minute * 60 + second
    }
}

extension ShortString.Writer {
    /// `HH:MM:SS`, as HTTP dates and ISO 8601 both write the time of day.
    mutating func clock(_ time: CivilTime) {
        twoDigits(time.hour)
        byte(UInt8(ascii: ":"))
        twoDigits(time.minute)
        byte(UInt8(ascii: ":"))
        twoDigits(time.second)
    }
}
