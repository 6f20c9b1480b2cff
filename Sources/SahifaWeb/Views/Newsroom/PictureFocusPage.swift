import SahifaCore

/// Where a picture's subject is (موضع الموضوع): the editor clicks it on the picture, for every
/// crop or for one shape, and sees each crop the site will show. Works without JavaScript: the
/// picture is an image button, which sends where it was clicked.
enum PictureFocusPage {
    struct Model: Sendable {
        var frame: NewsroomLayout.Frame
        var formToken: String
        var source: PictureSource
        var alt: String
        /// The rendition clicked on, shown at its own size so the click's pixels are its pixels.
        var shown: (path: String, width: Int, height: Int)
        var notice: NewsroomForm.Notice?
    }

    /// `CropShape.adjustable`, in the words of the slots that show them.
    static let shapes: [(CropShape, String)] = CropShape.adjustable.compactMap { shape in
        label(of: shape).map { (shape, $0) }
    }

    /// Nil for the original shape, which cuts nothing and so has no point to choose.
    private static func label(of shape: CropShape) -> String? {
        switch shape {
        case .original: nil
        case .wide: "العريض ١٦:٩ (الصورة الرئيسية والبطاقات)"
        case .classic: "٤:٣"
        case .square: "المربع (الصور المصغرة)"
        case .social: "بطاقة المشاركة ١٢٠٠×٦٣٠"
        }
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.frame) { html in
            html.raw("<h1>موضع الموضوع في الصورة</h1>")
            NewsroomForm.notice(model.notice, into: &html)
            html.raw(
                "<p>انقر على ما يجب أن يبقى ظاهراً في كل قصّ للصورة (وجه، لافتة، كرة). بلا نقطة، يختار الخادم ما يلفت النظر.</p>"
            )
            html.raw("<form method=\"post\" class=\"focus-form\"")
            html.attribute("action", "/newsroom/media/\(model.source.hash)/focus")
            html.raw(">")
            NewsroomForm.tokenField(model.formToken, into: &html)
            html.raw("<fieldset><legend>النقطة التي تنقرها تصلح لـ</legend>")
            html.raw("<label><input type=\"radio\" name=\"shape\" value=\"all\" checked> كل القصّات</label>")
            for (shape, label) in shapes {
                html.raw("<label><input type=\"radio\" name=\"shape\"")
                html.attribute("value", shape.rawValue)
                html.raw("> ")
                html.text(label)
                html.raw("</label>")
            }
            html.raw("</fieldset><div class=\"focus-picture\"><input type=\"image\" name=\"point\"")
            html.attribute("src", model.shown.path)
            html.attribute("width", String(model.shown.width))
            html.attribute("height", String(model.shown.height))
            html.attribute("alt", "انقر على موضع الموضوع في: " + model.alt)
            html.raw("></div><p>")
            html.text(describe(model.source.focus.point))
            html.raw("</p><button type=\"submit\" name=\"reset\" value=\"1\">أعد الاختيار إلى الخادم</button></form>")
            html.raw("<section aria-labelledby=\"crops-title\"><h2 id=\"crops-title\">القصّات كما يراها القراء</h2>")
            html.raw("<ul class=\"media-grid\">")
            for (shape, label) in shapes {
                // The smallest the site makes of each shape: enough to judge the cut.
                let width = RenditionSet.widths(for: shape, width: model.source.width, height: model.source.height)[0]
                let focused = RenditionRequest(
                    width: width, shape: shape, format: .jpeg, focus: model.source.focus.point(for: shape))
                let size = focused.size(ofPictureWidth: model.source.width, height: model.source.height)
                html.raw("<li><img")
                html.attribute("src", model.source.renditionPath(focused))
                html.attribute("alt", label)
                html.attribute("width", String(size.width))
                html.attribute("height", String(size.height))
                html.raw("><p>")
                html.text(label)
                if model.source.focus.byShape[shape] != nil { html.raw(" (نقطة خاصة بهذا القصّ)") }
                html.raw("</p></li>")
            }
            html.raw("</ul></section>")
        }
    }

    private static func describe(_ point: FocalPoint?) -> String {
        guard let point else { return "لم تُحدَّد نقطة بعد: يختار الخادم." }
        return
            "النقطة الحالية: على بعد \(Int((point.x * 100).rounded()))٪ من اليسار و\(Int((point.y * 100).rounded()))٪ من الأعلى."
    }
}
