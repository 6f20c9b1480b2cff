/// Where the editor said a picture's subject is: one point every crop keeps, and for any
/// shape the editor adjusted on its own (a square thumbnail of a group photo that should show
/// one face), that shape's own point.
public struct PictureFocus: Sendable, Hashable {
    public var point: FocalPoint?
    public var byShape: [CropShape: FocalPoint]

    public init(point: FocalPoint? = nil, byShape: [CropShape: FocalPoint] = [:]) {
        self.point = point
        self.byShape = byShape.filter { $0.key != .original }
    }

    public static let none = PictureFocus()

    /// The point a crop of `shape` is cut around; nil lets the attention crop choose.
    public func point(for shape: CropShape) -> FocalPoint? {
        shape == .original ? nil : byShape[shape] ?? point
    }

    /// The shapes' own points as stored: `16x9=300,250 1x1=500,120`, in thousandths.
    public var shapesText: String {
        CropShape.allCases.compactMap { shape in
            byShape[shape].map { "\(shape.rawValue)=\(Self.thousandths($0.x)),\(Self.thousandths($0.y))" }
        }.joined(separator: " ")
    }

    /// Reads `shapesText` back; a part it cannot read is left out, so a damaged value costs an
    /// adjustment, never the picture.
    public init(point: FocalPoint?, shapesText: String) {
        var byShape: [CropShape: FocalPoint] = [:]
        for part in shapesText.split(separator: " ") {
            let sides = part.split(separator: "=")
            guard sides.count == 2, let shape = CropShape(rawValue: String(sides[0])) else { continue }
            let numbers = sides[1].split(separator: ",").compactMap { Int($0) }
            guard numbers.count == 2,
                let focus = FocalPoint(x: Double(numbers[0]) / 1_000, y: Double(numbers[1]) / 1_000)
            else { continue }
            byShape[shape] = focus
        }
        self.init(point: point, byShape: byShape)
    }

    /// This focus with `point` for `shape`, or for every crop when `shape` is nil; a nil point
    /// gives that choice back to the attention crop (for every crop: all of them).
    public func setting(_ point: FocalPoint?, for shape: CropShape?) -> PictureFocus {
        guard let shape else { return point == nil ? .none : PictureFocus(point: point, byShape: byShape) }
        var byShape = byShape
        byShape[shape] = point
        return PictureFocus(point: self.point, byShape: byShape)
    }

    static func thousandths(_ fraction: Double) -> Int { Int((fraction * 1_000).rounded()) }
}

extension FocalPoint {
    /// Where an editor clicked on a picture shown `width` × `height` pixels, from its top left
    /// (as a browser sends an image button's click); nil for a click outside it.
    public init?(clickedAt x: Int, _ y: Int, onWidth width: Int, height: Int) {
        guard width > 0, height > 0, (0...width).contains(x), (0...height).contains(y) else { return nil }
        self.init(x: Double(x) / Double(width), y: Double(y) / Double(height))
    }
}
