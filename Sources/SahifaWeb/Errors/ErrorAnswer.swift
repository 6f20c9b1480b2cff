import HTTPTypes

/// The kinds of error answer a reader can get, each with its status and Arabic words.
enum ErrorAnswer: Sendable, Hashable {
    case badRequest
    case notSignedIn
    case forbidden
    case formExpired
    case notFound
    /// The page was here once and was removed on purpose (an old site's trashed post).
    case gone
    case methodNotAllowed
    case conflict
    case payloadTooLarge
    case unsupportedMediaType
    /// Well-formed but unusable as sent: a picture cut short or hiding another file.
    case unprocessable
    /// The server's disk is full: 507, nothing was written.
    case insufficientStorage
    /// Too many requests from one caller in a short time: 429, with `Retry-After`.
    case tooManyRequests
    case serviceUnavailable
    case internalError

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: .badRequest
        case .notSignedIn: .unauthorized
        case .forbidden, .formExpired: .forbidden
        case .notFound: .notFound
        case .gone: .gone
        case .methodNotAllowed: .methodNotAllowed
        case .conflict: .conflict
        case .payloadTooLarge: .contentTooLarge
        case .unsupportedMediaType: .unsupportedMediaType
        case .unprocessable: .unprocessableContent
        case .tooManyRequests: .tooManyRequests
        case .insufficientStorage: HTTPResponse.Status(code: 507, reasonPhrase: "Insufficient Storage")
        case .serviceUnavailable: .serviceUnavailable
        case .internalError: .internalServerError
        }
    }

    /// The stable code the API reports when nothing more specific applies.
    var code: String {
        switch self {
        case .badRequest: "bad_request"
        case .notSignedIn: "not_signed_in"
        case .forbidden: "forbidden"
        case .formExpired: "form_expired"
        case .notFound: "not_found"
        case .gone: "gone"
        case .methodNotAllowed: "method_not_allowed"
        case .conflict: "conflict"
        case .payloadTooLarge: "payload_too_large"
        case .unsupportedMediaType: "unsupported_media_type"
        case .unprocessable: "unprocessable"
        case .tooManyRequests: "rate_limited"
        case .insufficientStorage: "disk_full"
        case .serviceUnavailable: "service_unavailable"
        case .internalError: "internal_error"
        }
    }

    /// What the API says when nothing more specific applies.
    var apiMessage: String {
        switch self {
        case .badRequest: "the request is malformed"
        case .notSignedIn: "sign in first"
        case .forbidden: "your role does not allow this"
        case .formExpired: "the form token is missing or out of date; reload the form"
        case .notFound: "nothing here"
        case .gone: "this page was removed"
        case .methodNotAllowed: "this address does not take that method"
        case .conflict: "the request conflicts with the current state"
        case .payloadTooLarge: "the request body is too large"
        case .unsupportedMediaType: "this kind of content is not accepted here"
        case .unprocessable: "the content cannot be used as sent"
        case .tooManyRequests: "too many requests; wait the seconds Retry-After gives, then try again"
        case .insufficientStorage: "the server's disk is full; nothing was saved"
        case .serviceUnavailable: "the service is unavailable; try again shortly"
        case .internalError: "something went wrong on our side"
        }
    }

    var title: String {
        switch self {
        case .badRequest: "طلب غير صالح"
        case .notSignedIn: "يلزم تسجيل الدخول"
        case .forbidden: "غير مسموح"
        case .formExpired: "انتهت صلاحية النموذج"
        case .notFound: "الصفحة غير موجودة"
        case .gone: "أُزيلت هذه الصفحة"
        case .methodNotAllowed: "طريقة الطلب غير مسموح بها"
        case .conflict: "تعارض في البيانات"
        case .payloadTooLarge: "الطلب أكبر من المسموح"
        case .unsupportedMediaType: "نوع المحتوى غير مقبول"
        case .unprocessable: "تعذّر استعمال ما أُرسل"
        case .tooManyRequests: "طلبات كثيرة في وقت قصير"
        case .insufficientStorage: "مساحة التخزين ممتلئة"
        case .serviceUnavailable: "الخدمة غير متاحة مؤقتاً"
        case .internalError: "حدث خطأ غير متوقع"
        }
    }

    var message: String {
        switch self {
        case .badRequest:
            "تعذّر فهم الرابط المطلوب. تأكد من كتابته بشكل صحيح، أو ابدأ من الصفحة الرئيسية."
        case .notSignedIn:
            "هذه الصفحة لأعضاء غرفة الأخبار. سجّل الدخول أولاً."
        case .forbidden:
            "لا يسمح دورك في غرفة الأخبار بهذا الإجراء. راجع مدير الموقع إن كنت تحتاج إليه."
        case .formExpired:
            "لم نتمكن من التحقق من مصدر هذا النموذج، ربما لأنه فُتح قبل مدة طويلة. عُد إلى الصفحة السابقة وأعد تحميلها ثم أرسله من جديد؛ لم يُحفظ شيء."
        case .notFound:
            "لم نعثر على الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت، أو أن الرابط غير مكتمل."
        case .gone:
            "كانت هذه الصفحة هنا ثم أُزيلت عمداً، ولن تعود. تجد أحدث الأخبار في الصفحة الرئيسية وأقسام الموقع."
        case .methodNotAllowed:
            "لا تقبل هذه الصفحة هذا النوع من الطلبات."
        case .conflict:
            "تعارض هذا الطلب مع حالة المحتوى الحالية. أعد تحميل الصفحة وحاول مجدداً."
        case .payloadTooLarge:
            "حجم ما أُرسل أكبر من الحد المسموح به."
        case .unsupportedMediaType:
            "لا تقبل هذه الصفحة هذا النوع من الملفات."
        case .unprocessable:
            "وصل الملف لكن لا يمكن استعماله كما هو: قد يكون مقطوعاً أو تالفاً. صدّره من جديد ثم أرسله."
        case .tooManyRequests:
            "وصلتنا طلبات كثيرة من عنوانك في وقت قصير. انتظر قليلاً ثم أعد المحاولة."
        case .insufficientStorage:
            "امتلأت مساحة التخزين على الخادم، فلم يُحفظ شيء. ما زال الموقع يُقرأ؛ أبلغ مدير الموقع ثم أعد المحاولة حين تتوفر المساحة."
        case .serviceUnavailable:
            "الموقع غير قادر على خدمة هذا الطلب الآن. يُرجى المحاولة بعد قليل."
        case .internalError:
            "نعتذر، حدث خطأ من جهتنا أثناء تجهيز الصفحة. فريقنا التقني على علم به."
        }
    }
}
