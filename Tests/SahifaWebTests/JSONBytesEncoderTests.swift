import Foundation
import Testing

@testable import SahifaWeb

@Suite("The API's JSON encoder")
struct JSONBytesEncoderTests {
    /// A value that uses every kind of container and scalar the `Encodable` protocol offers.
    struct Everything: Encodable, Equatable {
        var text = "قال \"المتحدث\": <b>C5+1</b> & \\ \n\t\u{01} \u{2028} ✓"
        var count = -42
        var small: Int8 = -8
        var large: UInt64 = .max
        var ratio = 0.1
        var whole = 3.0
        var tiny = 1e-7
        var flag = true
        var missing: String? = nil
        var present: String? = "موجود"
        var list = ["أ", "ب"]
        var optionals: [Int?] = [1, nil, 3]
        var empty: [String] = []
        var nested = Nested()
        var byKey = ["س": 1]

        struct Nested: Encodable, Equatable {
            var section = "world"
        }

        enum CodingKeys: String, CodingKey {
            case text, count, small, large, ratio, whole, tiny, flag, missing, present, list, optionals, empty
            case nested
            case byKey = "by_key"
        }
    }

    /// Writes through nested containers and a super encoder, which close only when their
    /// parent moves on.
    struct HandWritten: Encodable {
        enum Keys: String, CodingKey { case first, inner, items, last }
        enum InnerKeys: String, CodingKey { case deep }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode("أول", forKey: .first)
            var inner = container.nestedContainer(keyedBy: InnerKeys.self, forKey: .inner)
            try inner.encode(1, forKey: .deep)
            var items = container.nestedUnkeyedContainer(forKey: .items)
            try items.encode(true)
            var pair = items.nestedUnkeyedContainer()
            try pair.encode(2.5)
            try pair.encodeNil()
            try items.encode("بعد")
            try Everything.Nested().encode(to: container.superEncoder())
            try container.encode(0, forKey: .last)
        }
    }

    @Test("writes what Foundation's encoder writes, read back by a JSON parser")
    func sameAsFoundation() throws {
        let ours = try JSONSerialization.jsonObject(with: Data(JSONBytesEncoder.encode(Everything()))) as? NSDictionary
        let foundations = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Everything())) as? NSDictionary
        #expect(ours != nil)
        #expect(ours == foundations)
    }

    @Test("keeps members in the order they are written and leaves nothing raw that HTML could read")
    func orderAndEscaping() throws {
        let text = String(decoding: try JSONBytesEncoder.encode(Everything()), as: UTF8.self)
        #expect(text.hasPrefix("{\"text\":"))
        #expect(text.hasSuffix("\"by_key\":{\"س\":1}}"))
        #expect(text.contains("\"whole\":3,"))
        #expect(!text.contains("\"missing\""))
        for raw in ["<", ">", "&", "\u{2028}", "\n", "\u{01}"] {
            #expect(!text.contains(raw))
        }
    }

    @Test("closes nested containers where their parent moves on")
    func nestedContainers() throws {
        let text = String(decoding: try JSONBytesEncoder.encode(HandWritten()), as: UTF8.self)
        #expect(
            text == "{\"first\":\"أول\",\"inner\":{\"deep\":1},\"items\":[true,[2.5,null],\"بعد\"],"
                + "\"super\":{\"section\":\"world\"},\"last\":0}"
        )
    }

    @Test("a value that writes nothing is an empty object, and a number JSON cannot hold is refused")
    func edges() throws {
        struct Silent: Encodable { func encode(to encoder: any Encoder) throws {} }
        #expect(try JSONBytesEncoder.encode(Silent()) == Array("{}".utf8))
        #expect(try JSONBytesEncoder.encode([Silent()]) == Array("[{}]".utf8))
        #expect(throws: EncodingError.self) { try JSONBytesEncoder.encode(["score": Double.nan]) }
        #expect(throws: EncodingError.self) { try JSONBytesEncoder.encode([Double.infinity]) }
        struct Scored: Encodable { var score: Double }
        let error = #expect(throws: EncodingError.self) {
            try JSONBytesEncoder.encode([Scored(score: 1), Scored(score: .nan)])
        }
        guard case .invalidValue(_, let context) = error else {
            Issue.record("not an invalid value")
            return
        }
        #expect(context.codingPath.map(\.stringValue) == ["1", "score"])
    }
}
