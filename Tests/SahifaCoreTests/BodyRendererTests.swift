import Testing

@testable import SahifaCore

@Suite("Body rendering")
struct BodyRendererTests {
    private func html(_ markdown: String, media: [String: MediaAsset] = [:]) throws -> String {
        try BodyRenderer(media: media).render(markdown).html.html
    }

    @Test("paragraphs, subheadings, quotes and lists become their HTML elements")
    func blocks() throws {
        let markdown = """
            الفقرة الأولى
            تكملة الفقرة.

            ## عنوان فرعي

            ### عنوان أصغر

            > اقتباس من مسؤول

            - بند أول
            - بند ثانٍ

            1. أولاً
            2. ثانياً
            """
        #expect(
            try html(markdown) == """
                <p>الفقرة الأولى تكملة الفقرة.</p>
                <h2>عنوان فرعي</h2>
                <h3>عنوان أصغر</h3>
                <blockquote><p>اقتباس من مسؤول</p></blockquote>
                <ul><li>بند أول</li><li>بند ثانٍ</li></ul>
                <ol><li>أولاً</li><li>ثانياً</li></ol>
                """
        )
    }

    @Test("a level-one heading becomes h2, so the headline stays the page's only h1")
    func noSecondH1() throws {
        #expect(try html("# عنوان") == "<h2>عنوان</h2>")
    }

    @Test("bold, italic, code and links are rendered inline")
    func inline() throws {
        #expect(
            try html("قال **المتحدث** إن *الاتفاق* `C5+1` [هنا](https://example.org/a?b=1&c=2)")
                == "<p>قال <strong>المتحدث</strong> إن <em>الاتفاق</em> <code>C5+1</code> "
                + "<a href=\"https://example.org/a?b=1&amp;c=2\">هنا</a></p>"
        )
    }

    @Test("an escape or a marker after an Arabic number sign (U+0600–U+0605) is read as after any letter")
    func markerAfterNumberSign() throws {
        #expect(try html("\u{604}\\* و\u{600}**٥**") == "<p>\u{604}* و\u{600}<strong>٥</strong></p>")
    }

    @Test("raw HTML in the body is shown as text, never passed through")
    func rawHTMLEscaped() throws {
        #expect(
            try html("<script>alert(1)</script> \"><img src=x onerror=alert(1)>")
                == "<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>"
        )
    }

    @Test(
        "links to javascript:, data: and other hosts' protocol-relative URLs keep their text but lose the link",
        arguments: [
            "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,x",
            "//evil.example/x", "vbscript:x",
        ]
    )
    func unsafeLinks(address: String) throws {
        #expect(try html("[اضغط](\(address))") == "<p>اضغط</p>")
    }

    @Test("links to this site's paths and to mail addresses are kept")
    func safeLinks() throws {
        #expect(try html("[القسم](/world)") == "<p><a href=\"/world\">القسم</a></p>")
        #expect(
            try html("[راسلنا](mailto:news@example.org)") == "<p><a href=\"mailto:news@example.org\">راسلنا</a></p>")
    }

    @Test("a related-news line becomes a card placeholder between paragraphs")
    func relatedCard() throws {
        let body = try BodyRenderer().render("أولى\n\n[[related:42]]\n\nثانية")
        #expect(body.relatedArticleIDs == [ArticleID(42)])
        #expect(
            body.segments == [
                .html(TrustedHTML(storedRendering: "<p>أولى</p>\n")),
                .relatedCard(ArticleID(42)),
                .html(TrustedHTML(storedRendering: "\n<p>ثانية</p>")),
            ]
        )
    }

    @Test("text that imitates the card placeholder stays text")
    func forgedPlaceholder() throws {
        let body = try BodyRenderer().render("<sahifa-related id=\"7\"></sahifa-related>")
        #expect(body.segments.count == 1)
        #expect(body.relatedArticleIDs.isEmpty)
    }

    @Test("an image line shows the picture's renditions as framed, with its size, alt, caption and credit")
    func image() throws {
        let photo = MediaAsset(
            hash: "ab12", kind: .jpeg, alt: "قادة في قاعة", caption: "القادة قبل القمة", credit: "أ ف ب",
            width: 1200, height: 800, byteCount: 10
        )
        let column = "(min-width: 44rem) 42rem, calc(100vw - 2rem)"
        #expect(
            try html("[[image:ab12]]", media: ["ab12": photo])
                == "<figure class=\"body-image\"><picture>"
                + "<source type=\"image/avif\" srcset=\"/media/r/ab12/r1-o-320-a.avif 320w, /media/r/ab12/r1-o-640-a.avif 640w, "
                + "/media/r/ab12/r1-o-960-a.avif 960w, /media/r/ab12/r1-o-1200-a.avif 1200w\" sizes=\"\(column)\">"
                + "<source type=\"image/webp\" srcset=\"/media/r/ab12/r1-o-320-a.webp 320w, /media/r/ab12/r1-o-640-a.webp 640w, "
                + "/media/r/ab12/r1-o-960-a.webp 960w, /media/r/ab12/r1-o-1200-a.webp 1200w\" sizes=\"\(column)\">"
                + "<img srcset=\"/media/r/ab12/r1-o-320-a.jpg 320w, /media/r/ab12/r1-o-640-a.jpg 640w, "
                + "/media/r/ab12/r1-o-960-a.jpg 960w, /media/r/ab12/r1-o-1200-a.jpg 1200w\" sizes=\"\(column)\" "
                + "src=\"/media/r/ab12/r1-o-960-a.jpg\" alt=\"قادة في قاعة\" width=\"1200\" height=\"800\" "
                + "loading=\"lazy\" decoding=\"async\"></picture><figcaption>القادة قبل القمة "
                + "<span class=\"credit\">(أ ف ب)</span></figcaption></figure>"
        )
        #expect(
            try html("[[image:ab12.jpg|تعليق آخر|رويترز]]", media: ["ab12": photo]).contains(
                "تعليق آخر <span class=\"credit\">(رويترز)</span>"))
    }

    @Test("a directive that cannot be read names its line")
    func malformedDirectives() {
        #expect(throws: BodyError.invalidRelatedID(line: 3, text: "[[related:abc]]")) {
            try BodyRenderer().render("فقرة\n\n[[related:abc]]")
        }
        #expect(throws: BodyError.malformedDirective(line: 1, text: "[[video:1]]")) {
            try BodyRenderer().render("[[video:1]]")
        }
        #expect(throws: BodyError.unknownImage(line: 1, reference: "missing")) {
            try BodyRenderer().render("[[image:missing]]")
        }
    }

    @Test("Windows line endings split paragraphs like Unix ones")
    func crlf() throws {
        #expect(try html("أ\r\n\r\nب") == "<p>أ</p>\n<p>ب</p>")
    }
}

