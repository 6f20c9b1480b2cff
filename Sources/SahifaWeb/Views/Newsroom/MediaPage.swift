/// The media library (مكتبة الوسائط): upload a picture with its alt text, caption and
/// credit, and see what is there.
enum MediaPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var alt: String
        var caption: String
        var credit: String
        var problems: [String: String]
        var notice: NewsroomForm.Notice?
        var limitText: String
        var pictures: [Picture]
    }

    struct Picture: Sendable {
        var src: String
        var alt: String
        var caption: String
        var width: Int
        var height: Int
    }

    /// Agencies an Arabic newsroom credits most, offered as suggestions for the credit field.
    static let agencies = ["أ ف ب", "رويترز", "الأناضول", "أسوشيتد برس", "واس", "قنا", "وام", "د ب أ", "غيتي إيماجز", "إي بي أ"]

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>مكتبة الوسائط</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw("<section class=\"newsroom-form\"><h2>رفع صورة</h2>")
            html.raw("<form method=\"post\" action=\"/newsroom/media\" enctype=\"multipart/form-data\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<div class=\"field\"><label for=\"file\">الملف (JPEG أو PNG أو WebP أو GIF، ")
            html.text(model.limitText)
            html.raw(")</label><input type=\"file\" id=\"file\" name=\"file\" accept=\"image/jpeg,image/png,image/webp,image/gif\" required")
            problem("file", model, into: &html)
            field("alt", "النص البديل (وصف الصورة لمن لا يراها)", model.alt, required: true, model, into: &html)
            field("caption", "التعليق", model.caption, required: false, model, into: &html)
            field("credit", "المصدر", model.credit, required: false, model, into: &html, list: "agencies")
            html.raw("<datalist id=\"agencies\">")
            for agency in agencies {
                html.raw("<option")
                html.attribute("value", agency)
                html.raw(">")
            }
            html.raw("</datalist><button type=\"submit\">رفع</button></form></section>")
            html.raw("<section aria-labelledby=\"library-title\"><h2 id=\"library-title\">في المكتبة</h2><ul class=\"media-grid\">")
            for picture in model.pictures {
                html.raw("<li><img loading=\"lazy\"")
                html.attribute("src", picture.src)
                html.attribute("alt", picture.alt)
                html.attribute("width", String(picture.width))
                html.attribute("height", String(picture.height))
                html.raw(">")
                html.element("<p>", picture.caption.isEmpty ? picture.alt : picture.caption, close: "</p>")
                html.raw("</li>")
            }
            html.raw("</ul></section>")
        }
    }

    private static func field(
        _ name: String, _ label: String, _ value: String, required: Bool, _ model: Model, into html: inout HTMLWriter,
        list: String? = nil
    ) {
        html.raw("<div class=\"field\"><label")
        html.attribute("for", name)
        html.raw(">")
        html.text(label)
        html.raw("</label><input type=\"text\" dir=\"auto\"")
        html.attribute("id", name)
        html.attribute("name", name)
        html.attribute("value", value)
        if let list { html.attribute("list", list) }
        if required { html.raw(" required") }
        problem(name, model, into: &html)
    }

    /// Ends an open `<input`, with the field's problem when there is one, and its `div`.
    private static func problem(_ name: String, _ model: Model, into html: inout HTMLWriter) {
        guard let problem = model.problems[name] else {
            html.raw("></div>")
            return
        }
        html.raw(" aria-invalid=\"true\"")
        html.attribute("aria-describedby", name + "-problem")
        html.raw("><p class=\"field-problem\"")
        html.attribute("id", name + "-problem")
        html.raw(">")
        html.text(problem)
        html.raw("</p></div>")
    }
}
