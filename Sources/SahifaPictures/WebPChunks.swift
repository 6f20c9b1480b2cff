import SahifaCore

/// Takes the EXIF and XMP chunks out of a WebP file, which libvips 8.14's saver writes even
/// when told to strip (an EXIF block of its own making: resolution and orientation), and
/// clears their flags in the VP8X header so the file says what it holds.
enum WebPChunks {
    private static let dropped: Set<[UInt8]> = [Array("EXIF".utf8), Array("XMP ".utf8)]
    /// VP8X flag bits: EXIF, XMP.
    private static let droppedFlags: UInt8 = 0x08 | 0x04

    /// `webp` unchanged when it is not the RIFF container libvips writes.
    static func withoutMetadata(_ webp: [UInt8]) -> [UInt8] {
        guard webp.count >= 12, webp[0..<4].elementsEqual("RIFF".utf8), webp[8..<12].elementsEqual("WEBP".utf8)
        else { return webp }
        var out = Array(webp[0..<12])
        var index = 12
        while index + 8 <= webp.count {
            let size =
                Int(webp[index + 4]) | Int(webp[index + 5]) << 8 | Int(webp[index + 6]) << 16
                | Int(webp[index + 7]) << 24
            let end = index + 8 + size + (size & 1)
            guard end <= webp.count else { return webp }
            let fourCC = Array(webp[index..<index + 4])
            if !dropped.contains(fourCC) {
                var chunk = Array(webp[index..<end])
                if fourCC.elementsEqual("VP8X".utf8), chunk.count > 8 { chunk[8] &= ~droppedFlags }
                out += chunk
            }
            index = end
        }
        let riffSize = UInt32(out.count - 8)
        for byte in 0..<4 { out[4 + byte] = UInt8(truncatingIfNeeded: riffSize >> (8 * UInt32(byte))) }
        return out
    }
}
