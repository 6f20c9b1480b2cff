import SahifaCore
import Testing

@testable import SahifaWordPress

@Suite("WordPress post bodies")
struct WordPressBodyTests {
    /// The pictures the import has, by attachment id.
    private static let pictures: [Int: ImportedPicture] = [
        41: ImportedPicture(hash: "abc123", caption: "صورة مخزنة", credit: "أرشيف"),
        51: ImportedPicture(hash: "aa5151", caption: "", credit: ""),
        52: ImportedPicture(hash: "bb5252", caption: "زوار المعرض", credit: "وكالة"),
        77: ImportedPicture(hash: "cc7777", caption: "", credit: ""),
        9: ImportedPicture(hash: "dd9999", caption: "", credit: ""),
    ]

    private func convert(
        _ content: String,
        paths: [String: String] = [:],
        articles: [String: Int64] = [:],
        pictureURLs: [String: ImportedPicture] = [:]
    ) -> WordPressBodyConversion {
        let pictures = Self.pictures
        let links = WordPressContentLinks(
            picture: { url, id in id.flatMap { pictures[$0] } ?? pictureURLs[url] },
            newPath: { paths[$0] },
            articleID: { articles[$0] },
            isOldSite: { $0.hasPrefix("http://old.example/") }
        )
        return WordPressBody.convert(content, links: links)
    }

    private func html(_ markdown: String, hashes: [String] = []) throws -> String {
        var media: [String: MediaAsset] = [:]
        for hash in hashes {
            media[hash] = MediaAsset(
                hash: hash, kind: .jpeg, alt: "صورة", caption: "", credit: "", width: 800, height: 533,
                byteCount: 1000)
        }
        return try BodyRenderer(media: media).render(markdown).html.html
    }

    // MARK: Blocks

