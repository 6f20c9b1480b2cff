import Hummingbird
import SahifaStore

/// Why a picture was refused, as the newsroom tells the member: beside which field, in what
/// words, with which status, and (for the writing desk's script) a stable code. The media
/// library's page and the editor's drop share it.
struct PictureRefusal: Sendable, Hashable {
    var field: String
    var message: String
    var status: HTTPResponse.Status
    var code: String

    init(_ problem: PictureUpload.Problem) {
        switch problem {
        case .noFile:
            self.init("file", "اختر ملف الصورة.", .badRequest, "no_file")
        case .notAPicture:
            self.init(
                "file", "هذا الملف ليس صورة JPEG أو PNG أو WebP أو GIF أو HEIC أو AVIF.", .unsupportedMediaType,
                "not_a_picture")
        case .damaged:
            self.init(
                "file", "الملف مقطوع أو تالف فلا تُقرأ الصورة كلها. صدّره من جديد ثم ارفعه.", .unprocessableContent,
                "damaged")
        case .hiddenData:
            self.init(
                "file",
                "في الملف بعد الصورة بيانات ليست منها (ملف آخر مخبّأ). احفظ الصورة من جديد ببرنامج صور ثم ارفعها.",
                .unprocessableContent, "hidden_data")
        case .altMissing:
            self.init("alt", "اكتب وصفاً للصورة لمن لا يراها.", .badRequest, "alt_missing")
        case .tooManyPixels(let width, let height, let limit):
            self.init(
                "file",
                "الصورة \(width)×\(height) بكسل، أكبر مما تقبله المكتبة (\(limit / 1_000_000) مليون بكسل). صغّرها ثم ارفعها.",
                .contentTooLarge, "too_many_pixels")
        }
    }

    private init(_ field: String, _ message: String, _ status: HTTPResponse.Status, _ code: String) {
        self.field = field
        self.message = message
        self.status = status
        self.code = code
    }
}
