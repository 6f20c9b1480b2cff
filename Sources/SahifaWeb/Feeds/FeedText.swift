/// Whether feed items carry the whole article or its summary only.
public enum FeedText: String, Sendable, CaseIterable {
    case full, summary
}
