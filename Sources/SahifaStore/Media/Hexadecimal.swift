/// Digests written as lower-case hexadecimal, the way media files and checksums are named.
package enum Hexadecimal {
    private static let digits = Array("0123456789abcdef".utf8)

    package static func string(of bytes: some Sequence<UInt8>) -> String {
        var text: [UInt8] = []
        for byte in bytes {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
