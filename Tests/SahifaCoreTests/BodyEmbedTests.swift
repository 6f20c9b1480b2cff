import SahifaCore
import Testing

@Suite("Posts from other networks in a body")
struct BodyEmbedTests {
    @Test("a post's address from each network gives that network's frame; its page address is kept for the link")
    func knownNetworks() throws {
        let cases: [(String, BodyEmbed.Network, String)] = [
            (
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42", .youtube,
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"
            ),
            ("https://youtu.be/dQw4w9WgXcQ", .youtube, "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ"),
            ("https://youtube.com/shorts/abc_DEF-123", .youtube, "https://www.youtube-nocookie.com/embed/abc_DEF-123"),
            (
                "https://x.com/AJArabic/status/1856000000000000001", .x,
                "https://platform.twitter.com/embed/Tweet.html?id=1856000000000000001"
            ),
            ("https://twitter.com/AJArabic/status/20?s=20", .x, "https://platform.twitter.com/embed/Tweet.html?id=20"),
            ("https://www.instagram.com/p/C1a2B3c4D5e/", .instagram, "https://www.instagram.com/p/C1a2B3c4D5e/embed"),
            (
                "https://www.tiktok.com/@newsroom/video/7300000000000000000", .tiktok,
                "https://www.tiktok.com/embed/v2/7300000000000000000"
            ),
            (
                "https://www.facebook.com/aljazeera/posts/pfbid02abc", .facebook,
                "https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww%2Efacebook%2Ecom%2Faljazeera%2Fposts%2Fpfbid02abc"
            ),
        ]
        for (address, network, frame) in cases {
            let embed = try #require(BodyEmbed(address), "\(address)")
            #expect(embed.network == network, "\(address)")
            #expect(embed.frameURL == frame, "\(address)")
            #expect(embed.url == address)
        }
    }

    @Test("anything else is refused: other hosts, plain http, a network's pages that are not posts, odd ids")
    func refused() {
        for address in [
            "https://example.com/watch?v=dQw4w9WgXcQ", "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/channel/UC123", "https://x.com/AJArabic", "https://x.com/a/status/12ab",
            "https://www.youtube.com/watch?v=%22onload%3D", "javascript:alert(1)", "https://user:pw@youtu.be/abc",
            "https://www.instagram.com/newsroom/", "https://www.facebook.com/aljazeera", "",
        ] {
            #expect(BodyEmbed(address) == nil, "\(address)")
        }
    }

    @Test(
        "[[embed:URL]] becomes a placeholder that links to the post and loads nothing from it; a bad one names its line"
    )
    func rendered() throws {
        let body = try BodyRenderer().render("مقدمة.\n\n[[embed:https://youtu.be/dQw4w9WgXcQ]]")
        #expect(
            body.html.html
                == "<p>مقدمة.</p>\n<figure class=\"embed\" data-network=\"youtube\" "
                + "data-frame=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"><p>منشور على يوتيوب. "
                + "لا يُحمَّل شيء منه حتى تطلبه.</p><p><a href=\"https://youtu.be/dQw4w9WgXcQ\" "
                + "rel=\"noopener noreferrer nofollow\">افتح المنشور على يوتيوب</a> "
                + "<button type=\"button\" hidden>اعرضه هنا</button></p></figure>")
        #expect(!body.html.html.contains("<iframe"))
        #expect(try BodyRenderer.plainText(of: "مقدمة.\n\n[[embed:https://youtu.be/dQw4w9WgXcQ]]") == "مقدمة.")
        #expect(throws: BodyError.unknownEmbed(line: 3, text: "[[embed:https://example.com/v/1]]")) {
            try BodyRenderer().render("مقدمة.\n\n[[embed:https://example.com/v/1]]")
        }
    }
}
