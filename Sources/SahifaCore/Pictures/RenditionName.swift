/// One rendition's name, which is also the end of its address: the original's SHA-256 and
/// everything the rendition is made with. A name never stands for two different files, so
/// its address can be cached for a year; anything that changes the bytes changes the name.
///
/// `HASH/r1-16x9-640-f300-250.avif`: the recipe, the shape, the width, the focal point in
/// thousandths (`a` when the attention crop chooses) and the format.
public struct RenditionName: Sendable, Hashable {
    public let original: String
    public let request: RenditionRequest

    /// Bumped whenever the renderer makes different bytes for the same request (encoder
    /// settings, a libvips upgrade that changes them), so no cache keeps the old ones.
    public static let recipe = "r1"

    public init(original: String, request: RenditionRequest) {
        self.original = original
        self.request = request
    }

    /// The relative path, one folder per original.
    public var path: String {
        let focus = request.focus.map { "f\(Self.thousandths($0.x))-\(Self.thousandths($0.y))" } ?? "a"
        return "\(original)/\(Self.recipe)-\(request.shape.rawValue)-\(request.width)-\(focus)."
            + request.format.fileExtension
    }

    /// nil for anything `path` would not have written: another recipe, an unknown shape or
    /// format, a width that is not a plain number from 1 to 10,000, a hash that is not 64
    /// lower-case hex digits. Nothing from the address reaches the file system unchecked.
    public init?(path: String) {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 64, parts[0].allSatisfy(Self.isLowerHex) else { return nil }
        let file = parts[1]
        guard let dot = file.lastIndex(of: "."),
            let format = RenditionFormat.allCases.first(where: { $0.fileExtension == file[file.index(after: dot)...] })
        else { return nil }
        let fields = file[..<dot].split(separator: "-", omittingEmptySubsequences: false)
        guard fields.count >= 4, fields[0] == Self.recipe, let shape = CropShape(rawValue: String(fields[1])),
            let width = Self.number(fields[2], upTo: 10_000), width > 0
        else { return nil }
        let focus: FocalPoint?
        switch fields.count {
        case 4 where fields[3] == "a":
            focus = nil
        case 5 where fields[3].first == "f" && shape != .original:
            guard let x = Self.number(fields[3].dropFirst(), upTo: 1_000), let y = Self.number(fields[4], upTo: 1_000),
                let point = FocalPoint(x: Double(x) / 1_000, y: Double(y) / 1_000)
            else { return nil }
            focus = point
        default:
            return nil
        }
        self.init(
            original: String(parts[0]),
            request: RenditionRequest(width: width, shape: shape, format: format, focus: focus))
    }

    private static func thousandths(_ fraction: Double) -> Int { PictureFocus.thousandths(fraction) }

    private static func isLowerHex(_ character: Character) -> Bool {
        ("0"..."9").contains(character) || ("a"..."f").contains(character)
    }

    /// Digits only, no sign and no leading zero (so one number has one spelling).
    private static func number(_ text: Substring, upTo limit: Int) -> Int? {
        guard !text.isEmpty, text.count <= 5, text.allSatisfy({ ("0"..."9").contains($0) }),
            text == "0" || text.first != "0", let value = Int(text), value <= limit
        else { return nil }
        return value
    }
}
