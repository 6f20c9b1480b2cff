/// Which digits the site shows readers: a site setting, since Arabic newsrooms differ (the Gulf and Egypt often use
/// Arabic-Indic ٠١٢٣, the Maghreb and many online outlets Western 0123).
///
/// The raw values are stored in settings and must not change.
public enum DigitStyle: String, Sendable, CaseIterable, Codable {
    /// ٠١٢٣٤٥٦٧٨٩ (U+0660–U+0669), with ٬ between thousands.
    case arabicIndic
    /// 0123456789, with , between thousands.
    case western
}
