import Foundation

/// A correction (تصحيح) to a published article: what was put right, and when. Readers see
/// it under the headline as an "updated" notice.
public struct Correction: Sendable, Hashable {
    public var note: String
    public var at: Date

    public init(note: String, at: Date) {
        self.note = note
        self.at = at
    }
}
