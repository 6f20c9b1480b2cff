import SahifaCore
import SahifaStore

/// The backups page (النسخ الاحتياطي) for admins: the daily schedule, a backup made now, and
/// the latest backups with their outcome.
enum BackupsPage {
    struct Model: Sendable {
        var page: AdminPages.Frame
        /// What the form shows: the saved schedule, or what the admin typed when it was refused.
        var typed: Fields
        var runs: [Run]
        var hasSchedule: Bool
    }

    struct Fields: Sendable {
        var enabled: Bool
        var time: String
        var folder: String
        var keep: String
    }

    struct Run: Sendable {
        var when: String
        var outcome: BackupRun.Outcome
        var folder: String
        var articles: Int
        var megabytes: String
        var message: String
    }

    static func render(_ model: Model) -> [UInt8] {
        NewsroomLayout.page(model.page.frame) { html in
            AdminPages.heading("النسخ الاحتياطي", model.page, into: &html)
            html.element(
                "<p>",
                "يأخذ الخادم كل يوم في الوقت المحدد (بتوقيت غرفة الأخبار) نسخة كاملة من قاعدة البيانات والصور في "
                    + "المجلد المحدد على الخادم، ويُبقي أحدث النسخ بالعدد المحدد. تُستعاد نسخة بالأمر sahifa restore.",
                close: "</p>")
            html.raw("<section class=\"newsroom-form\"><h2>الجدول اليومي</h2>")
            html.raw("<form method=\"post\" action=\"/newsroom/admin/backups\">")
            NewsroomForm.tokenField(model.page.formToken, into: &html)
            html.raw("<div class=\"field\"><input type=\"checkbox\" id=\"enabled\" name=\"enabled\" value=\"1\"")
            if model.typed.enabled { html.raw(" checked") }
            html.raw("> <label for=\"enabled\">نسخة احتياطية كل يوم</label></div>")
            html.raw(
                "<div class=\"field\"><label for=\"time\">الوقت</label><input type=\"time\" id=\"time\" name=\"time\"")
            html.attribute("value", model.typed.time)
            NewsroomForm.closeInput("time", problem: model.page.problems["time"], into: &html)
            NewsroomForm.textField(
                "folder", "المجلد على الخادم (مسار كامل يبدأ بـ /)", value: model.typed.folder,
                problem: model.page.problems["folder"], into: &html)
            html.raw(
                "<div class=\"field\"><label for=\"keep\">عدد النسخ المحفوظة</label><input type=\"number\" id=\"keep\" name=\"keep\""
            )
            html.attribute("min", String(BackupSchedule.keepRange.lowerBound))
            html.attribute("max", String(BackupSchedule.keepRange.upperBound))
            html.attribute("value", model.typed.keep)
            NewsroomForm.closeInput("keep", problem: model.page.problems["keep"], into: &html)
            html.raw("<button type=\"submit\">احفظ الجدول</button></form></section>")
            if model.hasSchedule {
                html.raw("<form method=\"post\" action=\"/newsroom/admin/backups/now\">")
                NewsroomForm.tokenField(model.page.formToken, into: &html)
                html.raw("<button type=\"submit\">خذ نسخة الآن</button></form>")
            }
            html.raw("<h2>أحدث النسخ</h2>")
            guard !model.runs.isEmpty else {
                html.element("<p class=\"empty\">", "لم تؤخذ نسخة بعد.", close: "</p>")
                return
            }
            html.raw(
                "<table class=\"article-list\"><thead><tr><th scope=\"col\">الوقت</th><th scope=\"col\">النتيجة</th>")
            html.raw(
                "<th scope=\"col\">المجلد</th><th scope=\"col\">الأخبار</th><th scope=\"col\">الحجم</th></tr></thead><tbody>"
            )
            for run in model.runs {
                html.raw("<tr><td>")
                html.text(run.when)
                html.raw("</td><td>")
                switch run.outcome {
                case .running: html.text("جارية")
                case .succeeded: html.text("نجحت")
                case .failed:
                    html.raw("<strong>فشلت</strong> <span dir=\"ltr\">")
                    html.text(run.message)
                    html.raw("</span>")
                }
                html.raw("</td><td dir=\"ltr\"><code>")
                html.text(run.folder)
                html.raw("</code></td><td>")
                html.text(String(run.articles))
                html.raw("</td><td>")
                html.text(run.megabytes)
                html.raw("</td></tr>")
            }
            html.raw("</tbody></table>")
        }
    }
}
