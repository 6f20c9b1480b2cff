/// How many stories each part of the home page holds.
public struct HomeLayout: Sendable, Hashable {
    public var topStories: Int
    public var perSection: Int
    public var latestPageSize: Int

    public init(topStories: Int = 4, perSection: Int = 4, latestPageSize: Int = 10) {
        self.topStories = topStories
        self.perSection = perSection
        self.latestPageSize = latestPageSize
    }
}
