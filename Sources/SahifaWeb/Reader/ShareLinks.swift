import SahifaCore

/// Share links as plain URLs: no third-party script runs on our pages, and a reader's
/// browser talks to a network only when they choose to share.
enum ShareLinks {
    static func links(url: String, title: String) -> [LinkModel] {
        let u = PercentEncoding.encodePathSegment(url)
        let t = PercentEncoding.encodePathSegment(title)
        return [
            LinkModel(text: "إكس", href: "https://x.com/intent/post?url=\(u)&text=\(t)"),
            LinkModel(text: "فيسبوك", href: "https://www.facebook.com/sharer/sharer.php?u=\(u)"),
            LinkModel(text: "واتساب", href: "https://wa.me/?text=\(t)%20\(u)"),
            LinkModel(text: "تيليغرام", href: "https://t.me/share/url?url=\(u)&text=\(t)"),
            LinkModel(text: "البريد", href: "mailto:?subject=\(t)&body=\(u)"),
        ]
    }
}
