/// Tests on eight bytes at once, for escapers that copy long runs of text that need no
/// escaping: pages are mostly Arabic letters and percent-encoded links, none of whose bytes
/// ever do. Each test may answer "yes" wrongly, never "no".
public enum ByteLanes {
    /// Whether any byte of `word` may be `byte`: the classic test for a zero byte, on the word
    /// XORed with `byte` in every lane.
    @inlinable @inline(__always)
    public static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let lanes = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return (lanes &- 0x0101_0101_0101_0101) & ~lanes & 0x8080_8080_8080_8080 != 0
    }

    /// Whether any byte of `word` may be below `limit` (at most 128).
    @inlinable @inline(__always)
    public static func hasByte(_ word: UInt64, below limit: UInt8) -> Bool {
        (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
    }
}
