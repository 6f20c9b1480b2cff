/// An address held as 16 bytes instead of its text. A big site has hundreds of thousands of old
/// addresses, each looked up while bodies are converted and each redirected at the end; their
/// text can be made again from the index whenever it is needed. Two seeded hashes of 64 bits
/// each make a clash between two addresses of one import as likely as never (about one in
/// 10^27 for a million addresses).
struct AddressDigest: Hashable, Sendable {
    private let first: Int
    private let second: Int

    init(_ address: String) {
        var one = Hasher()
        one.combine(0x5A)
        one.combine(address)
        var two = Hasher()
        two.combine(0xA5)
        two.combine(address)
        first = one.finalize()
        second = two.finalize()
    }
}
