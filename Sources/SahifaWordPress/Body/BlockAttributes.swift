import Foundation

/// The JSON attributes of a block comment (`<!-- wp:image {"id":2421,…} -->`) that the converter
/// uses. Each is read on its own: a block whose `id` is a string or whose JSON is cut short still
/// gives the others, and the HTML inside the block is converted either way.
struct BlockAttributes: Decodable, Hashable, Sendable {
    /// The attachment a `wp:image` shows.
    var id: Int?
    /// The stored post a reusable `wp:block` stands for.
    var ref: Int?
    /// Extra classes an editor gave the block, such as `related-news` on a `wp:group`.
    var className: String?
    /// The address a `wp:embed` shows.
    var url: String?
    /// The attachments of an old-style `wp:gallery`.
    var ids: [Int]?

    init() {}

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        id = try? container.decodeIfPresent(Int.self, forKey: .id)
        ref = try? container.decodeIfPresent(Int.self, forKey: .ref)
        className = try? container.decodeIfPresent(String.self, forKey: .className)
        url = try? container.decodeIfPresent(String.self, forKey: .url)
        ids = try? container.decodeIfPresent([Int].self, forKey: .ids)
    }

    /// The attributes in a block comment's JSON text, or none when it is not a JSON object.
    static func parse(_ json: Substring) -> BlockAttributes {
        guard json.first == "{" else { return BlockAttributes() }
        return (try? JSONDecoder().decode(BlockAttributes.self, from: Data(json.utf8))) ?? BlockAttributes()
    }

    /// Whether the editor gave the block `name` among its classes.
    func hasClass(_ name: String) -> Bool {
        className?.split(whereSeparator: \.isWhitespace).contains { $0 == name } ?? false
    }

    private enum Key: String, CodingKey {
        case id, ref, className, url, ids
    }
}
