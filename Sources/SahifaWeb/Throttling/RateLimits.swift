/// How many requests a minute API v1 and search take from one caller: part of `ServerSettings`.
/// 0 turns a limit off.
public struct RateLimits: Sendable, Hashable {
    /// Per API token.
    public var apiPerToken: Int
    /// Per client address, for API calls without a token.
    public var apiPerAddress: Int
    /// Per client address, for `/search` and `/api/v1/search`'s reader form alike.
    public var searchPerAddress: Int

    public init(apiPerToken: Int = 600, apiPerAddress: Int = 300, searchPerAddress: Int = 120) {
        self.apiPerToken = apiPerToken
        self.apiPerAddress = apiPerAddress
        self.searchPerAddress = searchPerAddress
    }
}

/// Too many requests from one caller: 429 with `Retry-After`.
struct RateLimited: Error, Sendable, Hashable {
    var retryAfter: Int
}
