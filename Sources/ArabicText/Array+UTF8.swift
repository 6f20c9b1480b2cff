extension Array where Element == UInt8 {
    /// Appends the UTF-8 encoding of `scalar`. The analysers build their output as bytes and make one `String` at
    /// the end, which is much cheaper over a large corpus than appending scalars to a `String` one by one.
    mutating func appendUTF8(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            append(UInt8(truncatingIfNeeded: value))
        case 0x80..<0x800:
            append(UInt8(truncatingIfNeeded: 0xC0 | (value >> 6)))
            append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            append(UInt8(truncatingIfNeeded: 0xE0 | (value >> 12)))
            append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        default:
            append(UInt8(truncatingIfNeeded: 0xF0 | (value >> 18)))
            append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 12) & 0x3F)))
            append(UInt8(truncatingIfNeeded: 0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(truncatingIfNeeded: 0x80 | (value & 0x3F)))
        }
    }
}
