import Foundation

/// Encodes the API's `Encodable` answers straight to JSON bytes, members in the order their
/// `encode(to:)` writes them. Foundation's `JSONEncoder` first builds a tree of boxed values
/// and then writes it out; on the search API that was a twentieth of the server's time.
///
/// Strings are written by `JSONValue.writeString`, which also escapes `<`, `>`, `&`, U+2028 and
/// U+2029 (as Go's encoder does by default), so an answer stays inert even if something reads
/// it as HTML. A value that writes nothing is `{}`; non-finite numbers are refused, as
/// Foundation refuses them.
enum JSONBytesEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let output = JSONOutput()
        output.bytes.reserveCapacity(4096)
        let encoder = StreamingEncoder(output: output)
        try value.encode(to: encoder)
        encoder.close()
        return output.bytes
    }
}

/// The bytes written so far, shared by every encoder and container of one answer.
private final class JSONOutput {
    var bytes: [UInt8] = []

    func punctuation(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    func integer(_ number: some BinaryInteger) {
        bytes.append(contentsOf: String(number).utf8)
    }

    /// `codingPath` is worked out only for the error, not for every number written.
    func number(_ number: Double, at codingPath: @autoclosure () -> [any CodingKey]) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(
                number, EncodingError.Context(codingPath: codingPath(), debugDescription: "JSON has no \(number)")
            )
        }
        if number == number.rounded(.towardZero), abs(number) < 1e15 {
            integer(Int64(number))
        } else {
            bytes.append(contentsOf: number.description.utf8)
        }
    }

    func string(_ text: String) {
        JSONValue.writeString(text, into: &bytes)
    }
}

/// One value being encoded. It writes its container's opening bracket when the value asks
/// for a container and the closing one when its parent moves on (`close`); a nested
/// container left open is closed before its parent writes anything more.
private final class StreamingEncoder: Encoder {
    enum Shape {
        case nothing, object, array, single
    }

    let output: JSONOutput
    /// The encoder of the value this one is a member or element of, and the key it is at: the
    /// coding path is worked out from them only when an error needs it. Unowned: a parent
    /// holds its open child, and outlives it for as long as the encoding runs.
    private unowned let parent: StreamingEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var shape = Shape.nothing
    /// Whether the object or array has no member yet, so the next needs no comma.
    private var isEmpty = true
    private var openChild: StreamingEncoder?

    init(output: JSONOutput, parent: StreamingEncoder? = nil, key: (any CodingKey)? = nil) {
        self.output = output
        self.parent = parent
        self.key = key
    }