    @Test("block paragraphs and headings become paragraphs, ## and ###")
    func paragraphsAndHeadings() {
        let result = convert(
            """
            <!-- wp:paragraph -->
            <p>أعلنت الحكومة عن خطة جديدة.</p>
            <!-- /wp:paragraph -->

            <!-- wp:heading -->
            <h2>تفاصيل الخطة</h2>
            <!-- /wp:heading -->

            <!-- wp:heading {"level":4} -->
            <h4>ردود الفعل</h4>
            <!-- /wp:heading -->
            """)
        #expect(
            result.markdown == """
                أعلنت الحكومة عن خطة جديدة.

                ## تفاصيل الخطة

                ### ردود الفعل
                """)
        #expect(result.notes.isEmpty)
        #expect(!result.hasPendingReferences)
    }

    @Test("bold, italic, code and links are kept as Markdown, line breaks become spaces")
    func inlineMarkup() {
        let result = convert(
            """
            <p>قال <strong>الوزير</strong> إن <em>الاتفاق</em> يشمل <code>C5+1</code> \
            و<a href="https://example.org/a">التفاصيل</a>.</p>
            <p>  أهلاً
               <b> بكم </b>في<br/>صحيفة <i>اليوم</i></p>
            """)
        #expect(
            result.markdown == """
                قال **الوزير** إن *الاتفاق* يشمل `C5+1` و[التفاصيل](https://example.org/a).

                أهلاً **بكم** في صحيفة *اليوم*
                """)
    }

    @Test("character references are decoded and empty paragraphs dropped")
    func entities() {
        let result = convert(
            "<p>&nbsp;</p><p>قال &quot;نعم&quot; &amp; &#1575;&#x644;&#1571;&#1605;&#1585; &hellip;</p>")
        #expect(result.markdown == "قال \"نعم\" & الأمر …")
    }

    @Test("markup characters in the text are escaped, so the words read literally")
    func inlineEscaping() throws {
        let result = convert(#"<p>سعر *النفط* [تقديري] في ملف_البيانات \ و`رمز`</p>"#)
        #expect(result.markdown == #"سعر \*النفط\* \[تقديري\] في ملف\_البيانات \\ و\`رمز\`"#)
        #expect(try html(result.markdown) == #"<p>سعر *النفط* [تقديري] في ملف_البيانات \ و`رمز`</p>"#)
    }

    @Test("a paragraph that would start a heading, quote, list or directive is escaped")
    func lineStartEscaping() throws {
        let result = convert(
            "<p>1. أولاً</p><p>- بند</p><p>&gt; اقتباس</p><p>[[related:5]]</p><p>+ زائد</p><p>## ليس عنواناً</p>")
        #expect(
            result.markdown == ###"""
                1\. أولاً

                \- بند

                \> اقتباس

                \[\[related:5\]\]

                \+ زائد

                \## ليس عنواناً
                """###)
        #expect(
            try html(result.markdown) == """
                <p>1. أولاً</p>
                <p>- بند</p>
                <p>&gt; اقتباس</p>
                <p>[[related:5]]</p>
                <p>+ زائد</p>
                <p>## ليس عنواناً</p>
                """)
    }

    @Test("a quote keeps its paragraphs, and its cite becomes a last line with a dash")
    func quoteWithCite() {
        let result = convert(
            """
            <!-- wp:quote -->
            <blockquote class="wp-block-quote"><!-- wp:paragraph -->
            <p>الأمن مسؤولية الجميع.</p>
            <!-- /wp:paragraph --><cite>وزير الداخلية</cite></blockquote>
            <!-- /wp:quote -->
            """)
        #expect(
            result.markdown == """
                > الأمن مسؤولية الجميع.
                >
                > — وزير الداخلية
                """)
    }

    @Test("lists made of wp:list-item blocks become - and numbered items")
    func blockLists() {
        let result = convert(
            """
            <!-- wp:list -->
            <ul><!-- wp:list-item -->
            <li>خفض الضرائب</li>
            <!-- /wp:list-item -->

            <!-- wp:list-item -->
            <li>دعم <strong>الشركات الصغيرة</strong></li>
            <!-- /wp:list-item --></ul>
            <!-- /wp:list -->

            <!-- wp:list {"ordered":true} -->
            <ol><!-- wp:list-item -->
            <li>المرحلة الأولى</li>
            <!-- /wp:list-item -->

            <!-- wp:list-item -->
            <li>المرحلة الثانية</li>
            <!-- /wp:list-item --></ol>
            <!-- /wp:list -->
            """)
        #expect(
            result.markdown == """
                - خفض الضرائب
                - دعم **الشركات الصغيرة**

                1. المرحلة الأولى
                2. المرحلة الثانية
                """)
    }

    @Test("a nested list is flattened into its parent list, with a note")
    func nestedList() {
        let result = convert("<ul><li>أ<ul><li>أ-1</li></ul></li><li>ب</li></ul>")
        #expect(result.markdown == "- أ\n- أ-1\n- ب")
        #expect(result.notes == ["nested list flattened"])
    }

    // MARK: Classic editor

    @Test("classic content: blank lines part paragraphs, single line breaks are spaces, tags start blocks")
    func classicParagraphs() {
        let result = convert(
            """
            مقدمة الخبر
            في سطرين.

            <h2>ردود الفعل</h2>

            أبرز النقاط:
            <ul>
             \t<li>وقف إطلاق النار</li>
             \t<li>فتح المعابر</li>
            </ul>

            <blockquote>لحظة فارقة.</blockquote>
            """)
        #expect(
            result.markdown == """
                مقدمة الخبر في سطرين.

                ## ردود الفعل

                أبرز النقاط:

                - وقف إطلاق النار
                - فتح المعابر

                > لحظة فارقة.
                """)
    }

    @Test("a [caption] shortcode becomes a picture with its caption and agency credit")
    func captionShortcode() {
        let result = convert(
            """
            كان الاجتماع طويلاً
            واستمر حتى المساء.

            [caption id="attachment_77" align="aligncenter" width="800"]<img class="wp-image-77 size-full" \
            src="http://old.example/wp-content/uploads/2026/05/market.jpg" alt="السوق" width="800" height="533" /> \
            سوق الخضار في الصباح (أ ف ب)[/caption]

            وفي اليوم التالي عاد الوفد.
            """)
        #expect(
            result.markdown == """
                كان الاجتماع طويلاً واستمر حتى المساء.

                [[image:cc7777|سوق الخضار في الصباح|أ ف ب]]

                وفي اليوم التالي عاد الوفد.
                """)
        #expect(result.notes.isEmpty)
    }

    @Test("a picture inside a paragraph stands on its own line between the text around it")
    func pictureInParagraph() {
        let result = convert(
            "قبل الصورة <img src=\"http://old.example/wp-content/uploads/stadium.jpg\" class=\"wp-image-9\" /> بعد الصورة"
        )
        #expect(
            result.markdown == """
                قبل الصورة

                [[image:dd9999]]

                بعد الصورة
                """)
    }

    // MARK: Pictures

    @Test("wp:image takes its caption and credit from the figcaption, by its attachment id")
    func blockImage() {
        let result = convert(
            """
            <!-- wp:image {"id":41,"sizeSlug":"large"} -->
            <figure class="wp-block-image size-large"><img \
            src="http://old.example/wp-content/uploads/2026/05/harbour-1024x683.jpg" alt="الميناء" \
            class="wp-image-41"/><figcaption class="wp-element-caption">سفن في ميناء بيروت (رويترز)</figcaption></figure>
            <!-- /wp:image -->
            """)
        #expect(result.markdown == "[[image:abc123|سفن في ميناء بيروت|رويترز]]")
    }

    @Test("a picture without a caption in the body gets the caption and credit stored with it")
    func storedCaption() {
        let result = convert(
            """
            <!-- wp:image {"id":41} -->
            <figure class="wp-block-image"><img src="http://old.example/wp-content/uploads/harbour.jpg" alt=""/></figure>
            <!-- /wp:image -->
            """)
        #expect(result.markdown == "[[image:abc123|صورة مخزنة|أرشيف]]")
    }

    @Test("a picture is also found by its URL, when it carries no id")
    func pictureByURL() {
        let url = "http://old.example/wp-content/uploads/notes-300x200.jpg"
        let result = convert(
            "<figure><img src=\"\(url)\" alt=\"\"/><figcaption>دفتر الملاحظات</figcaption></figure>",
            pictureURLs: [url: ImportedPicture(hash: "ee1234", caption: "", credit: "")])
        #expect(result.markdown == "[[image:ee1234|دفتر الملاحظات]]")
    }

    @Test("a | in a caption is written as ¦, so the directive keeps its three fields")
    func pipeInCaption() {
        let result = convert(
            """
            <!-- wp:image {"id":41} -->
            <figure class="wp-block-image"><img src="http://old.example/x.jpg"/><figcaption>الفريق أ | الفريق ب \
            (أ ف ب)</figcaption></figure>
            <!-- /wp:image -->
            """)
        #expect(result.markdown == "[[image:abc123|الفريق أ ¦ الفريق ب|أ ف ب]]")
        #expect(result.notes == ["'|' in a caption written as '¦'"])
    }

    @Test("a picture that was not imported leaves its caption as a paragraph and a note")
    func missingPicture() {
        let result = convert(
            """
            <figure class="wp-block-image"><img src="http://old.example/wp-content/uploads/missing.jpg"/>\
            <figcaption>وصف الصورة</figcaption></figure>
            """)
        #expect(result.markdown == "وصف الصورة")
        #expect(result.notes == ["picture http://old.example/wp-content/uploads/missing.jpg not imported"])
    }

    @Test("a gallery's pictures come in order, and the gallery caption follows them as a paragraph")
    func gallery() {
        let result = convert(
            """
            <!-- wp:gallery {"linkTo":"none"} -->
            <figure class="wp-block-gallery has-nested-images"><!-- wp:image {"id":51} -->
            <figure class="wp-block-image"><img src="http://old.example/wp-content/uploads/g1-1024x683.jpg" \
            class="wp-image-51"/><figcaption class="wp-element-caption">الجناح الأول</figcaption></figure>
            <!-- /wp:image -->

            <!-- wp:image {"id":52} -->
            <figure class="wp-block-image"><img src="http://old.example/wp-content/uploads/g2-1024x683.jpg" \
            class="wp-image-52"/></figure>
            <!-- /wp:image --><figcaption class="blocks-gallery-caption">من معرض الكتاب</figcaption></figure>
            <!-- /wp:gallery -->
            """)
        #expect(
            result.markdown == """
                [[image:aa5151|الجناح الأول]]

                [[image:bb5252|زوار المعرض|وكالة]]

                من معرض الكتاب
                """)
    }

    @Test("a [gallery ids=…] shortcode shows its pictures by attachment id")
    func galleryShortcode() {
        let result = convert("[gallery ids=\"51, 52\" columns=\"2\"]")
        #expect(result.markdown == "[[image:aa5151]]\n\n[[image:bb5252|زوار المعرض|وكالة]]")
    }

    // MARK: Links

    @Test("links to imported items point at their new paths; unknown old-site links stay and mark it pending")
    func oldSiteLinks() {
        let result = convert(
            """
            <!-- wp:paragraph -->
            <p>اقرأ <a href="http://old.example/?p=12">الخبر السابق</a> و<a href="http://old.example/later/">خبراً \
            آخر</a> و<a href="https://example.org/">مصدراً</a>.</p>
            <!-- /wp:paragraph -->
            """,
            paths: ["http://old.example/?p=12": "/economy/123"])
        #expect(
            result.markdown
                == "اقرأ [الخبر السابق](/economy/123) و[خبراً آخر](http://old.example/later/) و[مصدراً](https://example.org/)."
        )
        #expect(result.hasPendingReferences)
    }

    @Test("a body whose old-site links are all known is not pending")
    func knownLinksNotPending() {
        let result = convert(
            "<p><a href=\"http://old.example/story/\">القصة</a></p>", paths: ["http://old.example/story/": "/world/7"])
        #expect(result.markdown == "[القصة](/world/7)")
        #expect(!result.hasPendingReferences)
    }

    @Test("a javascript: link keeps its words and loses the link, with a note")
    func unsafeLink() {
        let result = convert("<p><a href=\"javascript:alert(1)\">اضغط هنا</a></p>")
        #expect(result.markdown == "اضغط هنا")
        #expect(result.notes == ["link to javascript: left out, its text kept"])
    }

    @Test("a related-news box becomes related cards; an unknown story stays a list item and marks it pending")
    func relatedNews() {
        let result = convert(
            """
            <!-- wp:group {"className":"related-news"} -->
            <div class="wp-block-group related-news"><!-- wp:paragraph -->
            <p><strong>أخبار ذات علاقة</strong></p>
            <!-- /wp:paragraph -->

            <!-- wp:paragraph -->
            <p><a href="http://old.example/first-story/"><img \
            src="http://old.example/wp-content/uploads/thumb-150x150.jpg" alt="" width="150" height="150"/> القمة \
            تنتهي باتفاق</a></p>
            <!-- /wp:paragraph -->

            <!-- wp:paragraph -->
            <p><a href="http://old.example/second-story/">عودة المفاوضات</a></p>
            <!-- /wp:paragraph --></div>
            <!-- /wp:group -->
            """,
            articles: ["http://old.example/first-story/": 314])
        #expect(
            result.markdown == """
                [[related:314]]

                - [عودة المفاوضات](http://old.example/second-story/)
                """)
        #expect(result.hasPendingReferences)
        #expect(result.notes == ["related link to http://old.example/second-story/ kept as a list item"])
    }

    // MARK: Embeds

    @Test("a wp:embed of YouTube becomes a labelled link, followed by its caption")
    func youTubeEmbed() {
        let result = convert(
            """
            <!-- wp:embed {"url":"https://www.youtube.com/watch?v=abc123","type":"video","providerNameSlug":"youtube"} -->
            <figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div \
            class="wp-block-embed__wrapper">
            https://www.youtube.com/watch?v=abc123
            </div><figcaption class="wp-element-caption">كلمة الرئيس</figcaption></figure>
            <!-- /wp:embed -->
            """)
        #expect(
            result.markdown == """
                [فيديو: youtube.com](https://www.youtube.com/watch?v=abc123)

                كلمة الرئيس
                """)
        #expect(result.notes == ["embed from youtube.com kept as a link"])
    }

    @Test("players in iframes become links to their watch pages")
    func videoIframes() {
        let result = convert(
            """
            <iframe title="YouTube video player" src="https://www.youtube.com/embed/abc123" width="560"></iframe>

            <iframe src="https://player.vimeo.com/video/987" width="640"></iframe>
            """)
        #expect(
            result.markdown == """
                [فيديو: youtube.com](https://www.youtube.com/watch?v=abc123)

                [فيديو: vimeo.com](https://vimeo.com/987)
                """)
        #expect(result.notes == ["iframe from youtube.com kept as a link", "iframe from vimeo.com kept as a link"])
    }

    @Test("an unknown iframe is kept as a link only when it is served over https")
    func unknownIframes() {
        let result = convert(
            """
            <iframe src="http://maps.example.com/embed?x=1"></iframe>
            <iframe src="https://charts.example.com/embed?x=1"></iframe>
            """)
        #expect(result.markdown == "[https://charts.example.com/embed?x=1](https://charts.example.com/embed?x=1)")
        #expect(
            result.notes == [
                "iframe from maps.example.com left out", "iframe from charts.example.com kept as a link",
            ])
    }

    // MARK: What is left out

    @Test("the teaser mark is dropped and pages are joined, with a note")
    func moreAndNextPage() {
        let result = convert(
            """
            <!-- wp:paragraph --><p>الصفحة الأولى</p><!-- /wp:paragraph -->
            <!-- wp:more --><!--more--><!-- /wp:more -->
            <!-- wp:paragraph --><p>تتمة</p><!-- /wp:paragraph -->
            <!-- wp:nextpage --><!--nextpage--><!-- /wp:nextpage -->
            <!-- wp:paragraph --><p>الصفحة الثانية</p><!-- /wp:paragraph -->
            """)
        #expect(result.markdown == "الصفحة الأولى\n\nتتمة\n\nالصفحة الثانية")
        #expect(result.notes == ["page breaks (<!--nextpage-->) removed, pages joined"])
    }

    @Test("scripts, styles and forms are left out, with a note each")
    func codeLeftOut() {
        let result = convert(
            """
            <p>قبل</p><script>document.write("<p>مدسوس</p>")</script><style>p { color: red }</style>\
            <form action="/search"><input name="q"><button>ابحث</button></form><p>بعد</p>
            """)
        #expect(result.markdown == "قبل\n\nبعد")
        #expect(result.notes == ["script left out", "style left out", "form left out"])
    }

    @Test("a table becomes one paragraph a row, its cells joined by a dash")
    func table() {
        let result = convert(
            """
            <!-- wp:table -->
            <figure class="wp-block-table"><table><thead><tr><th>الدولة</th><th>النمو</th></tr></thead>\
            <tbody><tr><td>مصر</td><td>4%</td></tr></tbody></table><figcaption>نسب النمو المتوقعة</figcaption></figure>
            <!-- /wp:table -->
            """)
        #expect(
            result.markdown == """
                الدولة — النمو

                مصر — 4%

                نسب النمو المتوقعة
                """)
        #expect(result.notes == ["table kept as paragraphs, one a row"])
    }

    @Test("an unknown shortcode goes but the text it encloses stays, and the note names it")
    func unknownShortcodes() {
        let result = convert(
            """
            قبل

            [note type="info"]تنبيه مهم للقراء[/note]

            [contact-form-7 id="5"]

            بعد
            """)
        #expect(result.markdown == "قبل\n\nتنبيه مهم للقراء\n\nبعد")
        #expect(
            result.notes == ["shortcode [note] left out, its text kept", "shortcode [contact-form-7] left out"])
    }

    // MARK: Safety

    @Test("the Markdown renders as a valid Sahifa body, and a script never reaches the page")
    func rendersSafely() throws {
        let result = convert(
            """
            <!-- wp:heading --><h2>العنوان</h2><!-- /wp:heading -->
            <!-- wp:paragraph --><p>نص <strong>مهم</strong> &lt;script&gt;alert(2)&lt;/script&gt;</p><!-- /wp:paragraph -->
            <script>alert(1)</script>
            <!-- wp:image {"id":41} -->
            <figure class="wp-block-image"><img src="http://old.example/x.jpg" onerror="alert(3)"/></figure>
            <!-- /wp:image -->
            <!-- wp:group {"className":"related-news"} -->
            <div class="wp-block-group related-news"><p><a href="http://old.example/a/">خبر</a></p></div>
            <!-- /wp:group -->
            <ul><li><a href="javascript:alert(4)">رابط</a></li></ul>
            """,
            articles: ["http://old.example/a/": 314])
        let rendered = try BodyRenderer(media: [
            "abc123": MediaAsset(
                hash: "abc123", kind: .jpeg, alt: "صورة", caption: "", credit: "", width: 800, height: 533,
                byteCount: 1000)
        ]).render(result.markdown)
        #expect(rendered.relatedArticleIDs == [ArticleID(314)])
        #expect(!rendered.html.html.contains("<script"))
        #expect(rendered.html.html.contains("&lt;script&gt;alert(2)&lt;/script&gt;"))
        #expect(!rendered.html.html.contains("javascript:"))
        #expect(!rendered.html.html.contains("onerror"))
    }

    @Test("broken markup, stray brackets and deep nesting never stop the conversion")
    func brokenMarkup() throws {
        let content =
            "<p>نص <b>عريض <a href=\"http://x" + String(repeating: "<div>", count: 5000)
            + " 3 < 5 و 7 > 2 <<< [[ ]] [caption] &#99999999; &#xD800; &bogus; <!-- بلا نهاية"
        let result = convert(content)
        #expect(result.markdown.contains("3 < 5 و 7 > 2 <<< \\[\\[ \\]\\] \u{FFFD} \u{FFFD} &bogus;"))
        #expect(result.notes.contains("unclosed comment left out"))
        _ = try html(result.markdown)
    }

    @Test("long runs of unclosed tags, quotes and brackets are read as text")
    func unclosedRuns() throws {
        let content =
            String(repeating: "<a b='", count: 20_000) + String(repeating: "[x ", count: 20_000)
            + String(repeating: "<!", count: 20_000)
        let result = convert(content)
        #expect(!result.markdown.isEmpty)
        _ = try html(result.markdown)
    }
}
