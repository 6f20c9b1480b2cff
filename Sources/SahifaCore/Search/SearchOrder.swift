/// How search results are ordered.
public enum SearchOrder: String, Sendable, CaseIterable {
    /// Best match first (the default).
    case relevance
    /// Newest first, among the matches.
    case newest
}
