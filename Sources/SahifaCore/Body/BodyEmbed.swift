import Foundation

/// A post from one of the networks newsrooms quote, placed in a body with `[[embed:URL]]`.
/// Readers get a placeholder that links to the post; the network's frame is made only when a
/// reader asks for it, so a page loads nothing from a third party by default.
public struct BodyEmbed: Sendable, Hashable {
    public enum Network: String, Sendable, CaseIterable {
        case youtube, x, facebook, instagram, tiktok

        /// The network's name as readers know it.
        public var name: String {
            switch self {
            case .youtube: "يوتيوب"
            case .x: "إكس"
            case .facebook: "فيسبوك"
            case .instagram: "إنستغرام"
            case .tiktok: "تيك توك"
            }
        }

        /// The hosts a frame of this network is loaded from, for the content security policy.
        public var frameHosts: [String] {
            switch self {
            case .youtube: ["https://www.youtube-nocookie.com"]
            case .x: ["https://platform.twitter.com"]
            case .facebook: ["https://www.facebook.com"]
            case .instagram: ["https://www.instagram.com"]
            case .tiktok: ["https://www.tiktok.com"]
            }
        }
    }

    public var network: Network
    /// The post's own address, as the editor pasted it (https only).
    public var url: String
    /// The address of the network's embeddable frame for the post.
    public var frameURL: String

    /// Nil for an address that is not a post of a known network.
    public init?(_ address: some StringProtocol) {
        guard let components = URLComponents(string: String(address)), components.scheme?.lowercased() == "https",
            components.user == nil, components.password == nil,
            let rawHost = components.host?.lowercased()
        else { return nil }
        let host = rawHost.hasPrefix("www.") ? String(rawHost.dropFirst(4)) : rawHost
        let path = components.path.split(separator: "/").map(String.init)
        guard let (network, frame) = Self.frame(host: host, path: path, query: components.queryItems ?? []) else {
            return nil
        }
        self.network = network
        url = String(address)
        frameURL = frame
    }

    private static func frame(host: String, path: [String], query: [URLQueryItem]) -> (Network, String)? {
        func id(_ text: String?, _ allowed: (Character) -> Bool) -> String? {
            guard let text, !text.isEmpty, text.count <= 64, text.allSatisfy(allowed) else { return nil }
            return text
        }
        let videoID: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
        let digits: (Character) -> Bool = { $0.isASCII && $0.isNumber }
        switch host {
        case "youtube.com", "m.youtube.com", "youtu.be":
            let video: String?
            switch path.first {
            case _ where host == "youtu.be": video = path.first
            case "watch": video = query.first { $0.name == "v" }?.value
            case "shorts", "embed", "live": video = path.dropFirst().first
            default: video = nil
            }
            return id(video, videoID).map { (.youtube, "https://www.youtube-nocookie.com/embed/\($0)") }
        case "x.com", "twitter.com", "mobile.twitter.com":
            guard path.count >= 3, path[1] == "status", let post = id(path[2], digits) else { return nil }
            return (.x, "https://platform.twitter.com/embed/Tweet.html?id=\(post)")
        case "instagram.com":
            guard path.count >= 2, ["p", "reel", "tv"].contains(path[0]), let post = id(path[1], videoID) else {
                return nil
            }
            return (.instagram, "https://www.instagram.com/\(path[0])/\(post)/embed")
        case "tiktok.com":
            guard path.count >= 3, path[0].hasPrefix("@"), path[1] == "video", let post = id(path[2], digits) else {
                return nil
            }
            return (.tiktok, "https://www.tiktok.com/embed/v2/\(post)")
        case "facebook.com", "m.facebook.com", "fb.watch":
            let isPost =
                path.contains("posts") || path.contains("videos") || path.first == "watch" || host == "fb.watch"
            guard isPost,
                path.allSatisfy({ id($0, { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }) != nil })
            else { return nil }
            var post = URLComponents()
            post.scheme = "https"
            post.host = host == "fb.watch" ? "fb.watch" : "www.facebook.com"
            post.path = "/" + path.joined(separator: "/")
            if path.first == "watch",
                let video = query.first(where: { $0.name == "v" })?.value.flatMap({ id($0, digits) })
            {
                post.queryItems = [URLQueryItem(name: "v", value: video)]
            }
            guard let href = post.string?.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else {
                return nil
            }
            let plugin = path.contains("videos") || path.first == "watch" || host == "fb.watch" ? "video" : "post"
            return (.facebook, "https://www.facebook.com/plugins/\(plugin).php?href=\(href)")
        default:
            return nil
        }
    }
}
