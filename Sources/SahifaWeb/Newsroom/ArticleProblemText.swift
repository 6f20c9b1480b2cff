import SahifaCore

/// What each article-form problem says beside its field, in the newsroom's Arabic.
enum ArticleProblemText {
    static func text(_ problem: ArticleValidationError) -> String {
        switch problem {
        case .headlineMissing: "اكتب العنوان."
        case .headlineTooLong(let limit): "العنوان أطول من \(limit) حرف."
        case .kickerTooLong(let limit): "العنوان الفرعي العلوي أطول من \(limit) حرفاً."
        case .summaryTooLong(let limit): "الموجز أطول من \(limit) حرف."
        case .bodyTooLong(let limit): "النص أطول من \(limit) حرف."
        case .body(let error): body(error)
        case .slugInvalid(let slug): "الرابط المختصر «\(slug)» غير صالح: استعمل حروفاً وأرقاماً وشرطات فقط."
        case .sectionMissing: "اختر القسم."
        case .unknownSection(let slug): "لا يوجد قسم باسم «\(slug)»."
        case .unknownAuthor(let slug): "لا يوجد كاتب باسم «\(slug)»."
        case .tooManyTags(let limit): "الحد الأقصى \(limit) وسماً."
        case .tagNameInvalid(let name): "الوسم «\(name)» فارغ أو أطول من المسموح."
        case .unknownHeroImage: "الصورة الرئيسية غير موجودة في مكتبة الوسائط."
        case .unknownImage(let reference): "لا توجد في مكتبة الوسائط صورة «\(reference)»."
        case .unknownRelatedArticle(let id): "لا يوجد خبر رقمه \(id) لبطاقة «أخبار ذات علاقة»."
        case .seoTitleTooLong(let limit): "عنوان محركات البحث أطول من \(limit) حرفاً."
        case .seoDescriptionTooLong(let limit): "وصف محركات البحث أطول من \(limit) حرف."
        case .correctionTooLong(let limit): "ملاحظة التصحيح أطول من \(limit) حرف."
        }
    }

    private static func body(_ error: BodyError) -> String {
        switch error {
        case .malformedDirective(let line, let text): "السطر \(line): «\(text)» ليس توجيهاً معروفاً."
        case .unknownImage(let line, let reference): "السطر \(line): لا توجد صورة «\(reference)» في المكتبة."
        case .invalidRelatedID(let line, let text): "السطر \(line): «\(text)» ليس رقم خبر."
        case .unknownEmbed(let line, let text):
            "السطر \(line): «\(text)» ليس رابط منشور على يوتيوب أو إكس أو فيسبوك أو إنستغرام أو تيك توك."
        }
    }

    /// The problems of each field, keyed by form field name.
    static func byField(_ problems: [ArticleValidationError]) -> [String: [String]] {
        var byField: [String: [String]] = [:]
        for problem in problems { byField[ArticleForm.fieldName(problem.field), default: []].append(text(problem)) }
        return byField
    }
}