    var codingPath: [any CodingKey] {
        guard let parent, let key else { return [] }
        return parent.codingPath + [key]
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        open(.object, bracket: "{")
        return KeyedEncodingContainer(KeyedContainer(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        open(.array, bracket: "[")
        return UnkeyedContainer(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueContainer(encoder: self)
    }

    /// Starts an object or an array, or goes on with the one already started (a value may ask
    /// for its container more than once).
    private func open(_ wanted: Shape, bracket: StaticString) {
        if shape == .nothing {
            output.punctuation(bracket)
            shape = wanted
        }
        precondition(shape == wanted, "a value asked for a container after writing something else")
    }

    /// Writes the separator and key before an object's next member.
    func startMember(_ key: some CodingKey) {
        startEntry(of: .object)
        output.string(key.stringValue)
        output.punctuation(":")
    }

    /// Writes the separator before an array's next element.
    func startElement() {
        startEntry(of: .array)
    }

    private func startEntry(of wanted: Shape) {
        closeOpenChild()
        precondition(shape == wanted, "a member or element outside its container")
        if !isEmpty { output.punctuation(",") }
        isEmpty = false
    }

    /// Marks this value as a single value about to be written.
    func startSingleValue() {
        precondition(shape == .nothing, "a value written twice")
        shape = .single
    }

    /// A value's own encoder at `key`, whose brackets this encoder closes when it moves on.
    func child(at key: any CodingKey) -> StreamingEncoder {
        let child = StreamingEncoder(output: output, parent: self, key: key)
        openChild = child
        return child
    }

    func encodeChild(_ value: some Encodable, at key: any CodingKey) throws {
        try value.encode(to: child(at: key))
        closeOpenChild()
    }

    func closeOpenChild() {
        guard let child = openChild else { return }
        openChild = nil
        child.close()
    }

    /// Writes the closing bracket, or `{}` for a value that wrote nothing.
    func close() {
        closeOpenChild()
        switch shape {
        case .nothing: output.punctuation("{}")
        case .object: output.punctuation("}")
        case .array: output.punctuation("]")
        case .single: break
        }
    }
}

private struct IndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { String(intValue ?? 0) }
    init(_ index: Int) { intValue = index }
    init?(intValue: Int) { self.intValue = intValue }
    init?(stringValue: String) { nil }
}

private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(intValue: Int) { nil }
    init?(stringValue: String) { nil }
}

private struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) throws {
        encoder.startMember(key)
        encoder.output.punctuation("null")
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        encoder.startMember(key)
        encoder.output.punctuation(value ? "true" : "false")
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        encoder.startMember(key)
        encoder.output.string(value)
    }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        encoder.startMember(key)
        try encoder.output.number(value, at: codingPath + [key])
    }

    mutating func encode(_ value: Float, forKey key: Key) throws {
        try encode(Double(value), forKey: key)
    }

    // Each integer type has its own requirement (see `WritesIntegers`).
    mutating func encode(_ value: Int, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { integer(value, key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { integer(value, key) }

    private func integer(_ value: some BinaryInteger, _ key: Key) {
        encoder.startMember(key)
        encoder.output.integer(value)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        encoder.startMember(key)
        try encoder.encodeChild(value, at: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        encoder.startMember(key)
        return encoder.child(at: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.startMember(key)
        return encoder.child(at: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        encoder.startMember(SuperKey())
        return encoder.child(at: SuperKey())
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder.startMember(key)
        return encoder.child(at: key)
    }
}

private struct UnkeyedContainer: UnkeyedEncodingContainer, WritesIntegers {
    let encoder: StreamingEncoder
    private(set) var count = 0
    var codingPath: [any CodingKey] { encoder.codingPath }

    init(encoder: StreamingEncoder) {
        self.encoder = encoder
    }

    private mutating func next() -> IndexKey {
        encoder.startElement()
        defer { count += 1 }
        return IndexKey(count)
    }

    mutating func encodeNil() throws {
        _ = next()
        encoder.output.punctuation("null")
    }

    mutating func encode(_ value: Bool) throws {
        _ = next()
        encoder.output.punctuation(value ? "true" : "false")
    }

    mutating func encode(_ value: String) throws {
        _ = next()
        encoder.output.string(value)
    }

    mutating func encode(_ value: Double) throws {
        let key = next()
        try encoder.output.number(value, at: codingPath + [key])
    }

    mutating func encode(_ value: Float) throws { try encode(Double(value)) }

    mutating func integer(_ value: some BinaryInteger) {
        _ = next()
        encoder.output.integer(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let key = next()
        try encoder.encodeChild(value, at: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        let key = next()
        return encoder.child(at: key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = next()
        return encoder.child(at: key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder {
        let key = next()
        return encoder.child(at: key)
    }
}

private struct SingleValueContainer: SingleValueEncodingContainer, WritesIntegers {
    let encoder: StreamingEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws {
        encoder.startSingleValue()
        encoder.output.punctuation("null")
    }

    mutating func encode(_ value: Bool) throws {
        encoder.startSingleValue()
        encoder.output.punctuation(value ? "true" : "false")
    }

    mutating func encode(_ value: String) throws {
        encoder.startSingleValue()
        encoder.output.string(value)
    }

    mutating func encode(_ value: Double) throws {
        encoder.startSingleValue()
        try encoder.output.number(value, at: codingPath)
    }

    mutating func encode(_ value: Float) throws { try encode(Double(value)) }

    mutating func integer(_ value: some BinaryInteger) {
        encoder.startSingleValue()
        encoder.output.integer(value)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        // The value's own encoding replaces this single value: an array, an object or a scalar.
        try value.encode(to: encoder)
    }
}

/// The integer requirements that unkeyed and single-value containers share, each a plain
/// integer. Every integer type has its own requirement; left to the generic `encode`, one
/// would call itself through its own `encode(to:)`.
private protocol WritesIntegers {
    mutating func integer(_ value: some BinaryInteger)
}

extension WritesIntegers {
    mutating func encode(_ value: Int) throws { integer(value) }
    mutating func encode(_ value: Int8) throws { integer(value) }
    mutating func encode(_ value: Int16) throws { integer(value) }
    mutating func encode(_ value: Int32) throws { integer(value) }
    mutating func encode(_ value: Int64) throws { integer(value) }
    mutating func encode(_ value: UInt) throws { integer(value) }
    mutating func encode(_ value: UInt8) throws { integer(value) }
    mutating func encode(_ value: UInt16) throws { integer(value) }
    mutating func encode(_ value: UInt32) throws { integer(value) }
    mutating func encode(_ value: UInt64) throws { integer(value) }
}
