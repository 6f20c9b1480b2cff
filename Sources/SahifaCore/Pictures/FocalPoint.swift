/// Where a picture's subject is, as fractions of its upright width and height from the top
/// left (0.5, 0.5 is the middle), so that it survives any resizing.
public struct FocalPoint: Sendable, Hashable {
    public let x: Double
    public let y: Double

    /// nil unless both lie within 0…1.
    public init?(x: Double, y: Double) {
        guard (0...1).contains(x), (0...1).contains(y) else { return nil }
        self.x = x
        self.y = y
    }
}
