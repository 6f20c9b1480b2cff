/// What an embedded player becomes while Sahifa has no embed block: a link a reader can follow.
/// Video hosts get a label naming the host ("فيديو: youtube.com"); other known hosts (posts on
/// social networks) and unknown ones are labelled with their address.
enum EmbedLink {
    /// The hosts whose players are videos, by the domain used in the label.
    private static let videoHosts: [(domain: String, label: String)] = [
        ("youtube.com", "youtube.com"), ("youtube-nocookie.com", "youtube.com"), ("youtu.be", "youtu.be"),
        ("vimeo.com", "vimeo.com"), ("dailymotion.com", "dailymotion.com"), ("dai.ly", "dailymotion.com"),
    ]

    /// Hosts whose embeds are posts rather than videos.
    private static let socialHosts = ["facebook.com", "fb.watch", "twitter.com", "x.com", "instagram.com"]

    /// The host as the report names it: a video host's own domain ("vimeo.com" for
    /// "player.vimeo.com"), otherwise the address's host; nil for an address without one.
    static func reportedHost(of address: String) -> String? {
        guard let host = LinkAddress.host(of: address) else { return nil }
        return videoLabel(for: host) ?? host
    }

    /// Whether the address is a player of a known video or social host.
    static func isKnown(_ address: String) -> Bool {
        guard let host = LinkAddress.host(of: address) else { return false }
        return videoLabel(for: host) != nil || socialHosts.contains { matches(host, $0) }
    }

    /// The link text for an embed of `address`.
    static func label(for address: String) -> String {
        guard let host = LinkAddress.host(of: address), let label = videoLabel(for: host) else { return address }
        return "فيديو: " + label
    }

    /// The page a reader should open for a player's address: YouTube's, Vimeo's and
    /// Dailymotion's embed players become their watch pages; other addresses stay as they are.
    static func readerAddress(for address: String) -> String {
        guard let host = LinkAddress.host(of: address) else { return address }
        let path = LinkAddress.path(of: address)
        func identifier(after prefix: String) -> Substring? {
            guard path.hasPrefix(prefix) else { return nil }
            let id = path.dropFirst(prefix.count).prefix { $0 != "/" }
            return id.isEmpty ? nil : id
        }
        if matches(host, "youtube.com") || matches(host, "youtube-nocookie.com"), let id = identifier(after: "/embed/")
        {
            return "https://www.youtube.com/watch?v=\(id)"
        }
        if host == "player.vimeo.com", let id = identifier(after: "/video/") {
            return "https://vimeo.com/\(id)"
        }
        if matches(host, "dailymotion.com"), let id = identifier(after: "/embed/video/") {
            return "https://www.dailymotion.com/video/\(id)"
        }
        return address
    }

    private static func videoLabel(for host: String) -> String? {
        videoHosts.first { matches(host, $0.domain) }?.label
    }

    private static func matches(_ host: String, _ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }
}
