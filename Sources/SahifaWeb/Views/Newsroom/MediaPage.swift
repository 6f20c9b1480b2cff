import SahifaCore

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
        var source: PictureSource
        var alt: String
        var caption: String
    }

    /// Agencies an Arabic newsroom credits most, offered as suggestions for the credit field.
    static let agencies = [
        "أ ف ب", "رويترز", "الأناضول", "أسوشيتد برس", "واس", "قنا", "وام", "د ب أ", "غيتي إيماجز", "إي بي أ",
    ]

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>مكتبة الوسائط</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw("<section class=\"newsroom-form\"><h2>رفع صورة</h2>")
            html.raw("<form method=\"post\" action=\"/newsroom/media\" enctype=\"multipart/form-data\">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<div class=\"field\"><label for=\"file\">الملف (JPEG أو PNG أو WebP أو GIF أو HEIC أو AVIF، ")
            html.text(model.limitText)
            html.raw(
                ")</label><input type=\"file\" id=\"file\" name=\"file\" accept=\"image/jpeg,image/png,image/webp,image/gif,image/heic,image/avif,.heic\" required"
            )
            NewsroomForm.closeInput("file", problem: model.problems["file"], into: &html)
            NewsroomForm.textField(
                "alt", "النص البديل (وصف الصورة لمن لا يراها)", value: model.alt, problem: model.problems["alt"],
                required: true,
                into: &html
            )
            NewsroomForm.textField(
                "caption", "التعليق", value: model.caption, problem: model.problems["caption"], into: &html)
            NewsroomForm.textField(
                "credit", "المصدر", value: model.credit, problem: model.problems["credit"], list: "agencies",
                into: &html
            )
            html.raw("<datalist id=\"agencies\">")
            for agency in agencies {
                html.raw("<option")
                html.attribute("value", agency)
                html.raw(">")
            }
            html.raw("</datalist><button type=\"submit\">رفع</button></form></section>")
            html.raw(
                "<section aria-labelledby=\"library-title\"><h2 id=\"library-title\">في المكتبة</h2><ul class=\"media-grid\">"
            )
            for picture in model.pictures {
                html.raw("<li>")
                html.picture(picture.source, alt: picture.alt, slot: .bodyFigure, loading: .lazy)
                html.element("<p>", picture.caption.isEmpty ? picture.alt : picture.caption, close: "</p>")
                html.raw("<p>")
                if !picture.source.isShownAsStored {
                    html.link("/newsroom/media/\(picture.source.hash)", "موضع الموضوع")
                    html.raw(" · ")
                }
                html.link(
                    "/newsroom/media/original/\(picture.source.hash).\(picture.source.kind.fileExtension)",
                    "الملف الأصلي")
                html.raw("</p>")
                html.raw("</li>")
            }
            html.raw("</ul></section>")
        }
    }
}
