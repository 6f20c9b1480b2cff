/// Which page of a list a reader asked for: `?page=N`, counted from 1.
public struct PageRequest: Sendable, Hashable {
    public let number: Int
    public let size: Int

    /// The largest page number accepted; beyond it a request is malformed, not merely empty.
    public static let maximumNumber = 100_000

    /// - Precondition: `size` is positive (a programmer's choice, not a reader's).
    public init(number: Int, size: Int) {
        precondition(size > 0, "a page holds at least one item")
        self.number = number
        self.size = size
    }

    public var offset: Int { (number - 1) * size }

    /// Reads `?page=` as typed: absent means page 1; anything but a whole number from 1 to
    /// `maximumNumber` is nil, so the caller can answer 400.
    public static func parse(_ text: String?, size: Int) -> PageRequest? {
        guard let text else { return PageRequest(number: 1, size: size) }
        guard !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            text.utf8.count <= 6, let number = Int(text), number >= 1, number <= maximumNumber
        else { return nil }
        return PageRequest(number: number, size: size)
    }
}
