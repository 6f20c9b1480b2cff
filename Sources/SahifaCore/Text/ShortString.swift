/// Builds a short string (a timestamp, a path) byte by byte straight into its own storage.
/// String interpolation cost about 700 ns for one ISO 8601 timestamp, and every page shows
/// a dozen dates and paths.
public enum ShortString {
    /// The string that `write` writes, in UTF-8. `capacity` must hold all it writes.
    public static func make(capacity: Int, _ write: (inout Writer) -> Void) -> String {
        String(unsafeUninitializedCapacity: capacity) { buffer in
            var writer = Writer(buffer: buffer)
            write(&writer)
            return writer.count
        }
    }

    public struct Writer: ~Copyable {
        private let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        fileprivate init(buffer: UnsafeMutableBufferPointer<UInt8>) {
            self.buffer = buffer
        }

        public mutating func byte(_ byte: UInt8) {
            precondition(count < buffer.count, "ShortString capacity too small")
            buffer[count] = byte
            count += 1
        }

        /// `text`'s UTF-8, as is.
        public mutating func append(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                precondition(count + utf8.count <= buffer.count, "ShortString capacity too small")
                _ = UnsafeMutableBufferPointer(rebasing: buffer[count...]).initialize(fromContentsOf: utf8)
                count += utf8.count
            }
        }

        /// Lets `write` fill up to `maximumCount` bytes in one go, without a check per byte;
        /// it returns how many it wrote.
        public mutating func write(maximumCount: Int, _ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
            precondition(count + maximumCount <= buffer.count, "ShortString capacity too small")
            let written = write(UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + maximumCount)]))
            precondition((0...maximumCount).contains(written), "wrote more than it said")
            count += written
        }

        /// `value` (0–99) as two ASCII digits.
        public mutating func twoDigits(_ value: Int) {
            byte(UInt8(truncatingIfNeeded: 0x30 + value / 10))
            byte(UInt8(truncatingIfNeeded: 0x30 + value % 10))
        }

        /// `value` in ASCII decimal digits, with a leading `-` when negative.
        public mutating func decimal(_ value: Int) {
            if value < 0 { byte(UInt8(ascii: "-")) }
            var digitCount = 1
            var rest = value.magnitude / 10
            while rest > 0 {
                digitCount += 1
                rest /= 10
            }
            precondition(count + digitCount <= buffer.count, "ShortString capacity too small")
            var magnitude = value.magnitude
            for position in stride(from: count + digitCount - 1, through: count, by: -1) {
                buffer[position] = UInt8(truncatingIfNeeded: 0x30 + magnitude % 10)
                magnitude /= 10
            }
            count += digitCount
        }
    }
}
