import Crypto

/// The one-time code the first-run form asks for, so that the first stranger to reach a new
/// public site cannot make themselves its admin: `sahifa serve` makes one when it starts on a
/// site with no account and writes it to its log, which only the operator reads. Twelve
/// letters and digits from an alphabet without look-alikes (no 0/O, 1/I/L), about 60 bits.
struct SetupCode: Sendable {
    let code: String

    private static let alphabet = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")

    init(_ code: String) {
        self.code = code
    }

    static func random() -> SetupCode {
        var generator = SystemRandomNumberGenerator()
        let letters = (0..<12).map { _ in alphabet.randomElement(using: &generator)! }
        let groups = stride(from: 0, to: 12, by: 4).map { String(letters[$0..<$0 + 4]) }
        return SetupCode(groups.joined(separator: "-"))
    }

    /// Whether `typed` is the code, however it is spaced, dashed or cased; compared by
    /// digest, so the time taken says nothing about how much of it was right.
    func accepts(_ typed: String) -> Bool {
        func digest(_ text: String) -> [UInt8] {
            let plain = text.uppercased().filter { $0.isLetter || $0.isNumber }
            return Array(SHA256.hash(data: Array(plain.utf8)))
        }
        return digest(typed) == digest(code)
    }
}