@Suite("Body lines")
struct BodyLineTests {
    @Test(
        "a body is cut into lines wherever a Character is a newline: CR LF once, lone CR and LF, NEL, LS, PS, VT, FF",
        arguments: [
            "", "\n", "سطر", "سطر\n", "أول\r\nثان", "أول\rثان\nثالث", "\r\n\r\n", "a\u{85}b\u{2028}c\u{2029}d",
            "a\u{0B}b\u{0C}c", "é\u{301}\nخبر ٢٠٢٦\n\n- بند", "\u{2028}", "\r", "نص\u{2027}ليس سطراً\u{E2}",
        ]
    )
    func lines(_ text: String) {
        let byCharacter = text.split(omittingEmptySubsequences: false, whereSeparator: { $0.isNewline })
        #expect(BodyParser.lines(of: text).map(String.init) == byCharacter.map(String.init))
    }

    @Test("the HTML, plain text and references of one parse are those of each read on its own")
    func oneParse() throws {
        let markdown = "## عنوان\n\nفقرة **مهمة**.\n\n[[related:7]]\n\n> اقتباس\n\n[[image:abc|تعليق|أ ف ب]]"
        let parsed = try ParsedBody(markdown)
        #expect(parsed.plainText == "عنوان\nفقرة مهمة.\nاقتباس\nتعليق")
        #expect(parsed.references.imageHashes == ["abc"])
        #expect(parsed.references.relatedArticleIDs == [ArticleID(7)])
    }
}
